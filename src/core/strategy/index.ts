export {
  computePostsPerPillarPerWeek,
  type EditorialPillar,
  type NetworkFrequencyTarget,
  type PillarSharesValidation,
  type PillarWeeklyPosts,
  validatePillarShares,
} from './editorial-line.js';
export {
  computeKpiProgress,
  type KpiDirection,
  type KpiMetric,
  type KpiMetricDefinition,
  type KpiPeriod,
  type KpiProgress,
  type KpiProgressInput,
  type KpiStatus,
  type KpiUnit,
  kpiDirections,
  kpiMetricDefinitions,
  kpiMetrics,
  kpiPeriods,
  parseIsoDate,
} from './kpi.js';
export { kpiUnitOf, toDisplayedKpiValue, toStoredKpiValue } from './kpi-units.js';
export {
  adviseNetworkFocus,
  type ChosenNetwork,
  isNetworkKey,
  type NetworkFocusAdvice,
  type NetworkKey,
  networkKeys,
} from './networks.js';
