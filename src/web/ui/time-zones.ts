/** The time zone this browser runs in, e.g. "Europe/Paris" (the default for a new workspace). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';
  } catch {
    return 'Europe/Paris';
  }
}

let cached: string[] | undefined;

/** Every IANA zone the browser knows, plus UTC and the browser's own zone, sorted. */
export function listTimeZones(): string[] {
  if (cached) return cached;
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = ['Europe/Paris', 'Europe/Brussels', 'Europe/Zurich', 'America/Montreal', 'Africa/Dakar'];
  }
  cached = [...new Set([...zones, 'UTC', browserTimeZone()])].sort((a, b) => a.localeCompare(b));
  return cached;
}

function zonePart(zone: string, locale: string, at: Date, style: 'longGeneric' | 'shortOffset'): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/**
 * A zone as people know it rather than its IANA id: "Paris · heure d’Europe centrale (UTC+1)",
 * "New York · Eastern Time (UTC−5)". The offset is the one in force at `at` (summer or winter).
 */
export function describeTimeZone(zone: string, locale: string, at: Date = new Date()): string {
  if (zone === 'UTC') return 'UTC';
  const city = (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
  const name = zonePart(zone, locale, at, 'longGeneric');
  const offset = zonePart(zone, locale, at, 'shortOffset').replace(/^GMT/, 'UTC').replace('-', '\u2212');
  const utcOffset = offset === 'UTC' ? 'UTC+0' : offset;
  return name && !/^GMT|^UTC/.test(name) ? `${city} · ${name} (${utcOffset})` : `${city} (${utcOffset})`;
}
