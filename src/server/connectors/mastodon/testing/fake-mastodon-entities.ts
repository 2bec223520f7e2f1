/**
 * The entities of the fake Mastodon, shaped as Mastodon's API documentation describes them
 * (Status, MediaAttachment, Account, Application): only test code imports this.
 */
export type FakeAccount = { id: string; username: string; createdAt: string; followersCount?: number };
export type FakeMedia = {
  id: string;
  accountId: string;
  description: string | null;
  mimeType: string;
  bytes: number;
  /** GETs still answering 206 before the file counts as processed. */
  pollsLeft: number;
  statusId: string | null;
};
export type FakeStatus = {
  id: string;
  accountId: string;
  text: string;
  createdAt: string;
  inReplyToId: string | null;
  visibility: string;
  language: string | null;
  mediaIds: string[];
  applicationName: string;
  counts: { favourites: number; reblogs: number; replies: number; quotes: number };
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function accountJson(base: string, account: FakeAccount) {
  return {
    id: account.id,
    username: account.username,
    acct: account.username,
    display_name: account.username,
    locked: false,
    bot: false,
    created_at: account.createdAt,
    note: '',
    url: `${base}/@${account.username}`,
    avatar: `${base}/avatars/original/missing.png`,
    header: `${base}/headers/original/missing.png`,
    followers_count: account.followersCount ?? 0,
    following_count: 0,
    statuses_count: 0,
    emojis: [],
    fields: [],
  };
}

export function mediaJson(base: string, media: FakeMedia) {
  const processed = media.pollsLeft <= 0;
  return {
    id: media.id,
    type: media.mimeType === 'image/gif' ? 'gifv' : 'image',
    url: processed ? `${base}/system/media/${media.id}/original` : null,
    preview_url: `${base}/system/media/${media.id}/small`,
    remote_url: null,
    description: media.description,
    blurhash: null,
    meta: {},
  };
}

export function statusJson(
  base: string,
  status: FakeStatus,
  account: FakeAccount,
  media: FakeMedia[],
  inReplyToAccountId: string | null,
) {
  return {
    id: status.id,
    uri: `${base}/users/${account.username}/statuses/${status.id}`,
    url: `${base}/@${account.username}/${status.id}`,
    created_at: status.createdAt,
    edited_at: null,
    in_reply_to_id: status.inReplyToId,
    in_reply_to_account_id: inReplyToAccountId,
    sensitive: false,
    spoiler_text: '',
    visibility: status.visibility,
    language: status.language,
    replies_count: status.counts.replies,
    reblogs_count: status.counts.reblogs,
    favourites_count: status.counts.favourites,
    quotes_count: status.counts.quotes,
    content: `<p>${escapeHtml(status.text).replace(/\n/g, '<br />')}</p>`,
    reblog: null,
    // Mastodon shows the posting app to the status's owner only; the fake serves its owner.
    application: { name: status.applicationName, website: null },
    account: accountJson(base, account),
    media_attachments: media.map((item) => mediaJson(base, item)),
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
  };
}

/** Mastodon's rule: each link counts 23 characters, `@user@domain` counts as `@user`. */
export function mastodonLength(text: string, charactersPerUrl: number): number {
  const countable = text
    .replace(/https?:\/\/\S+/g, 'x'.repeat(charactersPerUrl))
    .replace(/(^|[^\w/])@(\w+)@[\w.-]+\w/g, '$1@$2');
  return [...countable].length;
}
