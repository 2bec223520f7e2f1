import type { WeeklyReviewView } from '../../../contracts/review.js';
import { resultsThresholds } from '../../../core/results/results-thresholds.js';
import type { ReportBranding } from '../instance/organisation-profile.service.js';
import { networkLabels } from '../notifications/network-labels.js';
import { createReportPdf, reportColors } from './report-pdf.js';
import { brandingOf, type ReportLocale, reportFormat, reportWords } from './report-words.js';

/** One line per silent stretch of a network's week, in words. */
export function describeSilences(
  stretches: WeeklyReviewView['networks'][number]['silentStretches'],
  locale: ReportLocale,
): string {
  const w = reportWords[locale];
  const f = reportFormat(locale);
  if (stretches.length === 0) return w.noSilence;
  return stretches
    .map((stretch) => w.silence(f.date(stretch.from, false), f.date(stretch.to, false), stretch.days))
    .join(', ');
}

/** The weekly review as a PDF: what the review page shows, for printing or sending on. */
export async function renderWeeklyReviewPdf(
  review: WeeklyReviewView,
  locale: ReportLocale,
  { today, createdAt, organisation }: { today: string; createdAt: Date; organisation: ReportBranding | null },
) {
  const w = reportWords[locale];
  const f = reportFormat(locale);
  const networkName = (key: keyof (typeof networkLabels)['fr']) => networkLabels[locale][key];
  const categoryOf = (id: string) => f.category(review.categories.find((category) => category.id === id));
  const { from, to } = f.dateSpan(review.weekStart, review.weekEnd);
  const weekOf = w.weekOf(from, to);
  const pdf = await createReportPdf({
    title: `${w.weeklyTitle} · ${review.workspaceName}`,
    subject: weekOf,
    locale,
    createdAt,
    branding: brandingOf(organisation, review.workspaceName, locale),
  });
  pdf.title(`${w.weeklyTitle} · ${review.workspaceName}`, weekOf);
  if (review.state === 'current' && review.judgedUntil)
    pdf.paragraph(f.say(w.inProgress(f.date(review.judgedUntil, false))), { color: reportColors.dimmed });

  pdf.heading(f.say(w.hours));
  const rows = review.hours.rows.filter(
    (row) => row.budgetMinutes > 0 || row.routineMinutes > 0 || row.trackedMinutes > 0,
  );
  pdf.pairedBars(
    rows.map((row) => ({
      label: categoryOf(row.categoryId),
      first: row.routineMinutes,
      second: row.trackedMinutes,
      firstText: f.minutes(row.routineMinutes),
      secondText: f.minutes(row.trackedMinutes),
    })),
    { first: w.planned, second: w.tracked },
  );
  pdf.table(
    [
      { header: w.category, width: 4 },
      { header: w.budget, width: 2, align: 'right' },
      { header: w.planned, width: 2, align: 'right' },
      { header: w.tracked, width: 2, align: 'right' },
    ],
    [
      ...rows.map((row) => [
        categoryOf(row.categoryId),
        f.minutes(row.budgetMinutes),
        f.minutes(row.routineMinutes),
        f.minutes(row.trackedMinutes),
      ]),
      [
        w.total,
        f.minutes(review.hours.totals.budgetMinutes),
        f.minutes(review.hours.totals.routineMinutes),
        f.minutes(review.hours.totals.trackedMinutes),
      ],
    ],
    { totalRow: true },
  );
  pdf.paragraph(f.say(w.adherence(review.hours.adherence.done, review.hours.adherence.planned)));
  pdf.paragraph(f.say(`${w.costOfTime} : ${f.money(review.hours.trackedCostCents, review.currency)}`));

  pdf.heading(w.posts);
  pdf.table(
    [
      { header: w.network, width: 3 },
      { header: w.target, width: 2, align: 'right' },
      { header: w.published, width: 2, align: 'right' },
      { header: w.streak, width: 2, align: 'right' },
      { header: w.silences, width: 5 },
    ],
    review.networks.map((line) => [
      networkName(line.network),
      line.target === null ? w.noTarget : f.decimal(line.target),
      `${line.published}${line.target === null ? '' : ` · ${line.onTarget ? w.onTarget : review.state === 'past' ? w.offTarget : w.stillOpen}`}`,
      line.target === null ? '—' : w.weeks(line.streakWeeks),
      line.target === null ? '—' : describeSilences(line.silentStretches, locale),
    ]),
  );

  for (const [heading, posts] of [
    [w.best, review.posts.best],
    [w.worst, review.posts.worst],
  ] as const) {
    if (posts.length === 0 && heading === w.worst) continue;
    pdf.heading(heading);
    if (posts.length === 0) {
      pdf.paragraph(w.noMeasured, { color: reportColors.dimmed });
      continue;
    }
    pdf.table(
      [
        { header: w.network, width: 2 },
        { header: w.engagement, width: 2, align: 'right' },
        { header: w.detail, width: 8 },
      ],
      posts.map((post) => [networkName(post.network), String(post.engagement ?? '—'), post.text]),
    );
  }
  if (review.posts.measured > 0 && review.posts.isThin)
    pdf.paragraph(f.say(w.thin(review.posts.measured, resultsThresholds.minimumPosts)), {
      color: reportColors.dimmed,
      size: 9,
    });

  pdf.heading(w.outcomes);
  const outcomes = review.outcomes;
  pdf.table(
    [
      { header: w.item, width: 6 },
      { header: w.value, width: 4, align: 'right' },
    ],
    [
      [w.leads, String(outcomes.leads)],
      [w.clients, String(outcomes.clients)],
      [w.revenue, f.money(outcomes.revenueCents, review.currency)],
      [
        w.costPerLead,
        outcomes.costPerLeadCents === null ? '—' : f.money(outcomes.costPerLeadCents, review.currency),
      ],
      [
        w.costPerClient,
        outcomes.costPerClientCents === null ? '—' : f.money(outcomes.costPerClientCents, review.currency),
      ],
    ],
  );
  if (outcomes.leftOutOtherCurrency > 0) pdf.paragraph(w.leftOut(outcomes.leftOutOtherCurrency), { size: 9 });

  pdf.heading(w.notes);
  pdf.paragraph(review.notes?.text ?? w.noNotes, review.notes ? {} : { color: reportColors.dimmed });

  pdf.paragraph(`${w.madeWith(f.date(today))} ${w.zone(review.timeZone)}`, {
    color: reportColors.dimmed,
    size: 8,
  });
  return pdf.finish();
}
