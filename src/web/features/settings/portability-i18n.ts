/** Strings of the workspace's export and import (merged under `portability.` in fr.ts / en.ts). */
export const portabilityFr = {
  exportTitle: 'Emporter cet espace',
  exportBody:
    'Un seul fichier avec tout l’espace : stratégie, budget, routine, temps, imports, idées, publications. À importer dans un autre Cadence (ou celui-ci). Les connexions aux réseaux, les liens d’agenda et les invitations en attente restent ici.',
  exportButton: 'Télécharger l’archive',
  importTitle: 'Importer un espace',
  importBody:
    'Une archive exportée d’un Cadence devient un nouvel espace dont vous êtes propriétaire. Rien n’est écrit avant votre confirmation.',
  importFile: 'Archive (.json.gz)',
  importPlaceholder: 'Choisir un fichier',
  clearFile: 'Retirer le fichier',
  importChecking: 'Lecture de l’archive…',
  importPreview_one: '{{count}} ligne à importer',
  importPreview_other: '{{count}} lignes à importer',
  importMatched: 'Compte retrouvé ici',
  importPlaceholderPerson: 'Sans compte ici : conservé sous son nom',
  importPeople: 'Personnes',
  importConfirm: 'Importer',
  imported: 'Espace importé',
  alreadyImported: 'Cette archive a déjà été importée.',
  openWorkspace: 'Ouvrir l’espace',
};

export const portabilityEn: typeof portabilityFr = {
  exportTitle: 'Take this workspace with you',
  exportBody:
    'One file with the whole workspace: strategy, budget, routine, time, imports, ideas, posts. Import it into another Cadence (or this one). Network connections, calendar links and pending invitations stay here.',
  exportButton: 'Download the archive',
  importTitle: 'Import a workspace',
  importBody:
    'An archive exported from a Cadence becomes a new workspace that you own. Nothing is written before you confirm.',
  importFile: 'Archive (.json.gz)',
  importPlaceholder: 'Choose a file',
  clearFile: 'Remove the file',
  importChecking: 'Reading the archive…',
  importPreview_one: '{{count}} row to import',
  importPreview_other: '{{count}} rows to import',
  importMatched: 'Account found here',
  importPlaceholderPerson: 'No account here: kept under their name',
  importPeople: 'People',
  importConfirm: 'Import',
  imported: 'Workspace imported',
  alreadyImported: 'This archive was imported already.',
  openWorkspace: 'Open the workspace',
};
