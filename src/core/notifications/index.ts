export { digestTime, digestWeekday, findDueDigestWeek } from './digest-schedule.js';
export {
  defaultMorningMailTime,
  explainMorningSend,
  findDueMorningDate,
  type MorningSendExplanation,
  type MorningSendReason,
  morningMailTimeOn,
} from './morning-schedule.js';
export { type NotificationKind, notificationKinds } from './notification-kinds.js';
export { notificationPath } from './notification-link.js';
export { endOfQuietHours, isInQuietHours, type QuietHours } from './quiet-hours.js';
