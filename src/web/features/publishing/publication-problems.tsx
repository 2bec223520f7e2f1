import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/router-links.js';
import { PublicationRow } from './publications-panel.js';
import { publicationProblemsQueryOptions } from './publishing-queries.js';

/** The posts page's section of failed and missed publications, each with retry and reschedule. */
export function PublicationProblems({
  workspaceId,
  timeZone,
  canWrite,
}: {
  workspaceId: string;
  timeZone: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const problems = useQuery(publicationProblemsQueryOptions(workspaceId));
  if (!problems.data || problems.data.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="publication-problems">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t('publishing.problems.title')}
          </Title>
          <Text size="sm">{t('publishing.problems.help')}</Text>
        </div>
        {problems.data.map((problem) => (
          <Stack key={problem.id} gap={4}>
            <AnchorLink
              to="/w/$workspaceId/posts/$postId"
              params={{ workspaceId, postId: problem.postId }}
              fw={600}
              lineClamp={2}
            >
              {problem.postText.slice(0, 120) || t('content.posts.untitled')}
            </AnchorLink>
            <PublicationRow
              publication={problem}
              workspaceId={workspaceId}
              timeZone={timeZone}
              canWrite={canWrite}
            />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
