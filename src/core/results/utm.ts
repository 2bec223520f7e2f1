import { findUrlSpans } from '../content/post-length.js';
import { type NetworkKey, networkKeys } from '../strategy/networks.js';

/**
 * Tracked links: `utm_source=<network>&utm_medium=social&utm_campaign=<campaign>` and
 * `utm_content=<post's short id>` added to a post's links so that web analytics name the network,
 * the campaign and the post a visit came from, and an outcome carrying those values back is
 * attributed to the post. Parameters the person already wrote are kept (theirs win).
 */
export type UtmTags = {
  network: string;
  campaign: string | null;
  /** The post's short id (`postShortId`), or null to leave `utm_content` out. */
  content?: string | null;
};

/**
 * The link with the missing UTM parameters appended. The link is never re-serialised: what the
 * person wrote (an internationalised domain, their own encoding, the fragment) stays as written,
 * the parameters go at the end of the query, before any `#fragment`. Anything that is not an
 * http(s) URL is returned unchanged.
 */
export function addUtmParameters(link: string, tags: UtmTags): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return link;
  const wanted: [string, string | null | undefined][] = [
    ['utm_source', tags.network],
    ['utm_medium', 'social'],
    ['utm_campaign', tags.campaign ? toCampaignSlug(tags.campaign) || null : null],
    ['utm_content', tags.content],
  ];
  const added = wanted
    .filter(([name, value]) => value && !url.searchParams.has(name))
    .map(([name, value]) => `${name}=${encodeURIComponent(value ?? '')}`);
  if (added.length === 0) return link;
  const hash = link.indexOf('#');
  const base = hash === -1 ? link : link.slice(0, hash);
  const fragment = hash === -1 ? '' : link.slice(hash);
  const query = base.includes('?') ? base.slice(base.indexOf('?') + 1) : null;
  const separator = query === null ? '?' : query === '' || query.endsWith('&') ? '' : '&';
  return `${base}${separator}${added.join('&')}${fragment}`;
}

/**
 * Every link of a text tagged in place (links as the networks detect them: trailing punctuation
 * stays outside), and the list of links that changed, first occurrence first.
 */
export function tagLinksInText(
  text: string,
  tags: UtmTags,
): { text: string; links: { url: string; tagged: string }[] } {
  const spans = findUrlSpans(text);
  const links: { url: string; tagged: string }[] = [];
  let tagged = text;
  for (const span of [...spans].reverse()) {
    const withTags = addUtmParameters(span.url, tags);
    if (withTags === span.url) continue;
    tagged = tagged.slice(0, span.start) + withTags + tagged.slice(span.start + span.url.length);
  }
  for (const span of spans) {
    const withTags = addUtmParameters(span.url, tags);
    if (withTags !== span.url && !links.some((link) => link.url === span.url))
      links.push({ url: span.url, tagged: withTags });
  }
  return { text: tagged, links };
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

/**
 * A post's short id, carried as `utm_content`: the first 8 hex digits of its id. Short enough for
 * a link, and a workspace would need tens of thousands of posts before two shared one; when two
 * do, attribution names neither (`findPostByShortId` asks for exactly one).
 */
export function postShortId(postId: string): string {
  return postId.replace(/-/g, '').slice(0, 8).toLowerCase();
}

export const postShortIdPattern = /^[0-9a-f]{8}$/;

export type UtmValues = {
  source: string | null;
  medium: string | null;
  campaign: string | null;
  content: string | null;
};

/** The UTM values of a link, to attribute an outcome that arrived through it. */
export function readUtmParameters(link: string): UtmValues {
  try {
    const url = new URL(link);
    const read = (name: string) => url.searchParams.get(name);
    return {
      source: read('utm_source'),
      medium: read('utm_medium'),
      campaign: read('utm_campaign'),
      content: read('utm_content'),
    };
  } catch {
    return { source: null, medium: null, campaign: null, content: null };
  }
}

/**
 * What an outcome's UTM values say about where it came from: the network (`utm_source` when it
 * names one Cadence knows), the post (`utm_content` when it is a post's short id) and the
 * campaign (`utm_campaign` as written). A value that does not fit is ignored, never guessed.
 */
export function utmAttribution(utm: Partial<UtmValues>): {
  network: NetworkKey | null;
  postShortId: string | null;
  campaign: string | null;
} {
  const source = utm.source?.trim().toLowerCase() ?? '';
  const content = utm.content?.trim().toLowerCase() ?? '';
  const campaign = utm.campaign?.trim() ?? '';
  return {
    network: (networkKeys as readonly string[]).includes(source) ? (source as NetworkKey) : null,
    postShortId: postShortIdPattern.test(content) ? content : null,
    campaign: campaign === '' ? null : campaign.slice(0, 120),
  };
}
