import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ListedPage, pageHeadings } from './page-headings.js';

/** The title block at the top of a workspace page. */
export function PageHeader({
  title,
  subtitle,
  actions,
  isPlaceholder = false,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  /** Drawn before the page (first view, pending pass): not the focus target of a navigation. */
  isPlaceholder?: boolean;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="lg" gap="md">
      <Stack gap={4} maw={680}>
        {/* Focusable so that, after moving between sections, focus lands on the new page's title. */}
        <Title
          order={1}
          size="h2"
          tabIndex={-1}
          data-page-title={isPlaceholder ? undefined : true}
          style={{ outline: 'none' }}
        >
          {title}
        </Title>
        {subtitle && <Text c="dimmed">{subtitle}</Text>}
      </Stack>
      {actions}
    </Group>
  );
}

/** The header of a page whose title and subtitle are in `pageHeadings`. */
export function ListedPageHeader({
  page,
  actions,
  isPlaceholder,
}: {
  page: ListedPage;
  actions?: ReactNode;
  isPlaceholder?: boolean;
}) {
  const { t } = useTranslation();
  const heading = pageHeadings[page];
  return (
    <PageHeader
      title={t(heading.title)}
      subtitle={t(heading.subtitle)}
      actions={actions}
      isPlaceholder={isPlaceholder}
    />
  );
}
