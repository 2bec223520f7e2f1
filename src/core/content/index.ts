export { approvalAfterEdit, mayBeScheduled, maySendForApproval, statusAfterApproval } from './approval.js';
export { type BatchPlanLine, batchWeekStart, planBatchWeek } from './batch-plan.js';
export { computePillarBalance, type PillarBalance, type PillarBalanceLine } from './pillar-balance.js';
export {
  type AccountTextLimits,
  countGraphemes,
  findUrls,
  measurePostLength,
  measureText,
  type NetworkTextRule,
  networkTextRules,
  type PostLength,
  type TextRule,
} from './post-length.js';
export {
  derivePostStatus,
  deriveVersionStatus,
  type PostStatus,
  postStatusFromVersions,
  type StoredPostStatus,
  type StoredVersionStatus,
  type VersionState,
  type VersionStatus,
} from './post-status.js';
export {
  expandPostingSlots,
  findNextFreeSlot,
  type PostingSlot,
  proposePostingSlots,
  queueHorizonDays,
  type SlotOccurrence,
} from './posting-slots.js';
export {
  type RushIdeaCandidate,
  type RushNetworkSuggestion,
  type RushWeekVersion,
  rushIdeasPerNetwork,
  suggestRushIdeas,
} from './rush-ideas.js';
export { minutesOfSeconds, shareOut } from './share-effort.js';
export { computeWeekProgress, type NetworkWeekProgress } from './week-targets.js';
