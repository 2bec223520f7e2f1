export { formatLocalDateSpan } from './date-span.js';
export { dateTimeFormat } from './date-time-format.js';
export { type FormatLocale, formatDecimal, formatMinutes } from './format-minutes.js';
export {
  applyFrenchSpacing,
  minusSign,
  narrowNoBreakSpace,
  noBreakSpace,
  withFrenchTypography,
} from './french-typography.js';
export { numberFormat } from './number-format.js';
export { dateInputPattern, parseTypedDate, parseTypedTime } from './typed-date-time.js';
