import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../../contracts/common.js';
import { changeLanguage, currentLanguage } from '../app/i18n/index.js';
import { useMe, useUpdateMe } from '../app/me-queries.js';
import { SegmentedRadios } from './segmented-radios.js';

const names: Record<Locale, string> = { fr: 'Français', en: 'English' };

/**
 * FR | EN, on every page. The choice is remembered on the device and, when signed in, in the
 * profile (which then wins on the next visit from any device).
 *
 * Drawn without measuring itself (`SegmentedRadios`): Mantine's SegmentedControl laid the page
 * out from its commit (67 ms of the sign-in page's at 4x) and rendered twice there.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();
  const value = currentLanguage();

  async function select(locale: Locale) {
    await changeLanguage(locale);
    if (me) updateMe.mutate({ locale });
  }

  return (
    <SegmentedRadios
      size="xs"
      aria-label={t('language.label')}
      value={value}
      onChange={(locale) => void select(locale)}
      data={locales.map((locale) => ({
        value: locale,
        label: (
          <>
            <span aria-hidden="true">{locale.toUpperCase()}</span>
            <VisuallyHidden lang={locale}>{names[locale]}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
