import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../../contracts/common.js';
import { changeLanguage, currentLanguage } from '../app/i18n/index.js';
import { useMe, useUpdateMe } from '../app/me-queries.js';

const names: Record<Locale, string> = { fr: 'Français', en: 'English' };

/**
 * FR | EN, on every page. The choice is remembered on the device and, when signed in, in the
 * profile (which then wins on the next visit from any device).
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();

  async function select(value: string) {
    const locale = value as Locale;
    await changeLanguage(locale);
    if (me) updateMe.mutate({ locale });
  }

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(value) => void select(value)}
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
