import { Alert, Chip, Group, Stack, Text } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { networkKeys } from '../../../contracts/networks.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import type { OnboardingForm } from './onboarding-form.js';

/** Step 3: the networks worth investing in (several allowed, one advised). */
export function StepNetworks({ form }: { form: OnboardingForm }) {
  const { t } = useTranslation();
  const selected = form.getValues().networks;
  return (
    <Stack gap="md">
      <Text fz="lg" fw={600} id="networks-question">
        {t('onboarding.networksQuestion')}
      </Text>
      <Alert variant="light" color="indigo" icon={<IconBulb aria-hidden />}>
        {t('onboarding.networksHint')}
      </Alert>
      <Chip.Group multiple {...form.getInputProps('networks')}>
        <Group gap="xs" role="group" aria-labelledby="networks-question">
          {networkKeys.map((network) => (
            <Chip key={network} value={network} variant="outline" size="md">
              <Group gap={6} wrap="nowrap" component="span">
                <NetworkIcon network={network} size={16} />
                {t(`networks.${network}`)}
              </Group>
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {selected.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('onboarding.networksNone')}
        </Text>
      )}
    </Stack>
  );
}
