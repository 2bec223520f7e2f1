import type { NetworkKey } from '../../../contracts/networks.js';
import { type AccountTextLimits, measurePostLength } from '../../../core/content/post-length.js';
import { unprocessable } from '../../platform/problem.js';
import { networkLabel } from './content-references.js';

/** The connected accounts' limits per network (the strictest of each), when accounts are connected. */
export type WorkspaceTextLimits = readonly (AccountTextLimits & { network: NetworkKey })[];
/** Reads a workspace's connected accounts' limits (the connections module's). */
export type TextLimitsLookup = (workspaceId: string) => Promise<WorkspaceTextLimits>;

/**
 * Scheduling is refused while a version is over its network's limit, with a message naming the
 * network: the post would fail at publishing time otherwise (the mistake other schedulers make).
 * A connected account's own limit (its instance's) replaces the network's default, as in the
 * editor's counters: the two never disagree.
 */
export function assertFitsEveryNetwork(
  mainText: string,
  versions: readonly { network: NetworkKey; text: string | null }[],
  accountLimits: WorkspaceTextLimits = [],
) {
  for (const version of versions) {
    const account = accountLimits.find((limits) => limits.network === version.network);
    const length = measurePostLength(version.text ?? mainText, version.network, account);
    if (length.isOver && length.limit !== null)
      throw unprocessable(
        'post_too_long',
        { network: networkLabel(version.network), count: length.count, limit: length.limit },
        ['versions'],
      );
  }
}

/** A post goes out with something to say, on at least one network. */
export function assertPublishable(
  mainText: string,
  versions: readonly { network: NetworkKey; text: string | null }[],
  accountLimits: WorkspaceTextLimits = [],
) {
  if (versions.length === 0) throw unprocessable('post_without_network', {}, ['versions']);
  const empty = versions.find((version) => (version.text ?? mainText).trim().length === 0);
  if (empty) throw unprocessable('post_empty', { network: networkLabel(empty.network) }, ['text']);
  assertFitsEveryNetwork(mainText, versions, accountLimits);
}
