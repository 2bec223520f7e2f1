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
};
