import { createAuthClient } from 'better-auth/react';
import { currentLanguage } from './i18n/index.js';

/** better-auth's client: sign-up, sign-in, sign-out and the session, all under /api/auth. */
export const authClient = createAuthClient({
  basePath: '/api/auth',
  fetchOptions: {
    onRequest(context) {
      context.headers.set('Accept-Language', currentLanguage());
      return context;
    },
  },
});
