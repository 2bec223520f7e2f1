import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WeeklyReviewView } from '../../../contracts/review.js';
import { silenceJudgedUntil } from '../../../core/review/weekly-review.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { AnchorLink, ButtonLink } from '../../ui/router-links.js';
import { formatMoney, referenceName } from '../budget/format.js';
import { formatLocalDate } from '../tracking/workspace-dates.js';
import { HoursChart } from './hours-chart.js';
import { dayStates, WeekStrip } from './week-strip.js';

type Props = { review: WeeklyReviewView };

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <Card withBorder radius="md" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

export function HoursSection({ review }: Props) {
  const { t } = useTranslation();
  const lines = review.hours.rows
    .filter((row) => row.budgetMinutes > 0 || row.routineMinutes > 0 || row.trackedMinutes > 0)
    .map((row) => {
      const category = review.categories.find((item) => item.id === row.categoryId);
      const label =
        category?.name ?? (category?.referenceKey ? referenceName(category.referenceKey, t) : '—');
      return {
        key: row.categoryId,
        label,
        planned: row.routineMinutes,
        tracked: row.trackedMinutes,
        budget: row.budgetMinutes,
      };
    });
  return (
    <Section title={t('review.hours.title')} testId="review-hours">
      {lines.length === 0 ? <Text c="dimmed">{t('review.hours.empty')}</Text> : <HoursChart lines={lines} />}
      <Text size="sm" c="dimmed">
        {t('review.glance.routineOf', {
          done: review.hours.adherence.done,
          planned: review.hours.adherence.planned,
        })}
      </Text>
    </Section>
  );
}

const badgeColor = { noTarget: 'gray', onTarget: 'teal', offTarget: 'red', inProgress: 'orange' } as const;

export function NetworksSection({ review, workspaceId }: Props & { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  // A week in progress is not missed yet: it is still open.
  const verdictOf = (line: WeeklyReviewView['networks'][number]) =>
    line.target === null
      ? 'noTarget'
      : line.onTarget
        ? 'onTarget'
        : review.state === 'past'
          ? 'offTarget'
          : 'inProgress';
  const day = (date: string) =>
    formatLocalDate(date, i18n.language, { weekday: 'short', day: 'numeric', month: 'short' });
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <Section title={t('review.networks.title')} testId="review-networks">
      {review.networks.length === 0 && (
        <Group justify="space-between">
          <Text c="dimmed">{t('review.networks.empty')}</Text>
          <ButtonLink to="/w/$workspaceId/strategy" params={{ workspaceId }} variant="light" size="xs">
            {t('review.networks.setTargets')}
          </ButtonLink>
        </Group>
      )}
      {review.networks.map((line) => {
        const silences = line.silentStretches.map((stretch) =>
          stretch.days === 1
            ? t('review.networks.silentDay', { date: day(stretch.from) })
            : t('review.networks.silentRange', { from: day(stretch.from), to: day(stretch.to) }),
        );
        return (
          <Stack key={line.network} gap={4} data-testid={`review-network-${line.network}`}>
            <Group justify="space-between" gap="xs">
              <Group gap={6}>
                <NetworkIcon network={line.network} size={18} />
                <Text fw={600}>{t(`networks.${line.network}`)}</Text>
              </Group>
              <Badge color={badgeColor[verdictOf(line)]} variant="light" c="var(--mantine-color-text)">
                {t(`review.networks.${verdictOf(line)}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {t('review.networks.published', { count: line.published })}
              {line.target !== null &&
                ` · ${t('review.networks.target', { target: number.format(line.target) })}`}
              {line.target !== null && ` · ${t('review.networks.streak', { count: line.streakWeeks })}`}
            </Text>
            {line.target !== null && (
              <>
                <WeekStrip
                  days={dayStates(
                    review.weekStart,
                    silenceJudgedUntil(review.state, review.judgedUntil),
                    line.silentStretches,
                  )}
                  language={i18n.language}
                />
                <Text size="sm" c={silences.length > 0 ? 'red.8' : 'dimmed'}>
                  {silences.length > 0
                    ? t('review.networks.silent', { list: silences.join(', ') })
                    : t('review.networks.noSilence')}
                </Text>
              </>
            )}
          </Stack>
        );
      })}
    </Section>
  );
}

export function PostsSection({ review, workspaceId }: Props & { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const { posts } = review;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const list = (title: string, items: WeeklyReviewView['posts']['best'], testId: string) =>
    items.length > 0 && (
      <Stack gap={6} data-testid={testId}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        {items.map((post) => (
          <Group
            key={`${post.postId ?? post.publishedAt}-${post.network}`}
            gap="xs"
            wrap="nowrap"
            align="flex-start"
          >
            <NetworkIcon network={post.network} size={16} />
            <Stack gap={0} miw={0} style={{ flex: 1 }}>
              {post.postId ? (
                <AnchorLink
                  to="/w/$workspaceId/posts/$postId"
                  params={{ workspaceId, postId: post.postId }}
                  size="sm"
                  lineClamp={2}
                >
                  {post.text}
                </AnchorLink>
              ) : (
                <Text size="sm" lineClamp={2}>
                  {post.text}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('review.posts.engagement', { count: post.engagement ?? 0 })}
                {post.ratePercent !== null &&
                  ` · ${t('review.posts.rate', { rate: number.format(post.ratePercent) })}`}
              </Text>
            </Stack>
          </Group>
        ))}
      </Stack>
    );
  return (
    <Section title={t('review.posts.title')} testId="review-posts">
      {posts.measured === 0 && <Text c="dimmed">{t('review.posts.none')}</Text>}
      {list(t('review.posts.best'), posts.best, 'review-best')}
      {list(t('review.posts.worst'), posts.worst, 'review-worst')}
      {posts.measured > 0 && posts.isThin && (
        <Text size="xs" c="dimmed">
          {t('review.posts.thin', { count: posts.measured })}
        </Text>
      )}
      {posts.published > posts.measured && (
        <Text size="xs" c="dimmed">
          {t('review.posts.unmeasured', { count: posts.published - posts.measured })}
        </Text>
      )}
    </Section>
  );
}

export function OutcomesSection({ review }: Props) {
  const { t, i18n } = useTranslation();
  const money = (cents: number | null) =>
    cents === null ? '—' : formatMoney(cents, review.currency, i18n.language);
  const { outcomes } = review;
  const rows = [
    [t('review.outcomes.leads'), String(outcomes.leads)],
    [t('review.outcomes.clients'), String(outcomes.clients)],
    [t('review.outcomes.revenue'), money(outcomes.revenueCents)],
    [t('review.outcomes.costPerLead'), money(outcomes.costPerLeadCents)],
    [t('review.outcomes.costPerClient'), money(outcomes.costPerClientCents)],
  ];
  return (
    <Section title={t('review.outcomes.title')} testId="review-outcomes">
      <Stack gap={4} component="dl" m={0}>
        {rows.map(([label, value]) => (
          <Group key={label} justify="space-between" gap="xs">
            <Text component="dt" size="sm">
              {label}
            </Text>
            <Text component="dd" m={0} fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {value}
            </Text>
          </Group>
        ))}
      </Stack>
      {outcomes.leftOutOtherCurrency > 0 && (
        <Text size="xs" c="dimmed">
          {t('review.outcomes.leftOut', { count: outcomes.leftOutOtherCurrency })}
        </Text>
      )}
    </Section>
  );
}
