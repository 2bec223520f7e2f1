import type { NetworkKey } from '../strategy/networks.js';

/**
 * How each network measures a post's text:
 * - `graphemes`: what a person sees as one character (an emoji family, a flag, an accented letter);
 * - `weighted`: X's rule — Latin text, punctuation and combining marks weigh 1, everything else
 *   (CJK, an emoji sequence) 2: 280 Latin letters fit, or 140 emoji.
 * `urlLength` replaces every link's own length (Mastodon and X shorten links; Bluesky does not).
 */
export interface NetworkTextRule {
  limit: number;
  unit: 'graphemes' | 'weighted';
  urlLength: number | null;
  /** Mastodon counts `@name@instance` as `@name`. */
  countsMentionsWithoutDomain: boolean;
}

export const networkTextRules: Partial<Record<NetworkKey, NetworkTextRule>> = {
  mastodon: { limit: 500, unit: 'graphemes', urlLength: 23, countsMentionsWithoutDomain: true },
  bluesky: { limit: 300, unit: 'graphemes', urlLength: null, countsMentionsWithoutDomain: false },
  x: { limit: 280, unit: 'weighted', urlLength: 23, countsMentionsWithoutDomain: false },
  linkedin: { limit: 3000, unit: 'graphemes', urlLength: null, countsMentionsWithoutDomain: false },
  instagram: { limit: 2200, unit: 'graphemes', urlLength: null, countsMentionsWithoutDomain: false },
  facebook: { limit: 63_206, unit: 'graphemes', urlLength: null, countsMentionsWithoutDomain: false },
};

export interface PostLength {
  network: NetworkKey;
  /** What the network counts, in its own unit (X: weighted characters). */
  count: number;
  /** null: Cadence knows of no limit for this channel (blog, newsletter, …). */
  limit: number | null;
  isOver: boolean;
  remaining: number | null;
}

let segmenter: Intl.Segmenter | undefined;
function graphemesOf(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Counts user-perceived characters: `👩‍👩‍👧‍👦` is 1, `🇫🇷` is 1, `e` + U+0301 is 1. */
export function countGraphemes(text: string): number {
  return graphemesOf(text).length;
}

// Links as the networks detect them: an http(s) URL up to the next space; trailing punctuation
// (and a closing bracket without its opening one) belongs to the sentence, not the link.
const urlPattern = /https?:\/\/[^\s<>"]+/giu;
const mentionWithDomainPattern = /(^|[^\p{L}\p{N}_/])(@[\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0) {
    const last = url[end - 1] ?? '';
    if (/[.,;:!?'»]/.test(last)) end -= 1;
    else if (last === ')' && count(url.slice(0, end), '(') < count(url.slice(0, end), ')')) end -= 1;
    else break;
  }
  return url.slice(0, end);
}
const count = (text: string, character: string) => text.split(character).length - 1;

/** The links in a text, as they would be linked by the networks. */
export function findUrls(text: string): string[] {
  return Array.from(text.matchAll(urlPattern), (match) => trimUrl(match[0])).filter(
    (url) => url.length > 'https://'.length,
  );
}

// X's light ranges (twitter-text v3 configuration): these code points weigh 1, all others 2.
const lightRanges: [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const isEmojiCluster = (cluster: string) => /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(cluster);

function weighX(text: string): number {
  let weight = 0;
  for (const cluster of graphemesOf(text.normalize('NFC'))) {
    // An emoji sequence counts once, as two, however many code points it joins.
    if (isEmojiCluster(cluster)) {
      weight += 2;
      continue;
    }
    for (const character of cluster) {
      const codePoint = character.codePointAt(0) ?? 0;
      weight += lightRanges.some(([low, high]) => codePoint >= low && codePoint <= high) ? 1 : 2;
    }
  }
  return weight;
}

/**
 * The length of `text` on `network`, against its limit. `limitOverride` is an account's own limit
 * (a Mastodon instance's `max_characters`) once known.
 */
export function measurePostLength(text: string, network: NetworkKey, limitOverride?: number): PostLength {
  const rule = networkTextRules[network];
  if (!rule) {
    return { network, count: countGraphemes(text), limit: null, isOver: false, remaining: null };
  }
  let counted = text;
  let urlWeight = 0;
  if (rule.urlLength !== null) {
    const urls = findUrls(text);
    for (const url of urls) counted = counted.replace(url, '');
    urlWeight = urls.length * rule.urlLength;
  }
  if (rule.countsMentionsWithoutDomain) counted = counted.replace(mentionWithDomainPattern, '$1$2');
  const textCount = rule.unit === 'weighted' ? weighX(counted) : countGraphemes(counted);
  const total = textCount + urlWeight;
  const limit = limitOverride ?? rule.limit;
  return { network, count: total, limit, isOver: total > limit, remaining: limit - total };
}
