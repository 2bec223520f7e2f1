import type { NetworkKey } from '../strategy/networks.js';

/**
 * How a network measures a text — the one counting rule of Cadence, used by the editor's live
 * counters, the server's refusal when scheduling, and the connectors' check before publishing:
 * - `graphemes`: what a person sees as one character (an emoji family, a flag, an accented letter):
 *   Bluesky's 300;
 * - `code_points`: Mastodon's (a Ruby string's length): a family emoji counts 7, an accent
 *   typed as a combining mark 2;
 * - `weighted`: X's rule — Latin text, punctuation and combining marks weigh 1, everything else
 *   (CJK, an emoji sequence) 2: 280 Latin letters fit, or 140 emoji.
 * `urlLength` replaces every link's own length (Mastodon and X shorten links; Bluesky does not).
 */
export interface TextRule {
  unit: 'graphemes' | 'code_points' | 'weighted';
  urlLength: number | null;
  /** Mastodon counts `@name@instance` as `@name`. */
  countsMentionsWithoutDomain: boolean;
}

export interface NetworkTextRule extends TextRule {
  limit: number;
}

/**
 * A connected account's own limits (read from its server), which replace the network's
 * defaults once an account is connected: a Mastodon instance may allow 1,000 or 5,000.
 */
export interface AccountTextLimits {
  maxCharacters: number;
  lengthUnit: 'graphemes' | 'code_points';
  urlLength: number | null;
}

export const networkTextRules: Partial<Record<NetworkKey, NetworkTextRule>> = {
  mastodon: { limit: 500, unit: 'code_points', urlLength: 23, countsMentionsWithoutDomain: true },
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
  return findUrlSpans(text).map((span) => span.url);
}

/** Each link of a text with where it starts (UTF-16 index), to rewrite it in place. */
export function findUrlSpans(text: string): { url: string; start: number }[] {
  return Array.from(text.matchAll(urlPattern), (match) => ({
    url: trimUrl(match[0]),
    start: match.index,
  })).filter((span) => span.url.length > 'https://'.length);
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

const countUnits = (text: string, unit: TextRule['unit']): number =>
  unit === 'weighted' ? weighX(text) : unit === 'code_points' ? [...text].length : countGraphemes(text);

/** The length of a text as a network counts it (see `TextRule`). */
export function measureText(text: string, rule: TextRule): number {
  let counted = text;
  let urlWeight = 0;
  if (rule.urlLength !== null) {
    const urls = findUrls(text);
    for (const url of urls) counted = counted.replace(url, '');
    urlWeight = urls.length * rule.urlLength;
  }
  if (rule.countsMentionsWithoutDomain) counted = counted.replace(mentionWithDomainPattern, '$1$2');
  return countUnits(counted, rule.unit) + urlWeight;
}

/**
 * The length of `text` on `network`, against its limit. `account` is a connected account's own
 * limits (a Mastodon instance's `max_characters` and link length) once one is connected.
 */
export function measurePostLength(
  text: string,
  network: NetworkKey,
  account?: AccountTextLimits,
): PostLength {
  const known = networkTextRules[network];
  if (!known && !account) {
    return { network, count: countGraphemes(text), limit: null, isOver: false, remaining: null };
  }
  const rule: NetworkTextRule = account
    ? {
        limit: account.maxCharacters,
        unit: account.lengthUnit,
        urlLength: account.urlLength,
        countsMentionsWithoutDomain: known?.countsMentionsWithoutDomain ?? false,
      }
    : (known as NetworkTextRule);
  const total = measureText(text, rule);
  return {
    network,
    count: total,
    limit: rule.limit,
    isOver: total > rule.limit,
    remaining: rule.limit - total,
  };
}
