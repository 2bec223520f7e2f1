import { Divider, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFlame } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/router-links.js';
import { OverviewCardFrame } from '../overview/overview-card-frame.js';
import type { OverviewCardProps } from '../overview/overview-cards.js';
import { NetworkRegularityLine } from './network-regularity-line.js';
import { regularityQueryOptions } from './regularity-queries.js';

/**
 * The overview's warning before a gap: the networks whose plan falls silent soon (or already),
 * then a word that the others keep their rhythm. Nothing to say without a target.
 */
export function RegularityCard({ workspace, span }: OverviewCardProps) {
  const { t } = useTranslation();
  const regularity = useQuery(regularityQueryOptions(workspace.id));
  const withTarget = regularity.data?.networks.filter((line) => line.target !== null) ?? [];
  if (regularity.data && withTarget.length === 0) return null;
  const warned = withTarget.filter((line) => line.gap !== 'none');
  const state = regularity.isPending ? 'loading' : regularity.isError ? 'error' : 'ready';
  return (
    <OverviewCardFrame
      span={span}
      testId="overview-regularity"
      title={t('regularity.cardTitle')}
      icon={
        <ThemeIcon variant="light" color={warned.length > 0 ? 'orange' : 'teal'} aria-hidden>
          <IconFlame size={18} />
        </ThemeIcon>
      }
      state={state}
      action={
        <AnchorLink to="/w/$workspaceId/regularity" params={{ workspaceId: workspace.id }} size="sm">
          {t('regularity.seeAll')}
        </AnchorLink>
      }
    >
      {regularity.data && (
        <Stack gap="sm">
          {warned.map((line, index) => (
            <Fragment key={line.network}>
              {index > 0 && <Divider />}
              <NetworkRegularityLine line={line} today={regularity.data.today} />
            </Fragment>
          ))}
          {warned.length === 0 && (
            <Text size="sm" c="teal.9" data-testid="overview-regularity-ok">
              {t('regularity.allGood')}
            </Text>
          )}
        </Stack>
      )}
    </OverviewCardFrame>
  );
}
