import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportIssueView } from '../../../contracts/tracking.js';
// The type only: the strings themselves are the active language's (loaded on their own).
import type { trackingFr } from './i18n.js';
import { useCategoryOptions } from './use-tracking-options.js';

type IssueCode = keyof typeof trackingFr.imports.issues;

/** Rows the file could not give (line + reason), translated from the API's stable codes. */
export function ImportIssues({
  workspaceId,
  title,
  issues,
  count,
  color,
  describe,
}: {
  workspaceId: string;
  title: string;
  issues: ImportIssueView[];
  /** All of them; the API lists the first 500. */
  count: number;
  color: 'red' | 'orange';
  /** Words for another import's codes (the results import); the time import's by default. */
  describe?: (issue: ImportIssueView) => string;
}) {
  const { t, i18n } = useTranslation();
  const categories = useCategoryOptions(workspaceId);
  const isKnownCode = (code: string): code is IssueCode => i18n.exists(`tracking.imports.issues.${code}`);
  if (count === 0) return null;
  const reason = (issue: ImportIssueView) => {
    if (describe) return describe(issue);
    if (!isKnownCode(issue.code)) return issue.message;
    const params = { ...issue.params };
    // Conflicting tags name category ids: show their names.
    if (typeof params.categories === 'string')
      params.categories = params.categories
        .split(', ')
        .map((id) => categories.nameOf(id))
        .join(', ');
    return t(`tracking.imports.issues.${issue.code}`, params);
  };
  return (
    <Card withBorder radius="md" style={{ borderColor: `var(--mantine-color-${color}-4)` }}>
      <Title order={2} size="h5" mb="xs">
        {title} ({count})
      </Title>
      {issues.length < count && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('tracking.imports.issuesMore', { shown: issues.length, count })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={280} type="native" tabIndex={0} role="region" aria-label={title}>
        <Table fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('tracking.imports.line')}</Table.Th>
              <Table.Th>{t('tracking.imports.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.map((issue) => (
              <Table.Tr key={`${issue.line}-${issue.code}`}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{issue.line}</Table.Td>
                <Table.Td>{reason(issue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
