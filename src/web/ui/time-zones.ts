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
