import { createHash, randomBytes } from 'node:crypto';
import { accountJson, type FakeAccount } from './fake-mastodon-entities.js';
import type { FakeState, Route } from './fake-mastodon-state.js';

/** App registration, OAuth (authorization code + PKCE S256), instance configuration, who am I. */
export function authRoutes(state: FakeState): Route[] {
  const {
    apps,
    codes,
    tokens,
    accounts,
    defaultAccount,
    now,
    newId,
    error,
    requireScope,
    maxCharacters,
    maxMedia,
    imageSizeLimit,
  } = state;
  return [
    [
      'POST',
      /^\/api\/v1\/apps$/,
      (context) => {
        const redirectUris = String(context.body.redirect_uris ?? '')
          .split(/\s+/)
          .filter(Boolean);
        if (!context.body.client_name || redirectUris.length === 0)
          return error(
            context,
            422,
            "Validation failed: Application name can't be blank, Redirect URI can't be blank",
          );
        const clientId = randomBytes(20).toString('base64url');
        const app = {
          secret: randomBytes(20).toString('base64url'),
          redirectUris,
          name: String(context.body.client_name),
          scopes: String(context.body.scopes ?? 'read').split(/\s+/),
        };
        apps.set(clientId, app);
        context.answer(200, {
          id: newId(),
          name: app.name,
          website: context.body.website ?? null,
          scopes: app.scopes,
          redirect_uri: redirectUris.join('\n'),
          redirect_uris: redirectUris,
          client_id: clientId,
          client_secret: app.secret,
          vapid_key: '',
        });
      },
    ],
    [
      'GET',
      /^\/oauth\/authorize$/,
      (context) => {
        // The person signs in and approves; the fake approves at once as its default account.
        const query = context.url.searchParams;
        const app = apps.get(query.get('client_id') ?? '');
        const redirectUri = query.get('redirect_uri') ?? '';
        if (!app?.redirectUris.includes(redirectUri) || query.get('response_type') !== 'code')
          return error(context, 400, 'invalid_request');
        const method = query.get('code_challenge_method');
        if (query.get('code_challenge') && method !== 'S256') return error(context, 400, 'invalid_request');
        const scopes = (query.get('scope') ?? 'read').split(/\s+/);
        if (!scopes.every((scope) => app.scopes.includes(scope))) return error(context, 400, 'invalid_scope');
        const code = randomBytes(24).toString('base64url');
        codes.set(code, {
          clientId: query.get('client_id') ?? '',
          redirectUri,
          challenge: query.get('code_challenge'),
          scopes,
          accountId: defaultAccount.id,
        });
        const target = new URL(redirectUri);
        target.searchParams.set('code', code);
        if (query.get('state')) target.searchParams.set('state', query.get('state') ?? '');
        context.answer(302, '', { location: target.href });
      },
    ],
    [
      'POST',
      /^\/oauth\/token$/,
      (context) => {
        const body = context.body;
        const app = apps.get(String(body.client_id ?? ''));
        if (!app || app.secret !== body.client_secret)
          return context.answer(401, {
            error: 'invalid_client',
            error_description: 'Client authentication failed',
          });
        const grant = codes.get(String(body.code ?? ''));
        codes.delete(String(body.code ?? ''));
        const verifier = String(body.code_verifier ?? '');
        const proven =
          grant?.challenge === null ||
          createHash('sha256').update(verifier).digest('base64url') === grant?.challenge;
        if (
          body.grant_type !== 'authorization_code' ||
          !grant ||
          grant.clientId !== body.client_id ||
          grant.redirectUri !== body.redirect_uri ||
          !proven
        )
          return context.answer(400, {
            error: 'invalid_grant',
            error_description:
              'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
          });
        const token = randomBytes(32).toString('base64url');
        tokens.set(token, { accountId: grant.accountId, scopes: grant.scopes, clientId: grant.clientId });
        context.answer(200, {
          access_token: token,
          token_type: 'Bearer',
          scope: grant.scopes.join(' '),
          created_at: Math.floor(now() / 1000),
        });
      },
    ],
    [
      'POST',
      /^\/oauth\/revoke$/,
      (context) => {
        tokens.delete(String(context.body.token ?? ''));
        context.answer(200, {});
      },
    ],
    [
      'GET',
      /^\/api\/v2\/instance$/,
      (context) => {
        context.answer(200, {
          domain: new URL(state.base()).host,
          title: 'Fake Mastodon',
          version: '4.3.0',
          source_url: 'https://github.com/mastodon/mastodon',
          description: '',
          usage: { users: { active_month: accounts.size } },
          thumbnail: { url: `${state.base()}/thumbnail.png` },
          languages: ['fr', 'en'],
          configuration: {
            urls: { streaming: state.base().replace(/^http/, 'ws') },
            accounts: { max_featured_tags: 10 },
            statuses: {
              max_characters: maxCharacters,
              max_media_attachments: maxMedia,
              characters_reserved_per_url: 23,
            },
            media_attachments: {
              supported_mime_types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4'],
              image_size_limit: imageSizeLimit,
              image_matrix_limit: 33_177_600,
              video_size_limit: 103_809_024,
              video_frame_rate_limit: 120,
              video_matrix_limit: 8_294_400,
              description_limit: 1500,
            },
            polls: {
              max_options: 4,
              max_characters_per_option: 50,
              min_expiration: 300,
              max_expiration: 2_629_746,
            },
            translation: { enabled: false },
          },
          registrations: { enabled: false, approval_required: false, message: null },
          contact: { email: '', account: null },
          rules: [],
        });
      },
    ],
    [
      'GET',
      /^\/api\/v1\/accounts\/verify_credentials$/,
      (context) => {
        if (!requireScope(context, 'read:accounts')) return;
        const account = accounts.get(context.token.accountId) as FakeAccount;
        context.answer(200, {
          ...accountJson(state.base(), account),
          source: { privacy: 'public', sensitive: false, language: null, note: '', fields: [] },
        });
      },
    ],
  ];
}
