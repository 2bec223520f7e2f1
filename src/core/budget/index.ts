export {
  type AgencyCurrencyTotal,
  type AgencySummary,
  type AgencySummaryRow,
  type AgencyWorkspaceInput,
  buildAgencySummary,
  type CurrencyCode,
  type MinutesByReferenceCategory,
} from './agency-summary.js';
export {
  assertNonNegativeInteger,
  BUDGET_STEP_MINUTES,
  type BudgetCategory,
  computeBudgetTotalMinutes,
  isValidBudgetMinutes,
  MINUTES_PER_WEEK,
  roundToBudgetStep,
} from './budget-minutes.js';
export {
  type CategoryCostBreakdown,
  type CategoryCostRow,
  type ComputeCategoryCostsInput,
  compareWorkOptions,
  computeCategoryCosts,
  computeHourlyCostCents,
  computeWorkCost,
  type WorkCost,
  type WorkOption,
  type WorkOptionCost,
  workOptions,
} from './costs.js';
export { type PresetLineChange, type PresetPreview, previewBudgetPreset } from './preset-preview.js';
export {
  type ApplyBudgetPresetOptions,
  type ApplyBudgetPresetResult,
  applyBudgetPreset,
  type BudgetPresetKey,
  type BudgetPresetMinutes,
  budgetPresetKeys,
  budgetPresets,
  compareBudgetWithPresets,
  computePresetTotalMinutes,
  findClosestPreset,
  isBudgetPresetKey,
  type PresetComparison,
  type PresetMinutesNotApplied,
  summarizeBudget,
  type UserDefinedCategoryPolicy,
} from './presets.js';
export {
  getReferenceCategory,
  isReferenceCategoryKey,
  type MantineColorName,
  type ReferenceCategory,
  type ReferenceCategoryKey,
  referenceCategories,
  referenceCategoryKeys,
} from './reference-categories.js';
export {
  DEFAULT_WORK_MINUTES_PER_DAY,
  FRENCH_FULL_TIME_MINUTES_PER_YEAR,
  type Worker,
  type WorkerKind,
} from './worker-rates.js';
