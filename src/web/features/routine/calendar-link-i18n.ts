/** The calendar link's subscription buttons and warnings (routine page, ICS panel). */
export const calendarLinkFr = {
  show: 'Afficher le lien',
  hide: 'Masquer le lien',
  notKept:
    'Ce lien a été créé avant que Cadence puisse l’afficher à nouveau. Il fonctionne toujours ; pour le revoir, régénérez-le (les agendas abonnés devront l’être au nouveau lien).',
  regenerateWarning:
    'Régénérer coupe l’ancien lien : les agendas qui y sont abonnés devront s’abonner au nouveau.',
  addTo: 'Ajouter à…',
  google: 'Google Agenda',
  outlookCom: 'Outlook.com',
  microsoft365: 'Outlook (Microsoft 365)',
  webcal: 'App Calendrier (Apple, Thunderbird…)',
  localTitle: 'Adresse locale : les agendas en ligne ne pourront pas lire ce lien',
  localBody:
    'Cadence se présente à l’adresse {{host}}, que seuls cet ordinateur ou votre réseau local peuvent joindre. Google Agenda et Outlook lisent les agendas depuis leurs propres serveurs : ils ne trouveront rien. Réglez CADENCE_BASE_URL sur l’adresse publique de votre Cadence (https://…), puis régénérez le lien. Une application d’agenda sur ce réseau fonctionne déjà.',
};

export const calendarLinkEn: typeof calendarLinkFr = {
  show: 'Show the link',
  hide: 'Hide the link',
  notKept:
    'This link was made before Cadence could show links again. It still works; to see it, regenerate it (subscribed calendars will need the new link).',
  regenerateWarning:
    'Regenerating cuts the old link: calendars subscribed to it will need to subscribe to the new one.',
  addTo: 'Add to…',
  google: 'Google Calendar',
  outlookCom: 'Outlook.com',
  microsoft365: 'Outlook (Microsoft 365)',
  webcal: 'Calendar app (Apple, Thunderbird…)',
  localTitle: 'Local address: online calendars will not be able to read this link',
  localBody:
    'Cadence presents itself at {{host}}, which only this computer or your local network can reach. Google Calendar and Outlook read calendars from their own servers: they will find nothing. Set CADENCE_BASE_URL to the public address of your Cadence (https://…), then regenerate the link. A calendar app on this network already works.',
};
