import { parseEpochDay } from './civil-calendar.js';

/*
 * The checks of local values, without Temporal: the contracts validate with them, and the web app
 * bundles the contracts, so the Temporal polyfill (~55 KB) would otherwise come with every page.
 */

/** An instant as ISO 8601 in UTC, e.g. `2026-03-29T07:00:00Z` (inputs may carry any offset). */
export type IsoInstant = string;
/** A calendar date with no zone, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A 24-hour wall-clock time, `HH:MM` (`00:00`..`23:59`). */
export type WallClockTime = string;
/** An IANA time-zone name, e.g. `Europe/Paris`. */
export type TimeZoneName = string;

const WALL_CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a real calendar date in strict `YYYY-MM-DD` form (`2026-02-30` is false). */
export function isLocalDate(value: string): boolean {
  return parseEpochDay(value) !== null;
}

/** True for a strict `HH:MM` 24-hour time; `24:00` is rejected. */
export function isWallClockTime(value: string): boolean {
  return WALL_CLOCK_PATTERN.test(value);
}

/**
 * True for an IANA zone name Temporal knows (`Europe/Paris`, `UTC`). Fixed offsets such as
 * `+02:00` are rejected on purpose: they carry no DST rules, so a routine stored with one would
 * drift by an hour twice a year.
 */
export function isValidTimeZone(zone: string): boolean {
  const known = checkedTimeZones.get(zone);
  if (known !== undefined) return known;
  const valid = /^[A-Za-z]/.test(zone) && intlKnowsTimeZone(zone);
  // Building an Intl formatter costs about half a millisecond, and hot paths (every entry of a
  // report) ask again and again; the answers are few, so they are remembered, within a bound.
  if (checkedTimeZones.size >= MAX_CHECKED_TIME_ZONES) checkedTimeZones.clear();
  checkedTimeZones.set(zone, valid);
  return valid;
}

const MAX_CHECKED_TIME_ZONES = 1000;
const checkedTimeZones = new Map<string, boolean>();

/**
 * Intl accepts exactly the names Temporal does (the polyfill asks Intl too); asking Intl keeps the
 * contracts, which the web app bundles, free of the Temporal polyfill.
 */
function intlKnowsTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
