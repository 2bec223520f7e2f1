import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './router-links.js';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py={64}>
      <Stack align="center" gap="sm" maw={440} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color="gray" aria-hidden>
          <IconMapQuestion size={30} />
        </ThemeIcon>
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
        <Text c="dimmed">{t('notFound.body')}</Text>
        <ButtonLink to="/" mt="sm">
          {t('notFound.home')}
        </ButtonLink>
      </Stack>
    </Center>
  );
}
