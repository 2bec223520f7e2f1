export { findEmptySlots } from './empty-slots.js';
export {
  allowedGapDaysFor,
  computeNetworkRegularity,
  defaultHistoryWeeks,
  defaultLookAheadDays,
  type GapState,
  type NetworkRegularity,
  type RegularityInput,
  type RegularityPost,
  type WeekCount,
} from './network-regularity.js';
