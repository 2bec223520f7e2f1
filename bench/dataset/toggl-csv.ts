import { addDaysToDate } from '../../src/core/time/epoch-day.js';
import type { LocalDate } from '../../src/core/time/local-values.js';
import { createRandom, deriveSeed } from './seeded-random.js';

/** Tags a Toggl user would put on social-media work; mapped to categories by the benchmark. */
export const togglTags = ['Communication', 'Veille', 'Blogging', 'Acquisition', 'Analyse', 'Curation'];

const people = [
  ['Marie Dupont', 'marie@exemple.fr'],
  ['Julien Moreau', 'julien@exemple.fr'],
  ['Sofia Lambert', 'sofia@exemple.fr'],
] as const;
const projects = ['Instagram', 'LinkedIn', 'Facebook', 'Blog', 'Newsletter'];
const descriptions = [
  'Réponses aux commentaires',
  'Veille : concurrents, "nouveautés"',
  'Carrousel; 6 visuels',
  'Article de blog, relecture',
  'Programmation de la semaine',
];

const pad = (value: number) => String(value).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
/** RFC 4180: quotes doubled, the field quoted when it holds a delimiter, a quote or a line break. */
const field = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * A Toggl "detailed report" CSV of `rows` entries ending on `until`, deterministic from `seed`:
 * workdays of back-to-back tasks (never crossing midnight), quoted fields with commas and quotes,
 * multi-tag cells. Every row is distinct, so an import of it inserts every row.
 */
export function generateTogglCsv(rows: number, options: { seed: number; until: LocalDate }): string {
  const random = createRandom(deriveSeed(options.seed, 3));
  const header =
    'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)';
  const lines = [header];
  const perDay = 24;
  const days = Math.ceil(rows / perDay);
  for (let row = 0; row < rows; row++) {
    const date = addDaysToDate(options.until, -(days - 1) + Math.floor(row / perDay));
    const slot = row % perDay;
    // 24 slots of 30 minutes from 07:00: each entry lasts 5 to 29 minutes inside its slot.
    const start = 7 * 60 + slot * 30;
    const minutes = random.integer(5, 29);
    const [user, email] = random.pick(people);
    // The second tag maps to nothing: two mapped tags of different categories would conflict.
    const tags = random.chance(0.2) ? `${random.pick(togglTags)}, Client` : random.pick(togglTags);
    const billable = random.chance(0.5);
    lines.push(
      [
        user,
        email,
        'Agence',
        random.pick(projects),
        '',
        random.pick(descriptions),
        billable ? 'Yes' : 'No',
        date,
        clock(start),
        date,
        clock(start + minutes),
        clock(minutes),
        tags,
        billable ? (minutes * 0.75).toFixed(2) : '',
      ]
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
