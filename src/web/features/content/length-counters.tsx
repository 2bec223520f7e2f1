import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkTextLimits } from '../../../contracts/connections.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { measurePostLength, type PostLength } from '../../../core/content/post-length.js';
import { NetworkIcon } from '../../ui/network-icon.js';

export type VersionDraft = { network: NetworkKey; text: string | null };

/**
 * Each version's length on its network, as the person types (the server checks the same rule).
 * `accountLimits` are the connected accounts' own (the strictest per network), which replace the
 * network's defaults: a Mastodon instance allowing 1,000 characters counts to 1,000.
 */
export function measureVersions(
  mainText: string,
  versions: readonly VersionDraft[],
  accountLimits: readonly NetworkTextLimits[] = [],
): PostLength[] {
  return versions.map((version) =>
    measurePostLength(
      version.text ?? mainText,
      version.network,
      accountLimits.find((limits) => limits.network === version.network),
    ),
  );
}

export function LengthBadge({ length }: { length: PostLength }) {
  const { t } = useTranslation();
  const label =
    length.limit === null
      ? t('content.editor.noLimit', { count: length.count })
      : t('content.editor.count', { count: length.count, limit: length.limit });
  return (
    <Badge
      variant={length.isOver ? 'filled' : 'light'}
      color={length.isOver ? 'red' : 'gray'}
      leftSection={<NetworkIcon network={length.network} size={12} />}
      data-testid={`length-${length.network}`}
    >
      {t(`networks.${length.network}`)} · {label}
      {length.isOver &&
        length.limit !== null &&
        ` · ${t('content.editor.over', { over: length.count - length.limit })}`}
    </Badge>
  );
}

/** One counter per network, announced politely to screen readers as they change. */
export function LengthCounters({ lengths }: { lengths: readonly PostLength[] }) {
  return (
    <Group gap={6} aria-live="polite">
      {lengths.map((length) => (
        <LengthBadge key={length.network} length={length} />
      ))}
    </Group>
  );
}
