import type { WeeklyReviewView } from '../../../contracts/review.js';
import { type CsvExportColumn, exportEntriesCsv } from '../../../core/imports/export-entries-csv.js';
import { networkLabels } from '../notifications/network-labels.js';
import { type ReportLocale, reportFormat, reportWords } from './report-words.js';
import { describeSilences } from './weekly-review-pdf.js';

type Line = {
  section: string;
  item: string;
  budget?: string | number | null;
  planned?: string | number | null;
  actual?: string | number | null;
  detail?: string;
};

/**
 * The weekly review as one spreadsheet: a line per category, network, ranked post and outcome,
 * then the notes. In French: `;`, a BOM and decimal commas (what French Excel opens as it is);
 * every text cell goes through the formula-safe writer, post texts and notes included.
 */
export function exportWeeklyReviewCsv(review: WeeklyReviewView, locale: ReportLocale): string {
  const w = reportWords[locale];
  const f = reportFormat(locale);
  const french = locale === 'fr';
  const hours = (minutes: number) => {
    const value = (minutes / 60).toFixed(2);
    return french ? value.replace('.', ',') : value;
  };
  const money = (cents: number | null) => {
    if (cents === null) return null;
    const value = (cents / 100).toFixed(2);
    return french ? value.replace('.', ',') : value;
  };
  const categoryOf = (id: string) => f.category(review.categories.find((category) => category.id === id));
  const lines: Line[] = [
    ...review.hours.rows.map((row) => ({
      section: w.hours,
      item: categoryOf(row.categoryId),
      budget: hours(row.budgetMinutes),
      planned: hours(row.routineMinutes),
      actual: hours(row.trackedMinutes),
    })),
    {
      section: w.hours,
      item: w.total,
      budget: hours(review.hours.totals.budgetMinutes),
      planned: hours(review.hours.totals.routineMinutes),
      actual: hours(review.hours.totals.trackedMinutes),
      detail: f.say(w.adherence(review.hours.adherence.done, review.hours.adherence.planned)),
    },
    {
      section: w.hours,
      item: `${w.costOfTime} (${review.currency})`,
      actual: money(review.hours.trackedCostCents),
    },
    ...review.networks.map((line) => ({
      section: w.posts,
      item: networkLabels[locale][line.network],
      budget: line.target === null ? null : f.decimal(line.target),
      actual: line.published,
      detail:
        line.target === null
          ? w.noTarget
          : f.say(
              `${line.onTarget ? w.onTarget : review.state === 'past' ? w.offTarget : w.stillOpen} · ${w.streak} ${w.weeks(line.streakWeeks)} · ${w.silences} : ${describeSilences(line.silentStretches, locale)}`,
            ),
    })),
    ...review.posts.best.map((post) => ({
      section: w.best,
      item: networkLabels[locale][post.network],
      actual: post.engagement,
      detail: post.text,
    })),
    ...review.posts.worst.map((post) => ({
      section: w.worst,
      item: networkLabels[locale][post.network],
      actual: post.engagement,
      detail: post.text,
    })),
    { section: w.outcomes, item: w.leads, actual: review.outcomes.leads },
    { section: w.outcomes, item: w.clients, actual: review.outcomes.clients },
    {
      section: w.outcomes,
      item: `${w.revenue} (${review.currency})`,
      actual: money(review.outcomes.revenueCents),
    },
    { section: w.notes, item: w.notes, detail: review.notes?.text ?? '' },
  ];
  const columns: CsvExportColumn<Line>[] = [
    { header: w.section, value: (line) => f.say(line.section) },
    { header: w.item, value: (line) => line.item },
    { header: french ? 'Budget / objectif' : 'Budget / target', value: (line) => line.budget },
    { header: w.planned, value: (line) => line.planned },
    { header: french ? 'Réalisé' : 'Actual', value: (line) => line.actual },
    { header: w.detail, value: (line) => line.detail ?? null },
  ];
  return exportEntriesCsv(lines, columns, french ? { delimiter: ';', includeBom: true } : {});
}
