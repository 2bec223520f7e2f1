import { i18n } from '../../app/i18n/index.js';

/** The error shape better-auth's client returns (`{ error }` instead of throwing). */
export type AuthClientError = { status: number; code?: string | undefined; message?: string | undefined };

export type AuthFailure = { field?: 'email' | 'password'; title: string; message: string };

/** Turns better-auth's codes into messages in the interface language. */
export function describeAuthError(error: AuthClientError): AuthFailure {
  if (error.status === 429)
    return { title: i18n.t('auth.rateLimitedTitle'), message: i18n.t('auth.rateLimited') };
  switch (error.code) {
    case 'INVALID_EMAIL_OR_PASSWORD':
    case 'INVALID_PASSWORD':
    case 'USER_NOT_FOUND':
    case 'CREDENTIAL_ACCOUNT_NOT_FOUND':
      return { title: i18n.t('auth.failedTitle'), message: i18n.t('auth.invalidCredentials') };
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return { field: 'email', title: i18n.t('auth.failedTitle'), message: i18n.t('auth.userExists') };
    case 'PASSWORD_TOO_COMMON':
      return {
        field: 'password',
        title: i18n.t('auth.failedTitle'),
        message: i18n.t('account.passwordTooCommon'),
      };
    case 'PASSWORD_IS_EMAIL':
      return {
        field: 'password',
        title: i18n.t('auth.failedTitle'),
        message: i18n.t('account.passwordIsEmail'),
      };
    case 'INVALID_TOKEN':
      return { title: i18n.t('account.resetLinkInvalidTitle'), message: i18n.t('account.resetLinkInvalid') };
    case 'WORKSPACE_NEEDS_OWNER':
      return { title: i18n.t('account.deleteBlockedTitle'), message: i18n.t('account.deleteBlocked') };
    case 'PASSWORD_TOO_SHORT':
      return {
        field: 'password',
        title: i18n.t('auth.failedTitle'),
        message: i18n.t('auth.passwordTooShort'),
      };
    case 'INVALID_EMAIL':
      return { field: 'email', title: i18n.t('auth.failedTitle'), message: i18n.t('validation.email') };
    default:
      return { title: i18n.t('auth.failedTitle'), message: i18n.t('auth.failed') };
  }
}
