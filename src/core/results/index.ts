export * from './engagement.js';
export * from './months.js';
export * from './next-hour.js';
export * from './pull-schedule.js';
export * from './results-table.js';
export * from './results-thresholds.js';
export * from './roi.js';
export * from './utm.js';
