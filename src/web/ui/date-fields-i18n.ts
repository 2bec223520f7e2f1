/** The shared date and time fields (ui/date-field.tsx, ui/time-field.tsx). */
export const dateFieldsFr = {
  datePlaceholder: 'JJ/MM/AAAA',
  clear: 'Effacer la date',
  invalidTime: 'Heure invalide : tapez par exemple 09:30 ou 9h30.',
  nextMonth: 'Mois suivant',
  previousMonth: 'Mois précédent',
  nextYear: 'Année suivante',
  previousYear: 'Année précédente',
  nextDecade: 'Décennie suivante',
  previousDecade: 'Décennie précédente',
  chooseMonth: 'Choisir le mois',
  chooseYear: 'Choisir l’année',
};

export const dateFieldsEn: typeof dateFieldsFr = {
  datePlaceholder: 'MM/DD/YYYY',
  clear: 'Clear the date',
  invalidTime: 'Not a time: type for instance 09:30 or 9:30 pm.',
  nextMonth: 'Next month',
  previousMonth: 'Previous month',
  nextYear: 'Next year',
  previousYear: 'Previous year',
  nextDecade: 'Next decade',
  previousDecade: 'Previous decade',
  chooseMonth: 'Choose the month',
  chooseYear: 'Choose the year',
};
