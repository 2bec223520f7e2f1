import { Group, Radio, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconBriefcase, IconBuildingStore, IconSpeakerphone, IconUser } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { type UserKind, userKinds } from '../../../contracts/me.js';
import type { OnboardingForm } from './onboarding-form.js';

const kindIcons: Record<UserKind, ComponentType<{ size?: number; 'aria-hidden'?: boolean }>> = {
  freelancer: IconUser,
  small_business: IconBuildingStore,
  agency: IconBriefcase,
  community_manager: IconSpeakerphone,
};

/** Step 1: freelancer, small business, agency or community manager. */
export function StepKind({ form }: { form: OnboardingForm }) {
  const { t } = useTranslation();
  const { error, ...inputProps } = form.getInputProps('kind');
  return (
    <Radio.Group
      label={t('onboarding.kindQuestion')}
      labelProps={{ mb: 'sm', fz: 'lg', fw: 600 }}
      error={error}
      {...inputProps}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {userKinds.map((kind) => {
          const Icon = kindIcons[kind];
          return (
            <Radio.Card key={kind} value={kind} p="md" radius="md">
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={4} />
                <ThemeIcon variant="light" size={34} radius="md" aria-hidden>
                  <Icon size={20} aria-hidden />
                </ThemeIcon>
                <Stack gap={2}>
                  <Text fw={600}>{t(`userKinds.${kind}.label`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`userKinds.${kind}.description`)}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
