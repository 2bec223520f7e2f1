type Message = { title: string; detail: string };

/**
 * The problems of connecting network accounts, merged into problem-messages.ts. `{reason}` is
 * the network's own words (often English): Cadence cannot translate what a server answered.
 */
export const connectionProblemMessages: Record<string, Record<'fr' | 'en', Message>> = {
  connection_refused: {
    en: { title: 'Connection refused', detail: 'The account could not be connected: {reason}' },
    fr: { title: 'Connexion refusée', detail: 'Le compte n’a pas pu être connecté : {reason}' },
  },
  connection_check_failed: {
    en: {
      title: 'The account does not answer',
      detail: 'The test failed: {reason}. Reconnect the account if this persists.',
    },
    fr: {
      title: 'Le compte ne répond pas',
      detail: 'Le test a échoué : {reason}. Reconnectez le compte si cela persiste.',
    },
  },
};

/** French for the rules the connections contracts word themselves. */
export const connectionIssuesInFrench: Record<string, string> = {
  'A secret is whsec_ followed by base64 (24 bytes or more), or any text of 24 characters or more':
    'Un secret s’écrit whsec_ suivi de base64 (24 octets ou plus), ou tout texte de 24 caractères ou plus.',
};
