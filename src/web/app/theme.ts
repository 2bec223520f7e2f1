import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * A calm, professional look: indigo accents on neutral greys. Shades are chosen for contrast:
 * filled buttons use indigo 7 (≈ 5:1 with white) and secondary text gray 7 instead of Mantine's
 * lighter default, so every text passes WCAG AA.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
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
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7],
    '--mantine-color-placeholder': resolved.colors.gray[6],
  },
  dark: {},
});
