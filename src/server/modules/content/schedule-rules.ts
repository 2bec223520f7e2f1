import type { NetworkKey } from '../../../contracts/networks.js';
import { type AccountTextLimits, measurePostLength } from '../../../core/content/post-length.js';
import { unprocessable } from '../../platform/problem.js';
import { networkLabel } from './content-references.js';
import type { VersionValues } from './posts.repository.js';

/** The connected accounts' limits per network (the strictest of each), when accounts are connected. */
export type WorkspaceTextLimits = readonly (AccountTextLimits & { network: NetworkKey })[];
/** Reads a workspace's connected accounts' limits (the connections module's). */
export type TextLimitsLookup = (workspaceId: string) => Promise<WorkspaceTextLimits>;

type CheckedVersion = Pick<VersionValues, 'network' | 'text' | 'thread'>;

/**
 * Scheduling is refused while a version (or a part of its thread) is over its network's limit,
 * with a message naming the network: the post would fail at publishing time otherwise (the
 * mistake other schedulers make). A connected account's own limit (its instance's) replaces the
 * network's default, as in the editor's counters: the two never disagree.
 */
export function assertFitsEveryNetwork(
  mainText: string,
  versions: readonly CheckedVersion[],
  accountLimits: WorkspaceTextLimits = [],
) {
  for (const version of versions) {
    const account = accountLimits.find((limits) => limits.network === version.network);
    const texts = [version.text ?? mainText, ...(version.thread ?? []).map((part) => part.text)];
    texts.forEach((text, index) => {
      const length = measurePostLength(text, version.network, account);
      if (!length.isOver || length.limit === null) return;
      const network = networkLabel(version.network);
      const counted = { count: length.count, limit: length.limit };
      throw index === 0
        ? unprocessable('post_too_long', { network, ...counted }, ['versions'])
        : unprocessable('thread_part_too_long', { network, part: index + 1, ...counted }, ['versions']);
    });
  }
}

/** A post goes out with something to say, on at least one network. */
export function assertPublishable(
  mainText: string,
  versions: readonly CheckedVersion[],
  accountLimits: WorkspaceTextLimits = [],
) {
  if (versions.length === 0) throw unprocessable('post_without_network', {}, ['versions']);
  const empty = versions.find((version) => (version.text ?? mainText).trim().length === 0);
  if (empty) throw unprocessable('post_empty', { network: networkLabel(empty.network) }, ['text']);
  for (const version of versions) {
    const blank = (version.thread ?? []).findIndex(
      (part) => part.text.trim().length === 0 && part.mediaIds.length === 0,
    );
    if (blank >= 0)
      throw unprocessable('thread_part_empty', { network: networkLabel(version.network), part: blank + 2 }, [
        'versions',
      ]);
  }
  assertFitsEveryNetwork(mainText, versions, accountLimits);
}
