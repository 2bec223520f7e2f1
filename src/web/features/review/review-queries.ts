import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type SaveReviewNotesBody, weeklyReviewSchema } from '../../../contracts/review.js';
import { isLocalDate } from '../../../core/time/local-value-checks.js';
import { api } from '../../app/api.js';

const reviewKey = (workspaceId: string) => ['workspaces', workspaceId, 'review'] as const;

/**
 * The review of the week holding `week` (any of its dates), or of the current week: also when
 * `week` is not a real date (a hand-edited address), as the review's route and the server's page
 * data read it, for the page and its loader alike.
 */
export function weeklyReviewQueryOptions(workspaceId: string, asked: string | undefined) {
  const week = asked && isLocalDate(asked) ? asked : undefined;
  return queryOptions({
    queryKey: [...reviewKey(workspaceId), week ?? 'current'],
    queryFn: ({ signal }) =>
      api(`/api/workspaces/${workspaceId}/review${week ? `?week=${week}` : ''}`, {
        schema: weeklyReviewSchema,
        signal,
      }),
  });
}

export function useSaveReviewNotes(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveReviewNotesBody) =>
      api(`/api/workspaces/${workspaceId}/review/notes`, { method: 'PUT', body, schema: null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKey(workspaceId) }),
  });
}

/** Download links: a plain link, so the browser saves the file the server names. */
export function reviewExportHref(
  workspaceId: string,
  weekStart: string,
  format: 'pdf' | 'csv',
  locale: string,
) {
  return `/api/workspaces/${workspaceId}/review/export.${format}?week=${weekStart}&locale=${locale === 'en' ? 'en' : 'fr'}`;
}

export function clientReportHref(workspaceId: string, month: string, locale: string) {
  return `/api/workspaces/${workspaceId}/client-report.pdf?month=${month}&locale=${locale === 'en' ? 'en' : 'fr'}`;
}
