/** Strings of the Connections page (merged under `connections.` in fr.ts / en.ts). */
export const connectionsFr = {
  title: 'Comptes connectés',
  subtitle:
    'Les comptes sur lesquels Cadence publie pour cet espace. Plusieurs comptes par réseau sont possibles.',
  readOnly:
    'Vous voyez les comptes et leur état. Seuls les propriétaires et gestionnaires de l’espace peuvent connecter, tester ou déconnecter un compte.',
  empty: 'Aucun compte connecté. Connectez Mastodon, Bluesky ou un webhook pour publier sans copier-coller.',
  networks: { mastodon: 'Mastodon', bluesky: 'Bluesky', webhook: 'Webhook' },
  health: {
    unchecked: 'Pas encore vérifié',
    healthy: 'Fonctionne',
    failing: 'En échec',
    revoked: 'Accès révoqué',
  },
  checkedAt: 'Vérifié le {{at}}',
  neverChecked: 'Jamais vérifié',
  limitsLine: '{{max}} caractères par publication, {{images}} images',
  test: 'Tester',
  testAccount: 'Tester {{name}}',
  tested: '{{name}} fonctionne',
  disconnect: 'Déconnecter',
  disconnectAccount: 'Déconnecter {{name}}',
  disconnected: '{{name}} est déconnecté',
  disconnectTitle: 'Déconnecter {{name}} ?',
  disconnectBody:
    'Cadence oubliera ses accès (jetons, mots de passe, secrets). Les publications déjà faites gardent le nom du compte. Les publications programmées vers ce compte ne partiront plus.',
  connectTitle: 'Connecter un compte',
  mastodon: {
    title: 'Mastodon',
    help: 'Saisissez l’adresse de votre instance : vous y autoriserez Cadence, puis reviendrez ici.',
    instance: 'Instance',
    instancePlaceholder: 'mastodon.social',
    submit: 'Continuer sur mon instance',
  },
  bluesky: {
    title: 'Bluesky',
    help: 'Utilisez un mot de passe d’application (Réglages → Confidentialité et sécurité → Mots de passe d’application), jamais votre mot de passe principal.',
    handle: 'Identifiant',
    handlePlaceholder: 'atelier.bsky.social',
    appPassword: 'Mot de passe d’application',
    appPasswordPlaceholder: 'xxxx-xxxx-xxxx-xxxx',
    submit: 'Connecter Bluesky',
  },
  webhook: {
    title: 'Webhook (Zapier, Make, n8n…)',
    help: 'Cadence enverra chaque publication en JSON à cette adresse, signée en HMAC-SHA256 (en-têtes webhook-id, webhook-timestamp, webhook-signature). Un test signé est envoyé à la connexion.',
    url: 'Adresse du webhook',
    urlPlaceholder: 'https://hooks.exemple.fr/cadence',
    secret: 'Secret de signature',
    secretHelp:
      'Format : whsec_ suivi d’une clé en base64 (24 octets ou plus), ou tout texte d’au moins 24 caractères. Copiez-le dans votre outil avant de connecter : Cadence ne le montrera plus.',
    generate: 'Générer un secret',
    submit: 'Connecter le webhook',
  },
  connected: '{{name}} est connecté',
  callbackFailedTitle: 'La connexion n’a pas abouti',
  callbackReasons: {
    expired: 'La demande a expiré ou a été ouverte dans un autre navigateur. Recommencez depuis cette page.',
    denied: 'L’autorisation a été refusée sur l’instance.',
    forbidden: 'Votre rôle dans cet espace ne permet pas de connecter un compte.',
  },
  warningTitle: 'Un compte ne fonctionne plus',
  warning_one:
    '{{name}} ({{network}}) : {{status}}. {{count}} publication programmée, la prochaine le {{at}}. Reconnectez le compte avant.',
  warning_other:
    '{{name}} ({{network}}) : {{status}}. {{count}} publications programmées, la prochaine le {{at}}. Reconnectez le compte avant.',
  manage: 'Gérer les comptes connectés',
};

export const connectionsEn: typeof connectionsFr = {
  title: 'Connected accounts',
  subtitle: 'The accounts Cadence publishes to for this workspace. Several accounts per network are allowed.',
  readOnly:
    'You see the accounts and how they are doing. Only the workspace’s owners and managers can connect, test or disconnect an account.',
  empty: 'No account connected. Connect Mastodon, Bluesky or a webhook to publish without copy and paste.',
  networks: { mastodon: 'Mastodon', bluesky: 'Bluesky', webhook: 'Webhook' },
  health: {
    unchecked: 'Not checked yet',
    healthy: 'Working',
    failing: 'Failing',
    revoked: 'Access revoked',
  },
  checkedAt: 'Checked on {{at}}',
  neverChecked: 'Never checked',
  limitsLine: '{{max}} characters per post, {{images}} images',
  test: 'Test',
  testAccount: 'Test {{name}}',
  tested: '{{name}} works',
  disconnect: 'Disconnect',
  disconnectAccount: 'Disconnect {{name}}',
  disconnected: '{{name}} is disconnected',
  disconnectTitle: 'Disconnect {{name}}?',
  disconnectBody:
    'Cadence will forget its access (tokens, passwords, secrets). Posts already published keep the account’s name. Posts scheduled to this account will no longer go out.',
  connectTitle: 'Connect an account',
  mastodon: {
    title: 'Mastodon',
    help: 'Type your instance’s address: you will authorise Cadence there, then come back here.',
    instance: 'Instance',
    instancePlaceholder: 'mastodon.social',
    submit: 'Continue on my instance',
  },
  bluesky: {
    title: 'Bluesky',
    help: 'Use an app password (Settings → Privacy and security → App passwords), never your main password.',
    handle: 'Handle',
    handlePlaceholder: 'atelier.bsky.social',
    appPassword: 'App password',
    appPasswordPlaceholder: 'xxxx-xxxx-xxxx-xxxx',
    submit: 'Connect Bluesky',
  },
  webhook: {
    title: 'Webhook (Zapier, Make, n8n…)',
    help: 'Cadence will send each post as JSON to this address, signed with HMAC-SHA256 (headers webhook-id, webhook-timestamp, webhook-signature). A signed test is sent when connecting.',
    url: 'Webhook address',
    urlPlaceholder: 'https://hooks.example.com/cadence',
    secret: 'Signing secret',
    secretHelp:
      'Format: whsec_ followed by a base64 key (24 bytes or more), or any text of at least 24 characters. Copy it into your tool before connecting: Cadence will not show it again.',
    generate: 'Generate a secret',
    submit: 'Connect the webhook',
  },
  connected: '{{name}} is connected',
  callbackFailedTitle: 'The connection did not go through',
  callbackReasons: {
    expired: 'The request expired or was opened in another browser. Start again from this page.',
    denied: 'Authorisation was refused on the instance.',
    forbidden: 'Your role in this workspace does not allow connecting an account.',
  },
  warningTitle: 'An account no longer works',
  warning_one:
    '{{name}} ({{network}}): {{status}}. {{count}} post scheduled, the next on {{at}}. Reconnect the account before then.',
  warning_other:
    '{{name}} ({{network}}): {{status}}. {{count}} posts scheduled, the next on {{at}}. Reconnect the account before then.',
  manage: 'Manage connected accounts',
};
