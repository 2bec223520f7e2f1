import { apiTokenProblemMessages } from './api-token-problem-messages.js';
import { connectionIssuesInFrench, connectionProblemMessages } from './connection-problem-messages.js';
import { mediaProblemMessages } from './media-problem-messages.js';

export type ServerLocale = 'fr' | 'en';

/** French when the caller prefers it, English otherwise (the API's second language). */
export function pickLocale(acceptLanguage: string | string[] | undefined): ServerLocale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const quality = rest.find((item) => item.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: quality ? Number.parseFloat(quality.split('=')[1] ?? '0') : 1 };
    })
    .filter((item) => item.tag.length > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('fr')) return 'fr';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

type Message = { title: string; detail: string };

const messages: Record<string, Record<ServerLocale, Message>> = {
  ...connectionProblemMessages,
  ...mediaProblemMessages,
  ...apiTokenProblemMessages,
  not_found: {
    en: { title: 'Not found', detail: 'This item does not exist or you do not have access to it.' },
    fr: { title: 'Introuvable', detail: "Cet élément n'existe pas ou vous n'y avez pas accès." },
  },
  forbidden: {
    en: { title: 'Not allowed', detail: 'Your role in this workspace does not allow this action.' },
    fr: { title: 'Action non autorisée', detail: 'Votre rôle dans cet espace ne permet pas cette action.' },
  },
  unauthorized: {
    en: { title: 'Sign-in required', detail: 'Sign in to continue.' },
    fr: { title: 'Connexion requise', detail: 'Connectez-vous pour continuer.' },
  },
  validation_failed: {
    en: { title: 'Some fields are invalid', detail: 'Check the highlighted fields and try again.' },
    fr: { title: 'Certains champs sont invalides', detail: 'Vérifiez les champs signalés puis réessayez.' },
  },
  bad_request: {
    en: { title: 'Unreadable request', detail: 'The request could not be read: {reason}' },
    fr: { title: 'Requête illisible', detail: "La requête n'a pas pu être lue : {reason}" },
  },
  payload_too_large: {
    en: { title: 'Too large', detail: 'The request is larger than allowed.' },
    fr: { title: 'Trop volumineux', detail: 'La requête dépasse la taille autorisée.' },
  },
  unsupported_media_type: {
    en: { title: 'Unsupported format', detail: 'Send JSON (application/json).' },
    fr: { title: 'Format non pris en charge', detail: 'Envoyez du JSON (application/json).' },
  },
  nul_character: {
    en: {
      title: 'Invalid character',
      detail:
        'The field “{field}” contains the NUL character (U+0000), which cannot be stored. Remove it and try again.',
    },
    fr: {
      title: 'Caractère invalide',
      detail:
        'Le champ « {field} » contient le caractère NUL (U+0000), qui ne peut pas être enregistré. Retirez-le puis réessayez.',
    },
  },
  body_too_deep: {
    en: { title: 'Unreadable request', detail: 'The request nests its data too deeply.' },
    fr: { title: 'Requête illisible', detail: 'La requête imbrique ses données trop profondément.' },
  },
  bad_url: {
    en: { title: 'Unreadable address', detail: 'The address of the request could not be read.' },
    fr: { title: 'Adresse illisible', detail: "L'adresse de la requête n'a pas pu être lue." },
  },
  uri_too_long: {
    en: { title: 'Address too long', detail: 'The address of the request is longer than allowed.' },
    fr: { title: 'Adresse trop longue', detail: "L'adresse de la requête dépasse la longueur autorisée." },
  },
  cross_site_request: {
    en: {
      title: 'Request from another site',
      detail: 'This change was sent from another site and was refused. Open Cadence itself and try again.',
    },
    fr: {
      title: "Requête venue d'un autre site",
      detail:
        "Cette modification venait d'un autre site et a été refusée. Ouvrez Cadence directement puis réessayez.",
    },
  },
  rate_limited: {
    en: { title: 'Too many attempts', detail: 'Too many attempts. Wait a minute and try again.' },
    fr: { title: 'Trop de tentatives', detail: 'Trop de tentatives. Patientez une minute puis réessayez.' },
  },
  internal: {
    en: {
      title: 'Something went wrong',
      detail: 'An unexpected error happened on the server. Nothing was changed; try again.',
    },
    fr: {
      title: 'Une erreur est survenue',
      detail: "Une erreur inattendue s'est produite sur le serveur. Rien n'a été modifié ; réessayez.",
    },
  },
  categories_changed: {
    en: {
      title: 'The categories changed meanwhile',
      detail: 'A category was added or removed since this page was loaded. Reload it, then order them again.',
    },
    fr: {
      title: 'Les catégories ont changé entre-temps',
      detail:
        "Une catégorie a été ajoutée ou supprimée depuis l'ouverture de cette page. Rechargez-la, puis classez-les à nouveau.",
    },
  },
  last_owner: {
    en: {
      title: 'An owner is required',
      detail: 'A workspace must keep at least one owner. Make someone else owner first.',
    },
    fr: {
      title: 'Un propriétaire est requis',
      detail: "Un espace doit garder au moins un propriétaire. Nommez d'abord un autre propriétaire.",
    },
  },
  archive_invalid: {
    en: {
      title: 'Not a workspace archive',
      detail:
        'This file is not a Cadence workspace archive (the .json.gz file that "Export the workspace" downloads).',
    },
    fr: {
      title: 'Ce n’est pas une archive d’espace',
      detail:
        'Ce fichier n’est pas une archive d’espace Cadence (le fichier .json.gz que télécharge « Exporter l’espace »).',
    },
  },
  archive_images_too_large: {
    en: {
      title: 'Too many images for one archive',
      detail:
        'This workspace’s images weigh {megabytes} MB; a workspace archive holds at most {limit} MB of them. Remove the images you no longer need, or move the whole instance with a backup.',
    },
    fr: {
      title: 'Trop d’images pour une archive',
      detail:
        'Les images de cet espace pèsent {megabytes} Mo ; une archive d’espace en contient au plus {limit} Mo. Supprimez celles qui ne servent plus, ou déplacez toute l’instance avec une sauvegarde.',
    },
  },
  archive_from_newer_cadence: {
    en: {
      title: 'Archive from a newer Cadence',
      detail:
        'This archive was made by a newer version of Cadence: update this instance, then import it again.',
    },
    fr: {
      title: 'Archive d’un Cadence plus récent',
      detail:
        'Cette archive vient d’une version plus récente de Cadence : mettez cette instance à jour, puis importez-la de nouveau.',
    },
  },
  archive_unknown_table: {
    en: {
      title: 'Archive this Cadence cannot read',
      detail:
        'This archive holds data this version of Cadence does not know: update this instance, then import it again.',
    },
    fr: {
      title: 'Archive illisible par ce Cadence',
      detail:
        'Cette archive contient des données que cette version de Cadence ne connaît pas : mettez-la à jour, puis réessayez.',
    },
  },
  backups_use_pg_dump: {
    en: {
      title: 'Back up PostgreSQL with pg_dump',
      detail: 'This instance runs on PostgreSQL: back it up with pg_dump (see the README), not from Cadence.',
    },
    fr: {
      title: 'Sauvegardez PostgreSQL avec pg_dump',
      detail:
        'Cette instance utilise PostgreSQL : sauvegardez-la avec pg_dump (voir le README), pas depuis Cadence.',
    },
  },
  last_instance_administrator: {
    en: {
      title: 'An administrator is required',
      detail: 'This instance must keep at least one administrator. Make someone else administrator first.',
    },
    fr: {
      title: 'Un administrateur est requis',
      detail: 'Cette instance doit garder au moins un administrateur. Nommez-en d’abord un autre.',
    },
  },
  unknown_account: {
    en: { title: 'No such account', detail: 'No account uses {email}. The person must sign up first.' },
    fr: {
      title: 'Compte inconnu',
      detail: 'Aucun compte n’utilise {email}. La personne doit d’abord s’inscrire.',
    },
  },
  already_member: {
    en: { title: 'Already a member', detail: '{email} is already a member of this workspace.' },
    fr: { title: 'Déjà membre', detail: '{email} est déjà membre de cet espace.' },
  },
  invitation_invalid: {
    en: {
      title: 'Invitation unavailable',
      detail: 'This invitation link is invalid, was revoked or has already been used.',
    },
    fr: {
      title: 'Invitation indisponible',
      detail: "Ce lien d'invitation est invalide, a été révoqué ou a déjà servi.",
    },
  },
  invitation_expired: {
    en: { title: 'Invitation expired', detail: 'This invitation has expired. Ask for a new one.' },
    fr: { title: 'Invitation expirée', detail: 'Cette invitation a expiré. Demandez-en une nouvelle.' },
  },
  invitation_email_mismatch: {
    en: {
      title: 'Another address was invited',
      detail: 'This invitation was sent to {email}. Sign in with that address to accept it.',
    },
    fr: {
      title: 'Une autre adresse a été invitée',
      detail: "Cette invitation a été envoyée à {email}. Connectez-vous avec cette adresse pour l'accepter.",
    },
  },
  cannot_grant_owner: {
    en: { title: 'Not allowed', detail: 'Only an owner can make someone owner or change an owner.' },
    fr: {
      title: 'Action non autorisée',
      detail: 'Seul un propriétaire peut nommer ou modifier un propriétaire.',
    },
  },
  performer_unknown: {
    en: { title: 'Unknown person', detail: 'Choose a member of this workspace or one of its work options.' },
    fr: { title: 'Personne inconnue', detail: "Choisissez un membre de cet espace ou l'une de ses options." },
  },
  objective_unknown: {
    en: {
      title: 'Unknown objective',
      detail: 'This KPI refers to an objective that does not exist in this workspace.',
    },
    fr: {
      title: 'Objectif inconnu',
      detail: "Cet indicateur renvoie à un objectif qui n'existe pas dans cet espace.",
    },
  },
  kpi_dates: {
    en: { title: 'Dates out of order', detail: 'The start date must come before the due date.' },
    fr: { title: 'Dates incohérentes', detail: "La date de début doit précéder l'échéance." },
  },
  kpi_label: {
    en: { title: 'Name required', detail: 'A custom KPI needs a name.' },
    fr: { title: 'Nom requis', detail: 'Un indicateur personnalisé doit avoir un nom.' },
  },
  routine_complex_overlap: {
    en: {
      title: 'One complex task at a time',
      detail:
        'This block overlaps “{category_en}” on {weekday_en} from {startTime} to {endTime}{more_en}. Two complex tasks cannot run at the same time: move one of them.',
    },
    fr: {
      title: 'Une seule tâche complexe à la fois',
      detail:
        'Ce créneau chevauche « {category_fr} » le {weekday_fr} de {startTime} à {endTime}{more_fr}. Deux tâches complexes ne peuvent pas avoir lieu en même temps : déplacez l’une des deux.',
    },
  },
  routine_category_unknown: {
    en: { title: 'Unknown category', detail: 'Choose a category of this workspace that is not archived.' },
    fr: {
      title: 'Catégorie inconnue',
      detail: 'Choisissez une catégorie de cet espace qui n’est pas archivée.',
    },
  },
  routine_member_unknown: {
    en: { title: 'Unknown member', detail: 'A block belongs to the workspace or to one of its members.' },
    fr: { title: 'Membre inconnu', detail: 'Un créneau appartient à l’espace ou à l’un de ses membres.' },
  },
  routine_dates: {
    en: { title: 'Dates out of order', detail: 'The end date must not come before the start date.' },
    fr: { title: 'Dates incohérentes', detail: 'La date de fin ne peut pas précéder la date de début.' },
  },
  routine_reference_category_missing: {
    en: {
      title: 'Category missing',
      detail:
        'The “{category_en}” category is archived or missing: restore it to generate the reference week.',
    },
    fr: {
      title: 'Catégorie manquante',
      detail:
        'La catégorie « {category_fr} » est archivée ou absente : restaurez-la pour générer la semaine de référence.',
    },
  },
  routine_not_an_occurrence: {
    en: { title: 'No occurrence that day', detail: 'This block has no occurrence on {date}.' },
    fr: { title: 'Pas de créneau ce jour-là', detail: 'Ce créneau n’a pas lieu le {date}.' },
  },
  rush_week_over: {
    en: {
      title: 'That week is over',
      detail: 'Rush mode can be turned on or off for this week or a coming one, not for a week already over.',
    },
    fr: {
      title: 'Semaine terminée',
      detail:
        'Le mode semaine chargée se règle pour cette semaine ou une semaine à venir, pas pour une semaine déjà passée.',
    },
  },
  routine_occurrence_cancelled: {
    en: {
      title: 'Occurrence cancelled',
      detail: 'This occurrence was cancelled. Restore it before marking it.',
    },
    fr: { title: 'Créneau annulé', detail: 'Ce créneau a été annulé. Rétablissez-le avant de le marquer.' },
  },
  routine_occurrence_in_future: {
    en: { title: 'Not yet', detail: 'An occurrence can be started, done or skipped from its own day on.' },
    fr: { title: 'Pas encore', detail: 'Un créneau peut être commencé, fait ou sauté à partir de son jour.' },
  },
  category_unknown: {
    en: { title: 'Unknown category', detail: 'Choose one of the task categories of this workspace.' },
    fr: { title: 'Catégorie inconnue', detail: "Choisissez l'une des catégories de tâches de cet espace." },
  },
  routine_block_unknown: {
    en: { title: 'Unknown routine block', detail: 'This routine block does not exist in this workspace.' },
    fr: { title: 'Créneau inconnu', detail: "Ce créneau de la routine n'existe pas dans cet espace." },
  },
  timer_too_long_elsewhere: {
    en: {
      title: 'Timer forgotten in another workspace',
      detail:
        'Your timer in “{workspaceName}” has run for more than {maxDays} days: open “{workspaceName}” and cut it back to when you really stopped, then start this one.',
    },
    fr: {
      title: 'Chrono oublié dans un autre espace',
      detail:
        'Votre chrono dans « {workspaceName} » tourne depuis plus de {maxDays} jours : ouvrez « {workspaceName} » et ramenez-le à l’heure où vous vous êtes vraiment arrêté, puis lancez celui-ci.',
    },
  },
  member_unknown: {
    en: { title: 'Unknown member', detail: 'This person is not a member of this workspace.' },
    fr: { title: 'Membre inconnu', detail: "Cette personne n'est pas membre de cet espace." },
  },
  timer_not_running: {
    en: { title: 'No timer running', detail: 'No timer of yours is running in this workspace.' },
    fr: { title: 'Aucun chrono en cours', detail: "Vous n'avez pas de chrono en cours dans cet espace." },
  },
  timer_too_long: {
    en: {
      title: 'Timer forgotten',
      detail: 'This timer has run for more than {maxDays} days: cut it back to when you really stopped.',
    },
    fr: {
      title: 'Chrono oublié',
      detail:
        'Ce chrono tourne depuis plus de {maxDays} jours : arrêtez-le à l’heure où vous avez vraiment fini.',
    },
  },
  effort_link_exists: {
    en: {
      title: 'Already linked',
      detail: 'This entry is already linked to this post. Unlink it first to give it other minutes.',
    },
    fr: {
      title: 'Déjà liée',
      detail:
        'Cette entrée est déjà liée à cette publication. Retirez le lien d’abord pour lui donner d’autres minutes.',
    },
  },
  effort_link_over_entry: {
    en: {
      title: 'More than the entry',
      detail:
        'This entry has {minutesLeft} min left to link (of {entryMinutes} min): the minutes linked to posts cannot exceed its duration.',
    },
    fr: {
      title: 'Plus que l’entrée',
      detail:
        'Il reste {minutesLeft}\u00a0min à lier sur cette entrée ({entryMinutes}\u00a0min en tout)\u00a0: les minutes liées aux publications ne peuvent pas dépasser sa durée.',
    },
  },
  entry_running: {
    en: { title: 'Timer running', detail: 'This entry is a running timer: stop it first.' },
    fr: { title: 'Chrono en cours', detail: "Cette saisie est un chrono en cours : arrêtez-le d'abord." },
  },
  entry_end_not_after_start: {
    en: { title: 'End before start', detail: 'The end must be after the start.' },
    fr: { title: 'Fin avant le début', detail: 'La fin doit être après le début.' },
  },
  entry_too_long: {
    en: { title: 'Too long', detail: 'An entry cannot last more than {maxHours} hours.' },
    fr: { title: 'Trop long', detail: 'Une saisie ne peut pas durer plus de {maxHours} heures.' },
  },
  entry_in_future: {
    en: { title: 'In the future', detail: 'Time cannot be tracked ahead: this ends in the future.' },
    fr: {
      title: 'Dans le futur',
      detail: "Le temps ne se saisit pas à l'avance : cette saisie finit dans le futur.",
    },
  },
  entry_end_after_now: {
    en: { title: 'In the future', detail: 'A timer can only be cut back to a time already past.' },
    fr: { title: 'Dans le futur', detail: "Un chrono ne peut être arrêté qu'à une heure déjà passée." },
  },
  entry_invalid_instant: {
    en: { title: 'Invalid time', detail: 'This date and time cannot be read.' },
    fr: { title: 'Heure invalide', detail: 'Cette date et heure est illisible.' },
  },
  entry_invalid_seconds: {
    en: { title: 'Invalid duration', detail: 'A duration is a whole, positive number of seconds.' },
    fr: { title: 'Durée invalide', detail: 'Une durée est un nombre entier et positif de secondes.' },
  },
  timesheet_below_timed_entries: {
    en: {
      title: 'Timed entries on this day',
      detail: 'This day already has {minimum} of timed entries for this category: edit them to go lower.',
    },
    fr: {
      title: 'Saisies horodatées ce jour-là',
      detail:
        'Ce jour compte déjà {minimum} de saisies horodatées pour cette catégorie : modifiez-les pour descendre plus bas.',
    },
  },
  timesheet_longer_than_day: {
    en: { title: 'Longer than the day', detail: 'This total is longer than the day itself.' },
    fr: { title: 'Plus long que la journée', detail: 'Ce total dépasse la durée de la journée.' },
  },
  import_empty_file: {
    en: { title: 'Empty file', detail: 'The file is empty.' },
    fr: { title: 'Fichier vide', detail: 'Le fichier est vide.' },
  },
  import_unknown_format: {
    en: {
      title: 'Unknown file',
      detail:
        'This is not a Toggl Track or Clockify detailed report (CSV). Export the "detailed" report and try again.',
    },
    fr: {
      title: 'Fichier non reconnu',
      detail:
        "Ce n'est pas un rapport détaillé Toggl Track ou Clockify (CSV). Exportez le rapport « détaillé » puis réessayez.",
    },
  },
  import_unmapped: {
    en: {
      title: 'Rows without a category',
      detail: '{count} rows have no category: map their project or tag, or choose a default category.',
    },
    fr: {
      title: 'Lignes sans catégorie',
      detail:
        '{count} lignes n’ont pas de catégorie : associez leur projet ou étiquette, ou choisissez une catégorie par défaut.',
    },
  },
  calendar_feed_url_not_kept: {
    en: {
      title: 'Link not kept',
      detail: 'This calendar link was made before links could be shown again: create a new one.',
    },
    fr: {
      title: 'Lien non conservé',
      detail: 'Ce lien de calendrier date d’avant l’affichage à la demande : créez-en un nouveau.',
    },
  },
  account_unknown: {
    en: {
      title: 'Unknown account',
      detail:
        'A chosen account is not one of this workspace’s connected accounts that publish on that network.',
    },
    fr: {
      title: 'Compte inconnu',
      detail: 'Un compte choisi n’est pas un compte connecté de cet espace qui publie sur ce réseau.',
    },
  },
  pillar_unknown: {
    en: { title: 'Unknown pillar', detail: 'This pillar is not in the editorial line of this workspace.' },
    fr: {
      title: 'Pilier inconnu',
      detail: 'Ce pilier ne fait pas partie de la ligne éditoriale de cet espace.',
    },
  },
  persona_unknown: {
    en: { title: 'Unknown persona', detail: 'This persona does not belong to this workspace.' },
    fr: { title: 'Persona inconnu', detail: 'Ce persona n’appartient pas à cet espace.' },
  },
  idea_unknown: {
    en: { title: 'Unknown idea', detail: 'This idea is not in the notebook of this workspace.' },
    fr: { title: 'Idée inconnue', detail: 'Cette idée ne figure pas dans le carnet de cet espace.' },
  },
  post_unknown: {
    en: { title: 'Unknown post', detail: 'This post does not belong to this workspace.' },
    fr: { title: 'Publication inconnue', detail: 'Cette publication n’appartient pas à cet espace.' },
  },
  post_not_published: {
    en: {
      title: 'Not published yet',
      detail: 'Figures can be recorded once this version is published on {network}.',
    },
    fr: {
      title: 'Pas encore publiée',
      detail: 'Les chiffres se saisissent une fois cette version publiée sur {network}.',
    },
  },
  results_import_empty_file: {
    en: { title: 'Empty file', detail: 'The file holds no line: nothing was imported.' },
    fr: { title: 'Fichier vide', detail: 'Le fichier ne contient aucune ligne : rien n’a été importé.' },
  },
  results_import_column_missing: {
    en: {
      title: 'Column not found',
      detail: 'The column "{column}" chosen for {field} is not in this file: choose another one.',
    },
    fr: {
      title: 'Colonne introuvable',
      detail:
        'La colonne « {column} » choisie pour {field} n’est pas dans ce fichier : choisissez-en une autre.',
    },
  },
  results_import_field_unmapped: {
    en: { title: 'Column to choose', detail: 'Choose the column that holds {field}.' },
    fr: { title: 'Colonne à choisir', detail: 'Choisissez la colonne qui contient {field}.' },
  },
  metrics_before_publication: {
    en: { title: 'Before the publication', detail: 'Figures cannot be dated before the post was published.' },
    fr: {
      title: 'Avant la publication',
      detail: 'Les chiffres ne peuvent pas être datés d’avant la publication.',
    },
  },
  network_not_in_strategy: {
    en: {
      title: 'Network not in the strategy',
      detail: '{network} is not one of the networks chosen in the strategy. Add it there first.',
    },
    fr: {
      title: 'Réseau absent de la stratégie',
      detail: '{network} ne fait pas partie des réseaux choisis dans la stratégie. Ajoutez-le d’abord.',
    },
  },
  post_too_long: {
    en: {
      title: 'Too long for {network}',
      detail:
        'The {network} version has {count} characters, over its limit of {limit}. Shorten it to schedule the post.',
    },
    fr: {
      title: 'Trop long pour {network}',
      detail:
        'La version {network} compte {count} caractères, au-delà de sa limite de {limit}. Raccourcissez-la pour programmer la publication.',
    },
  },
  post_without_network: {
    en: { title: 'No network', detail: 'Choose at least one network before scheduling this post.' },
    fr: {
      title: 'Aucun réseau',
      detail: 'Choisissez au moins un réseau avant de programmer cette publication.',
    },
  },
  post_empty: {
    en: {
      title: 'Nothing to post',
      detail: 'The {network} version is empty. Write its text before scheduling.',
    },
    fr: {
      title: 'Rien à publier',
      detail: 'La version {network} est vide. Écrivez son texte avant de programmer.',
    },
  },
  post_time_past: {
    en: { title: 'Time already past', detail: 'Choose a date and time in the future.' },
    fr: { title: 'Heure déjà passée', detail: 'Choisissez une date et une heure à venir.' },
  },
  post_not_scheduled: {
    en: { title: 'Not scheduled', detail: 'This post is not scheduled.' },
    fr: { title: 'Non programmée', detail: 'Cette publication n’est pas programmée.' },
  },
  publication_in_progress: {
    en: {
      title: 'Being published',
      detail:
        'This post is being published right now (or Cadence is checking whether it went out). Wait a minute, then change it.',
    },
    fr: {
      title: 'Publication en cours',
      detail:
        'Cette publication part en ce moment (ou Cadence vérifie si elle est partie). Attendez une minute avant de la modifier.',
    },
  },
  publication_not_retryable: {
    en: {
      title: 'Nothing to retry',
      detail: 'Only a failed or missed publication can be retried or rescheduled.',
    },
    fr: {
      title: 'Rien à relancer',
      detail: 'Seule une publication en échec ou manquée peut être relancée ou reprogrammée.',
    },
  },
  post_already_published: {
    en: { title: 'Already published', detail: 'This post is already published.' },
    fr: { title: 'Déjà publiée', detail: 'Cette publication est déjà publiée.' },
  },
  queue_without_slot: {
    en: {
      title: 'No free slot',
      detail: 'No free posting slot for these networks in the next six months. Add slots or pick a date.',
    },
    fr: {
      title: 'Aucun créneau libre',
      detail:
        'Aucun créneau de publication libre pour ces réseaux dans les six prochains mois. Ajoutez des créneaux ou choisissez une date.',
    },
  },
  rush_slot_filled: {
    en: {
      title: 'Already filled',
      detail: 'This network already has a post or a draft this week. Reload the page to see it.',
    },
    fr: {
      title: 'Déjà rempli',
      detail:
        'Ce réseau a déjà une publication ou un brouillon cette semaine. Rechargez la page pour le voir.',
    },
  },
  rush_network_without_target: {
    en: {
      title: 'No posting target',
      detail: '{network} has no posting target in the strategy: a rush week asks no post of it.',
    },
    fr: {
      title: 'Pas d’objectif de publication',
      detail:
        '{network} n’a pas d’objectif de publication dans la stratégie\u00a0: une semaine chargée ne lui demande rien.',
    },
  },
  idea_not_for_network: {
    en: {
      title: 'Idea not available',
      detail: 'This idea is kept for another network, or it is already used or archived.',
    },
    fr: {
      title: 'Idée indisponible',
      detail: 'Cette idée est prévue pour un autre réseau, ou elle est déjà utilisée ou archivée.',
    },
  },
  post_needs_approval: {
    en: {
      title: 'Approval needed',
      detail:
        'Posts of this workspace are scheduled once the client has approved them. Send this post for approval first.',
    },
    fr: {
      title: 'Validation nécessaire',
      detail:
        'Les publications de cet espace sont programmées une fois validées par le client. Envoyez d’abord celle-ci en validation.',
    },
  },
  post_not_awaiting_approval: {
    en: { title: 'Not awaiting approval', detail: 'This post is not waiting for approval.' },
    fr: { title: 'Pas en attente de validation', detail: 'Cette publication n’attend pas de validation.' },
  },
  post_cannot_go_to_approval: {
    en: {
      title: 'Cannot be sent for approval',
      detail: 'Only a draft or a ready post can be sent for approval (unschedule it first).',
    },
    fr: {
      title: 'Envoi en validation impossible',
      detail:
        'Seule une publication en brouillon ou prête peut être envoyée en validation (déprogrammez-la d’abord).',
    },
  },
  content_session_ended: {
    en: { title: 'Session ended', detail: 'This work session has already ended. Start a new one.' },
    fr: {
      title: 'Session terminée',
      detail: 'Cette session de travail est déjà terminée. Commencez-en une autre.',
    },
  },
  import_row_bad_date: {
    en: { title: 'Unreadable date', detail: 'The date cannot be read (expected 24/12/2026 or 2026-12-24).' },
    fr: {
      title: 'Date illisible',
      detail: 'La date est illisible (attendu\u00a0: 24/12/2026 ou 2026-12-24).',
    },
  },
  import_row_bad_time: {
    en: { title: 'Unreadable time', detail: 'The time cannot be read (expected 14:30).' },
    fr: { title: 'Heure illisible', detail: 'L’heure est illisible (attendu\u00a0: 14:30).' },
  },
  import_row_empty_text: {
    en: { title: 'No text', detail: 'The row has no text to post.' },
    fr: { title: 'Aucun texte', detail: 'La ligne n’a pas de texte à publier.' },
  },
  import_row_bad_link: {
    en: { title: 'Invalid link', detail: 'The link must be a web address (https://…).' },
    fr: { title: 'Lien invalide', detail: 'Le lien doit être une adresse web (https://…).' },
  },
  import_row_malformed_row: {
    en: { title: 'Malformed row', detail: 'The row is malformed (a quote is not closed).' },
    fr: { title: 'Ligne mal formée', detail: 'La ligne est mal formée (un guillemet n’est pas fermé).' },
  },
  already_onboarded: {
    en: { title: 'Already set up', detail: 'Your account is already set up.' },
    fr: { title: 'Déjà configuré', detail: 'Votre compte est déjà configuré.' },
  },
};

export function translateProblem(
  locale: ServerLocale,
  code: string,
  params: Record<string, string | number>,
): Message {
  const message = messages[code]?.[locale] ?? messages.internal?.[locale];
  if (!message) return { title: code, detail: code };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
  return { title: fill(message.title), detail: fill(message.detail) };
}

export const problemCodes = Object.keys(messages);

/** French for the rules the contracts word themselves (their English is the zod issue's message). */
const customIssuesInFrench: Record<string, string> = {
  'Nothing to change': 'Rien à modifier : indiquez au moins un champ à changer.',
  ...connectionIssuesInFrench,
};

/** The contract's own words in English; in French when translated, else null (zod's generic text). */
export function translateCustomIssue(locale: ServerLocale, message: string): string | null {
  return locale === 'fr' ? (customIssuesInFrench[message] ?? null) : message;
}
