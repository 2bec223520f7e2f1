import { Card, Skeleton, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './error-state.js';

/**
 * A filterable list read from the server: a skeleton while it loads, the error with a retry, a
 * card when it is empty (what to do first, or only "nothing matches" when the person filtered),
 * and the items as a list named `label`.
 */
export function QueryList<Item>({
  query,
  label,
  isFiltered,
  texts,
  children,
}: {
  query: UseQueryResult<readonly Item[]>;
  label: string;
  isFiltered: boolean;
  texts: { empty: string; emptyHelp: string; noMatch: string };
  /** Draws one item: an `<li>` (or a component drawing one), with its key. */
  children: (item: Item) => ReactNode;
}) {
  return (
    <>
      {query.isPending && <Skeleton h={120} radius="md" />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data?.length === 0 && (
        <Card withBorder padding="lg">
          <Text fw={600}>{isFiltered ? texts.noMatch : texts.empty}</Text>
          {!isFiltered && (
            <Text c="dimmed" size="sm">
              {texts.emptyHelp}
            </Text>
          )}
        </Card>
      )}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
        {query.data?.map(children)}
      </Stack>
    </>
  );
}
