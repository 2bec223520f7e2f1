/** Rush mode's strings (French first; the English has the same shape, checked by the type system). */
export const rushFr = {
  switchLabel: 'Semaine chargée',
  switchDescription:
    'Garde les réponses (15 min) et la création des posts (30 min), saute le reste pour la semaine du {{week}}. Les posts programmés restent. Se désactive à tout moment : le planning revient tel quel.',
  switchOver: 'Cette semaine est passée : son mode ne se change plus.',
  turnedOn: 'Semaine chargée activée : le planning est réduit à l’essentiel.',
  turnedOff: 'Semaine chargée désactivée : le planning est revenu tel qu’il était.',
  prefix: 'Semaine chargée',
  skippedDetail:
    'Sautée pour la semaine chargée. Elle revient dès que le mode est désactivé, et la semaine suivante n’est pas touchée.',
  shortenedNote: 'Version courte : semaine chargée',
  todayBanner:
    'Semaine chargée : seules les réponses et la création des posts restent, en version courte. Un post par réseau suffit pour garder votre régularité.',
  cardTitle: 'Semaine chargée',
  cardOff: 'Une semaine débordée ? Réduisez le planning à l’essentiel plutôt que de tout arrêter.',
  cardOn: 'Planning réduit cette semaine. Un post par réseau garde votre série.',
  ideas: {
    title: 'Vos réseaux sans publication cette semaine',
    allCovered: 'Chaque réseau a sa publication cette semaine\u00a0: votre série tient.',
    slot: 'Créneau libre\u00a0: {{when}}',
    noSlot: 'Plus de créneau libre cette semaine\u00a0: le brouillon sera sans date.',
    draftWaiting: 'Un brouillon attend\u00a0: relisez-le et programmez-le.',
    openDraft: 'Ouvrir le brouillon',
    noIdea: 'Aucune idée du carnet pour ce réseau.',
    openNotebook: 'Ouvrir le carnet d’idées',
    useIdea: 'En faire un brouillon',
    useIdeaFor: 'En faire un brouillon {{network}}\u00a0: «\u00a0{{idea}}\u00a0»',
    more_one: 'Et {{count}} autre idée sur la page Aujourd’hui.',
    more_other: 'Et {{count}} autres idées sur la page Aujourd’hui.',
    loadFailed: 'Les idées pour les créneaux vides n’ont pas pu être chargées.',
  },
};

export const rushEn: typeof rushFr = {
  switchLabel: 'Rush week',
  switchDescription:
    'Keeps the replies (15 min) and the post creation (30 min), skips the rest for the week of {{week}}. Scheduled posts stay. Turn it off at any time: the plan comes back as it was.',
  switchOver: 'This week is over: its mode can no longer change.',
  turnedOn: 'Rush week on: the plan is cut down to the essentials.',
  turnedOff: 'Rush week off: the plan is back as it was.',
  prefix: 'Rush week',
  skippedDetail:
    'Skipped for the rush week. It comes back as soon as rush mode is turned off, and the week after is untouched.',
  shortenedNote: 'Short version: rush week',
  todayBanner:
    'Rush week: only the replies and the post creation remain, in short versions. One post per network keeps your regularity.',
  cardTitle: 'Rush week',
  cardOff: 'A swamped week? Cut the plan down to the essentials rather than stopping altogether.',
  cardOn: 'Plan cut down this week. One post per network keeps your streak.',
  ideas: {
    title: 'Your networks without a post this week',
    allCovered: 'Every network has its post this week: your streak holds.',
    slot: 'Free slot: {{when}}',
    noSlot: 'No free slot left this week: the draft will have no date.',
    draftWaiting: 'A draft is waiting: read it over and schedule it.',
    openDraft: 'Open the draft',
    noIdea: 'No notebook idea for this network.',
    openNotebook: 'Open the idea notebook',
    useIdea: 'Make it a draft',
    useIdeaFor: 'Make it a draft for {{network}}: “{{idea}}”',
    more_one: 'And {{count}} more idea on the Today page.',
    more_other: 'And {{count}} more ideas on the Today page.',
    loadFailed: 'The ideas for the empty slots could not be loaded.',
  },
};
