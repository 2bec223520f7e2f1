/** Where one click subscribes a calendar app to a feed URL. */
export type CalendarSubscriptionLinks = {
  /** Apple Calendar, Thunderbird, Outlook desktop: the system's calendar app opens it. */
  webcal: string;
  google: string;
  outlookCom: string;
  microsoft365: string;
};

/**
 * The same feed for each calendar app: `webcal://` (the scheme desktop and phone calendars
 * subscribe to), and the "add from URL" pages of Google Calendar and Outlook, which fetch the feed
 * from their own servers.
 */
export function calendarSubscriptionLinks(feedUrl: string, name: string): CalendarSubscriptionLinks {
  const webcal = feedUrl.replace(/^https?:\/\//i, 'webcal://');
  const outlookQuery = `url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent(name)}`;
  return {
    webcal,
    google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    outlookCom: `https://outlook.live.com/calendar/0/addfromweb?${outlookQuery}`,
    microsoft365: `https://outlook.office.com/calendar/0/addfromweb?${outlookQuery}`,
  };
}

/**
 * Whether an address can only be reached from this machine or its local network (loopback,
 * private ranges, link-local, `.local`/`.internal`/`.lan` names, a bare host name): Google's and
 * Microsoft's servers cannot fetch a feed there.
 */
export function isLocalAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return true;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/\.(local|internal|lan|home|localdomain|test|invalid)$/.test(host)) return true;
  const octets = host.split('.').map(Number);
  if (octets.length === 4 && octets.every((octet) => Number.isInteger(octet) && octet >= 0 && octet <= 255)) {
    const [first = 0, second = 0] = octets;
    return (
      first === 127 ||
      first === 10 ||
      first === 0 ||
      (first === 172 && second >= 16 && second <= 31) ||
      (first === 192 && second === 168) ||
      (first === 169 && second === 254) ||
      (first === 100 && second >= 64 && second <= 127)
    );
  }
  if (host.includes(':')) return host === '::1' || host.startsWith('fe80:') || /^f[cd]/.test(host);
  return !host.includes('.');
}
