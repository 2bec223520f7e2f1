import { Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencies, locales } from '../../../contracts/common.js';
import type { InputProps } from '../../ui/form-types.js';
import { TimeZoneSelect } from '../../ui/time-zone-select.js';

export type WorkspaceField = 'name' | 'timeZone' | 'currency' | 'locale';

/**
 * The four fields that describe a workspace, shared by onboarding, "new workspace" and settings.
 * `inputProps` binds each field to the caller's form (which may nest them, e.g. `workspace.name`).
 */
export function WorkspaceFields({
  inputProps,
  disabled = false,
  autoFocus = false,
}: {
  inputProps: (field: WorkspaceField) => InputProps;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const currencyNames = new Intl.DisplayNames([i18n.language], { type: 'currency' });
  return (
    <Stack gap="md">
      <TextInput
        label={t('workspaceFields.name')}
        description={t('workspaceFields.nameHint')}
        placeholder={t('workspaceFields.namePlaceholder')}
        withAsterisk
        maxLength={80}
        disabled={disabled}
        data-autofocus={autoFocus || undefined}
        {...inputProps('name')}
      />
      <TimeZoneSelect withAsterisk disabled={disabled} {...inputProps('timeZone')} />
      <Select
        label={t('workspaceFields.currency')}
        searchable
        allowDeselect={false}
        disabled={disabled}
        data={currencies.map((code) => ({
          value: code,
          label: `${code} · ${currencyNames.of(code) ?? code}`,
        }))}
        {...inputProps('currency')}
      />
      <Select
        label={t('workspaceFields.locale')}
        description={t('workspaceFields.localeHint')}
        allowDeselect={false}
        disabled={disabled}
        data={locales.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
        {...inputProps('locale')}
      />
    </Stack>
  );
}
