export { digestTime, digestWeekday, findDueDigestWeek } from './digest-schedule.js';
export { defaultMorningMailTime, findDueMorningDate, morningMailTimeOn } from './morning-schedule.js';
export { type NotificationKind, notificationKinds } from './notification-kinds.js';
export { notificationPath } from './notification-link.js';
export { endOfQuietHours, isInQuietHours, type QuietHours } from './quiet-hours.js';
