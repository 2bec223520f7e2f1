import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's default light/outline/subtle variants write text in shade 6-7, which fails WCAG AA on
 * white for teal, cyan, red or orange. Cadence writes variant text in shade 9 and fills red buttons
 * with shade 9, so every badge, alert title, outline button and active link passes 4.5:1.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return defaults;
  const dark = `var(--mantine-color-${parsed.color}-9)`;
  if (input.variant === 'light') {
    // On the light tint even shade 9 is short at a badge's 11 px (axe: orange 3.61:1, teal
    // 4.32:1 on their tints): shade 9 darkened by a fifth reads (>5:1). The default hover
    // background (shade 2) is too dark for it.
    const darker = `color-mix(in srgb, ${dark} 80%, black)`;
    // An explicit shade ('teal.9') would give a dark tint under that dark text (1.4:1): the
    // light variant always takes its colour's own tint.
    const tint =
      parsed.shade === undefined ? defaults : defaultVariantColorsResolver({ ...input, color: parsed.color });
    return {
      ...tint,
      color: darker,
      hoverColor: darker,
      hover: `var(--mantine-color-${parsed.color}-1)`,
    };
  }
  if (input.variant === 'subtle') return { ...defaults, color: dark, hoverColor: dark };
  if (input.variant === 'outline')
    return { ...defaults, color: dark, hoverColor: dark, border: `1px solid ${dark}` };
  if (
    (input.variant ?? 'filled') === 'filled' &&
    parsed.color !== input.theme.primaryColor &&
    parsed.color !== 'dark'
  ) {
    return { ...defaults, background: dark, hover: `var(--mantine-color-${parsed.color}-8)` };
  }
  return defaults;
};

/**
 * A calm, professional look: indigo accents on neutral greys. Filled buttons use indigo 7 (about
 * 5:1 with white) and secondary text gray 7 instead of Mantine's lighter default.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  variantColorResolver,
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { radius: 'md', withBorder: true } },
    Modal: { defaultProps: { centered: true, radius: 'md' } },
    Tooltip: { defaultProps: { withArrow: true } },
    // A closed select's options are not in the page (Mantine keeps them mounted, hidden): mounted,
    // each select's floating-ui positioned its hidden dropdown in the commit that drew it (the first
    // `getComputedStyle` forcing the whole new page's style inside React's task) and again on
    // each of its renders (226 calls while the post editor loaded; every keystroke there redraws
    // its selects). bench/README.md, "Session 25".
    Combobox: { defaultProps: { keepMounted: false } },
    // French writes units and labels in their own case ("10 h", not "10 H").
    Badge: { styles: { root: { textTransform: 'none' } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7],
    '--mantine-color-placeholder': resolved.colors.gray[6],
    '--mantine-color-error': resolved.colors.red[9],
    // Warning text on white: orange 9 alone is 4.29:1 at 12 px (axe); darkened like the badges.
    '--cadence-color-warning': `color-mix(in srgb, ${resolved.colors.orange[9]} 80%, black)`,
  },
  dark: {},
});
