import { networkTextRules } from '../content/post-length.js';
import type { NetworkKey } from '../strategy/networks.js';
import { addUtmParameters, tagLinksInText, type UtmTags } from './utm.js';

export type TrackedLink = { url: string; tagged: string };

/**
 * Whether a network's text may carry the tagged links themselves: only where every link counts
 * for a fixed length (Mastodon and X: 23), so tagging can never push a checked text over its
 * limit. Elsewhere (Bluesky counts links as written) the text stays exactly as it was checked and
 * the tagged links travel beside it: Bluesky's link facets point to them while the text shows the
 * link as the person wrote it, and a webhook receiver gets both.
 */
export function tagsLinksInText(network: NetworkKey): boolean {
  const rule = networkTextRules[network];
  return rule !== undefined && rule.urlLength !== null;
}

/**
 * A publication's content with its links tagged, for the request frozen at publish time (the
 * draft is never rewritten): the card link always, the texts' links in place where the network
 * allows it, and every tagged link listed.
 */
export function tagPublicationContent(
  content: { texts: readonly string[]; link: string | null },
  network: NetworkKey,
  tags: UtmTags,
): { texts: string[]; link: string | null; trackedLinks: TrackedLink[] } {
  const trackedLinks: TrackedLink[] = [];
  const remember = (link: TrackedLink) => {
    if (!trackedLinks.some((known) => known.url === link.url)) trackedLinks.push(link);
  };
  const inText = tagsLinksInText(network);
  const texts = content.texts.map((text) => {
    const tagged = tagLinksInText(text, tags);
    for (const link of tagged.links) remember(link);
    return inText ? tagged.text : text;
  });
  let link = content.link;
  if (link) {
    const tagged = addUtmParameters(link, tags);
    if (tagged !== link) remember({ url: link, tagged });
    link = tagged;
  }
  return { texts, link, trackedLinks };
}
