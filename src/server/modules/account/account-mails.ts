import type { MailMessage } from '../../platform/mail.js';

export type MailLocale = 'fr' | 'en';

/** The interface language the browser asked in (the web app sends it as Accept-Language). */
export function mailLocaleOf(request: Request | undefined): MailLocale {
  const header = request?.headers.get('accept-language') ?? '';
  return header.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function passwordResetMail(locale: MailLocale, to: string, url: string): MailMessage {
  if (locale === 'en')
    return {
      to,
      subject: 'Reset your Cadence password',
      text: `Someone (you, we hope) asked to reset the password of your Cadence account.\n\nChoose a new password here, within the hour:\n${url}\n\nThe link works once. If you did not ask, ignore this mail: your password stays the same.`,
    };
  return {
    to,
    subject: 'Réinitialiser votre mot de passe Cadence',
    text: `Quelqu’un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte Cadence.\n\nChoisissez un nouveau mot de passe ici, dans l’heure\u00a0:\n${url}\n\nLe lien ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message\u00a0: votre mot de passe ne change pas.`,
  };
}

export function existingAccountSignUpMail(locale: MailLocale, to: string, baseUrl: string): MailMessage {
  const signIn = `${baseUrl}/sign-in`;
  const forgot = `${baseUrl}/forgot-password`;
  if (locale === 'en')
    return {
      to,
      subject: 'Your address already has a Cadence account',
      text: `Someone tried to create a Cadence account with this address, which already has one. No new account was created.\n\nIf it was you, sign in: ${signIn}\nForgot your password? ${forgot}\n\nIf it was not you, nothing changes: you can ignore this mail.`,
    };
  return {
    to,
    subject: 'Votre adresse a déjà un compte Cadence',
    text: `Quelqu’un a voulu créer un compte Cadence avec cette adresse, qui en a déjà un. Aucun nouveau compte n’a été créé.\n\nSi c’était vous, connectez-vous\u00a0: ${signIn}\nMot de passe oublié\u202f? ${forgot}\n\nSi ce n’était pas vous, rien ne change\u00a0: vous pouvez ignorer ce message.`,
  };
}
