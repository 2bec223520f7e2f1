/** What the editor stores on a post. */
export type StoredPostStatus = 'draft' | 'ready' | 'awaiting_approval' | 'scheduled' | 'published';
/** What the publishing side stores on each network's version. */
export type StoredVersionStatus =
  | 'pending'
  | 'scheduled'
  | 'publishing'
  | 'published'
  | 'failed'
  | 'unknown'
  | 'missed';
export type VersionStatus = StoredVersionStatus | 'to_publish_by_hand';
export type PostStatus = StoredPostStatus | 'to_publish_by_hand' | 'failed' | 'missed';

export interface VersionState {
  status: StoredVersionStatus;
  publishMode: 'by_hand' | 'connector';
}

/**
 * A version waits for a person once its time has come and no connector publishes it: that state
 * is read from the clock, never stored, so no job has to flip it at the minute.
 */
export function deriveVersionStatus(
  version: VersionState,
  scheduledAt: Date | null,
  now: Date,
): VersionStatus {
  const isDue = scheduledAt !== null && scheduledAt.getTime() <= now.getTime();
  return versionStatusWhen(version.status, version.publishMode, isDue);
}

/**
 * `deriveVersionStatus` once it is known whether the post's time has come (`isDue`: scheduled at
 * or before now). For a hot read that compares its instants as ISO text instead of parsing a
 * `Date` per post (the calendar's month grid).
 */
export function versionStatusWhen(
  status: StoredVersionStatus,
  publishMode: VersionState['publishMode'],
  isDue: boolean,
): VersionStatus {
  if (status === 'scheduled' && publishMode === 'by_hand' && isDue) return 'to_publish_by_hand';
  return status;
}

/**
 * The post's state as shown: its editorial state until it is scheduled; then what its versions
 * say, the one needing attention first (failed, missed, to publish by hand), published once
 * every version is.
 */
export function derivePostStatus(
  post: { status: StoredPostStatus; scheduledAt: Date | null },
  versions: readonly VersionState[],
  now: Date,
): PostStatus {
  if (post.status !== 'scheduled' && post.status !== 'published') return post.status;
  return postStatusFromVersions(
    post.status,
    versions.map((version) => deriveVersionStatus(version, post.scheduledAt, now)),
  );
}

/** `derivePostStatus` from the versions' states already derived (the calendar reads them so). */
export function postStatusFromVersions(
  status: StoredPostStatus,
  states: readonly VersionStatus[],
): PostStatus {
  if (status !== 'scheduled' && status !== 'published') return status;
  if (states.length > 0 && states.every((state) => state === 'published')) return 'published';
  for (const attention of ['failed', 'missed', 'to_publish_by_hand'] as const) {
    if (states.includes(attention)) return attention;
  }
  return status;
}
