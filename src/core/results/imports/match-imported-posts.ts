/** A published version of a Cadence post, as matching needs it. */
export type PublishedCandidate = {
  postVersionId: string;
  url: string | null;
  localDate: string;
  text: string;
};

export type PostToMatch = { url: string | null; localDate: string; text: string };

/** Enough words to tell two posts of one day apart, not so many that an edit breaks the match. */
const TEXT_START_LENGTH = 40;
const TEXT_START_MINIMUM = 15;

/**
 * A link reduced to what identifies the post: LinkedIn's activity number (the same post is
 * `…/feed/update/urn:li:activity:N` in the export and `…/posts/name_words-activity-N-xyz` when
 * copied from the page), else host and path without `www.`, query, fragment or trailing slash.
 */
export function postLinkKey(url: string): string {
  const activity = /activity[:-](\d{15,})/.exec(url) ?? /urn:li:(?:share|ugcPost):(\d{15,})/.exec(url);
  if (activity) return `linkedin:${activity[1]}`;
  try {
    const parsed = new URL(url.trim());
    return `${parsed.hostname.replace(/^www\./, '').replace(/^m\./, '')}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

function textStart(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, TEXT_START_LENGTH);
}

/**
 * The Cadence version an exported post is, or null. By link first (exact, reliable); otherwise
 * by the day of publication and the first words of the text, and only when exactly one version
 * of that day fits: a wrong match would credit one post with another's figures, while a missed
 * one only shows the post as published outside Cadence.
 */
export function matchImportedPost(
  post: PostToMatch,
  candidates: readonly PublishedCandidate[],
): string | null {
  if (post.url) {
    const key = postLinkKey(post.url);
    const byLink = candidates.find(
      (candidate) => candidate.url !== null && postLinkKey(candidate.url) === key,
    );
    if (byLink) return byLink.postVersionId;
  }
  const start = textStart(post.text);
  if (start.length < TEXT_START_MINIMUM) return null;
  const sameDay = candidates.filter((candidate) => {
    if (candidate.localDate !== post.localDate) return false;
    const candidateStart = textStart(candidate.text);
    const length = Math.min(start.length, candidateStart.length);
    return length >= TEXT_START_MINIMUM && candidateStart.slice(0, length) === start.slice(0, length);
  });
  return sameDay.length === 1 ? (sameDay[0]?.postVersionId ?? null) : null;
}
