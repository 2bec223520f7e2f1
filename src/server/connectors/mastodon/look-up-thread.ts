import type {
  LookUpResult,
  MastodonCredentials,
  PublicationRequest,
  PublishedPart,
} from '../../../contracts/connectors.js';
import type { MastodonHttp } from './mastodon-http.js';

/** Statuses created this long before the publication was frozen still count (clock skew). */
const clockSkewMs = 2 * 60_000;
const pageSize = 40;
const maxPages = 5;

type Candidate = {
  id: string;
  url: string;
  createdAt: number;
  inReplyToId: string | null;
  altTexts: string[];
  applicationName: string | null;
  /** The rendered `content` back to plain text: only to try the likeliest candidates first. */
  plainContent: string;
};

/** Mastodon's rendered HTML as text (paragraphs, line breaks, the common entities). */
function plainTextOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

function readCandidate(value: unknown): Candidate | null {
  if (typeof value !== 'object' || value === null) return null;
  const status = value as Record<string, unknown>;
  if (typeof status.id !== 'string' || typeof status.created_at !== 'string') return null;
  const media = Array.isArray(status.media_attachments) ? status.media_attachments : [];
  const application = status.application as { name?: unknown } | null | undefined;
  return {
    id: status.id,
    url: typeof status.url === 'string' ? status.url : '',
    createdAt: Date.parse(status.created_at),
    inReplyToId: typeof status.in_reply_to_id === 'string' ? status.in_reply_to_id : null,
    altTexts: media.map((item) => String((item as { description?: unknown }).description ?? '')),
    applicationName: typeof application?.name === 'string' ? application.name : null,
    plainContent: typeof status.content === 'string' ? plainTextOf(status.content) : '',
  };
}

/** Text as Mastodon stores and gives it back: line endings and Unicode forms may differ. */
function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

/**
 * Did an earlier attempt reach the instance? After the Idempotency-Key's hour a repeat is not
 * protected, so the account's own latest statuses are read and each part is proven by all of:
 * - created no earlier than the publication was frozen (less two minutes of clock skew);
 * - part 0 replies to nothing, part n replies to the status found for part n - 1;
 * - the same alt texts in the same order (so the same number of images);
 * - posted by this app (`application.name`, shown to the status's owner) when the server says;
 * - the same text, read back as written from `GET /api/v1/statuses/:id/source` (the listed
 *   `content` is rendered HTML and cannot be compared).
 * When several statuses match a part, the earliest wins: it is the first attempt's.
 */
export async function lookUpThread(input: {
  http: MastodonHttp;
  credentials: MastodonCredentials;
  request: Readonly<PublicationRequest>;
  applicationName: string;
}): Promise<LookUpResult> {
  const { http, credentials, request } = input;
  const windowStart = Date.parse(request.frozenAt) - clockSkewMs;
  const candidates: Candidate[] = [];
  let maxId: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const query = new URLSearchParams({ limit: String(pageSize), exclude_reblogs: 'true' });
    if (maxId) query.set('max_id', maxId);
    const answer = await http.call(
      credentials,
      `/api/v1/accounts/${encodeURIComponent(credentials.accountId)}/statuses?${query}`,
    );
    if (!answer.ok) return answer.error;
    const statuses = (Array.isArray(answer.body) ? answer.body : []).map(readCandidate);
    const found = statuses.filter((status): status is Candidate => status !== null);
    candidates.push(...found.filter((status) => status.createdAt >= windowStart));
    const oldest = found.at(-1);
    if (!oldest || found.length < pageSize || oldest.createdAt < windowStart) break;
    maxId = oldest.id;
  }
  candidates.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id, 'en', { numeric: true }));

  const parts: (PublishedPart | null)[] = request.parts.map(() => null);
  let previousId: string | null = null;
  for (const [index, part] of request.parts.entries()) {
    if (index > 0 && previousId === null) break;
    const altTexts = part.images.map((image) => image.altText);
    const shaped = candidates.filter(
      (status) =>
        status.inReplyToId === previousId &&
        (status.applicationName === null || status.applicationName === input.applicationName) &&
        status.altTexts.length === altTexts.length &&
        status.altTexts.every(
          (alt, position) => normaliseText(alt) === normaliseText(altTexts[position] ?? ''),
        ),
    );
    // Those whose rendered text already reads as ours are proven first (earliest first among
    // them): one source call instead of one per status of a busy minute, each of which can fail.
    // A text without links, mentions or hashtags renders as written: a status whose rendered
    // text differs cannot be ours, and is not worth a call.
    const wanted = normaliseText(part.text);
    const rendersAsWritten = !/[@#]|https?:\/\//.test(part.text);
    const likeliest = [
      ...shaped.filter((status) => normaliseText(status.plainContent) === wanted),
      ...(rendersAsWritten ? [] : shaped.filter((status) => normaliseText(status.plainContent) !== wanted)),
    ];
    let match: Candidate | null = null;
    for (const status of likeliest) {
      const source = await http.call(credentials, `/api/v1/statuses/${encodeURIComponent(status.id)}/source`);
      if (!source.ok) return source.error;
      const text = (source.body as { text?: unknown } | null)?.text;
      if (typeof text === 'string' && normaliseText(text) === normaliseText(part.text)) {
        match = status;
        break;
      }
    }
    if (!match) break;
    parts[index] = { remoteId: match.id, url: match.url };
    previousId = match.id;
  }
  return { status: 'looked_up', parts };
}
