import { SegmentedControl, useMantineTheme, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../../contracts/common.js';
import { changeLanguage, currentLanguage } from '../app/i18n/index.js';
import { useMe, useUpdateMe } from '../app/me-queries.js';

const names: Record<Locale, string> = { fr: 'Français', en: 'English' };
const classes = SegmentedControl.classes;
// Mantine's variables for size "xs" and no colour (what `<SegmentedControl size="xs">` sets).
const sizeXs = {
  '--sc-padding': 'var(--sc-padding-xs)',
  '--sc-font-size': 'var(--mantine-font-size-xs)',
  '--sc-shadow': 'var(--mantine-shadow-xs)',
} as React.CSSProperties;

/**
 * FR | EN, on every page. The choice is remembered on the device and, when signed in, in the
 * profile (which then wins on the next visit from any device).
 *
 * Drawn as Mantine's SegmentedControl is before it measures itself: its stylesheet, two radio
 * buttons, the chosen one's background drawn by CSS. Mantine's component instead measures the
 * chosen label to place a sliding indicator, from its commit (a forced layout of the page, 67 ms
 * of the sign-in page's at 4x, and a second render of the control in the same task); the two
 * choices need no slide.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();
  const name = useId();
  const { focusRing } = useMantineTheme();
  const value = currentLanguage();

  async function select(locale: Locale) {
    await changeLanguage(locale);
    if (me) updateMe.mutate({ locale });
  }

  return (
    <div
      className={classes.root}
      style={sizeXs}
      role="radiogroup"
      aria-label={t('language.label')}
      data-with-items-borders
    >
      {locales.map((locale) => {
        const isChosen = locale === value;
        const id = `${name}-${locale}`;
        return (
          <div key={locale} className={classes.control} data-active={isChosen || undefined}>
            <input
              className={classes.input}
              type="radio"
              name={name}
              value={locale}
              id={id}
              checked={isChosen}
              onChange={() => void select(locale)}
              data-focus-ring={focusRing}
            />
            <label className={classes.label} htmlFor={id} data-active={isChosen || undefined}>
              <span className={classes.innerLabel}>
                <span aria-hidden="true">{locale.toUpperCase()}</span>
                <VisuallyHidden lang={locale}>{names[locale]}</VisuallyHidden>
              </span>
            </label>
          </div>
        );
      })}
    </div>
  );
}
