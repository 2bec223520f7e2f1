import type { ServerLocale } from './problem-messages.js';

type Message = { title: string; detail: string };

/** Problems of personal API tokens and the outcomes API, in the two languages of the API. */
export const apiTokenProblemMessages: Record<string, Record<ServerLocale, Message>> = {
  api_token_required: {
    en: {
      title: 'API token required',
      detail:
        'Send a personal API token in the header "Authorization: Bearer cad_…". Sessions do not open this API.',
    },
    fr: {
      title: 'Jeton d’API requis',
      detail:
        'Envoyez un jeton d’API personnel dans l’en-tête « Authorization: Bearer cad_… ». Une session ne donne pas accès à cette API.',
    },
  },
  api_token_invalid: {
    en: {
      title: 'Unknown API token',
      detail: 'This API token does not exist. Check that it was copied whole.',
    },
    fr: {
      title: 'Jeton d’API inconnu',
      detail: 'Ce jeton d’API n’existe pas. Vérifiez qu’il a été copié en entier.',
    },
  },
  api_token_revoked: {
    en: {
      title: 'API token revoked',
      detail: 'This API token was revoked. Create a new one in your account settings.',
    },
    fr: {
      title: 'Jeton d’API révoqué',
      detail: 'Ce jeton d’API a été révoqué. Créez-en un nouveau dans les réglages de votre compte.',
    },
  },
  api_rate_limited: {
    en: {
      title: 'Too many requests',
      detail: 'This token sent more than {limit} requests in a minute. Try again in {seconds} s.',
    },
    fr: {
      title: 'Trop de requêtes',
      detail: 'Ce jeton a envoyé plus de {limit} requêtes en une minute. Réessayez dans {seconds} s.',
    },
  },
  api_token_workspace_unknown: {
    en: {
      title: 'Unknown workspace',
      detail: 'A token can only reach workspaces you are a member of.',
    },
    fr: {
      title: 'Espace inconnu',
      detail: 'Un jeton ne peut ouvrir que des espaces dont vous êtes membre.',
    },
  },
  currency_mismatch: {
    en: {
      title: 'Another currency',
      detail: 'This workspace counts in {expected}, not {currency}: send the amount in {expected}.',
    },
    fr: {
      title: 'Autre devise',
      detail: 'Cet espace compte en {expected}, pas en {currency} : envoyez le montant en {expected}.',
    },
  },
};
