import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

export const mastodonScopes = 'write:statuses write:media read:statuses read:accounts';

/** PKCE (RFC 7636) with S256: the verifier stays with Cadence, only its hash goes to the browser. */
export function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** What the person typed ("mastodon.social", "https://piaille.fr/") as the instance's origin. */
export function normaliseInstanceUrl(input: string): string {
  const trimmed = input.trim();
  const withScheme = /^https?:\/\//i.test(trimmed)
    ? trimmed
    : `https://${trimmed.replace(/^@?[^@\s]*@/, '')}`;
  return new URL(withScheme).origin;
}

export function authorizationUrl(input: {
  instanceUrl: string;
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
}): string {
  const url = new URL('/oauth/authorize', input.instanceUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: input.clientId,
    redirect_uri: input.redirectUri,
    scope: mastodonScopes,
    state: input.state,
    code_challenge: input.codeChallenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

/** Kept sealed between the redirect to the instance and the person's return. */
export const pendingAuthorizationSchema = z.object({
  instanceUrl: z.string(),
  clientId: z.string(),
  clientSecret: z.string(),
  codeVerifier: z.string(),
  state: z.string(),
});
export type PendingAuthorization = z.infer<typeof pendingAuthorizationSchema>;

/** One app registration per instance (and redirect URI), kept by Cadence and reused. */
export type MastodonApp = {
  instanceUrl: string;
  redirectUri: string;
  clientId: string;
  clientSecret: string;
};
export type MastodonAppStore = {
  find: (instanceUrl: string, redirectUri: string) => Promise<MastodonApp | null>;
  save: (app: MastodonApp) => Promise<void>;
};

/** For tests and single-run tools; the server keeps registrations in its database. */
export function createMemoryAppStore(): MastodonAppStore {
  const apps = new Map<string, MastodonApp>();
  return {
    find: async (instanceUrl, redirectUri) => apps.get(`${instanceUrl} ${redirectUri}`) ?? null,
    save: async (app) => {
      apps.set(`${app.instanceUrl} ${app.redirectUri}`, app);
    },
  };
}
