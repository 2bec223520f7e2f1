/**
 * Tracked links: `utm_source=<network>&utm_medium=social&utm_campaign=<campaign>` added to a
 * post's link so that web analytics name the network and the campaign a visit came from.
 * Parameters the person already wrote are kept (their campaign wins); anything that is not an
 * http(s) URL is returned unchanged.
 */
export function addUtmParameters(link: string, tags: { network: string; campaign: string | null }): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return link;
  const wanted: [string, string | null][] = [
    ['utm_source', tags.network],
    ['utm_medium', 'social'],
    ['utm_campaign', tags.campaign ? toCampaignSlug(tags.campaign) : null],
  ];
  for (const [name, value] of wanted) {
    if (value && !url.searchParams.has(name)) url.searchParams.set(name, value);
  }
  return url.toString();
}

/** "Conseils d'été" -> "conseils-d-ete": what analytics tools group on, readable and stable. */
export function toCampaignSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** The UTM values of a link, to attribute an outcome that arrived through it. */
export function readUtmParameters(link: string): { source: string | null; campaign: string | null } {
  try {
    const url = new URL(link);
    return { source: url.searchParams.get('utm_source'), campaign: url.searchParams.get('utm_campaign') };
  } catch {
    return { source: null, campaign: null };
  }
}
