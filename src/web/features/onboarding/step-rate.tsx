import { Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OnboardingForm } from './onboarding-form.js';

/** Step 4: what an hour is worth, typed as people write it ("35" or "35,50"). */
export function StepRate({ form }: { form: OnboardingForm }) {
  const { t } = useTranslation();
  const currency = form.getValues().workspace.currency;
  return (
    <Stack gap="md">
      <Text fz="lg" fw={600}>
        {t('onboarding.rateQuestion')}
      </Text>
      <Text c="dimmed">{t('onboarding.rateIntro')}</Text>
      <TextInput
        label={t('onboarding.rateLabel', { currency })}
        description={t('onboarding.rateHint')}
        placeholder={t('onboarding.ratePlaceholder')}
        inputMode="decimal"
        maw={280}
        rightSection={
          <Text size="sm" c="dimmed" aria-hidden>
            {currency}
          </Text>
        }
        rightSectionWidth={52}
        {...form.getInputProps('hourlyRate')}
      />
    </Stack>
  );
}
