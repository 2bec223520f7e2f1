export * from './import-columns.js';
export * from './import-values.js';
export * from './match-imported-posts.js';
export * from './parse-metric-export.js';
export * from './parse-outcome-list.js';
export * from './read-results-csv.js';
export * from './results-import-issues.js';
