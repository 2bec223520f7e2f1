import { unattributedKey } from '../../../core/results/results-table.js';
import { isNetworkKey } from '../../../core/strategy/networks.js';
import type { ReportBranding } from '../instance/organisation-profile.service.js';
import { networkLabels } from '../notifications/network-labels.js';
import type { ClientReport } from './client-report.service.js';
import { createReportPdf, reportColors } from './report-pdf.js';
import { brandingOf, type ReportLocale, reportFormat, reportWords } from './report-words.js';

/** An agency's monthly report on one client workspace, as a PDF to send to the client, under the agency's name. */
export async function renderClientReportPdf(
  report: ClientReport,
  locale: ReportLocale,
  context: { today: string; preparedBy: string; createdAt: Date; organisation: ReportBranding | null },
) {
  const w = reportWords[locale];
  const f = reportFormat(locale);
  const money = (cents: number | null) => (cents === null ? '—' : f.money(cents, report.currency));
  const networkName = (key: string) =>
    isNetworkKey(key) ? networkLabels[locale][key] : key === unattributedKey ? w.noNetwork : key;
  const title = `${w.monthlyTitle} · ${report.workspaceName}`;
  const pdf = await createReportPdf({
    title,
    subject: w.monthOf(f.month(report.month)),
    locale,
    createdAt: context.createdAt,
    branding: brandingOf(context.organisation, report.workspaceName, locale),
  });
  pdf.title(title, [w.monthOf(f.month(report.month)), w.preparedBy(context.preparedBy)].join(' · '));
  if (!report.isComplete) pdf.paragraph(w.monthInProgress, { color: reportColors.dimmed });

  pdf.heading(f.say(w.hoursMonth));
  const categoryOf = (id: string) => f.category(report.categories.find((category) => category.id === id));
  pdf.pairedBars(
    report.hours.rows.map((row) => ({
      label: categoryOf(row.categoryId),
      first: row.budgetMinutes,
      second: row.trackedMinutes,
      firstText: f.minutes(row.budgetMinutes),
      secondText: f.minutes(row.trackedMinutes),
    })),
    { first: w.budget, second: w.tracked },
  );
  pdf.table(
    [
      { header: w.category, width: 5 },
      { header: w.budget, width: 2, align: 'right' },
      { header: w.tracked, width: 2, align: 'right' },
    ],
    [
      ...report.hours.rows.map((row) => [
        categoryOf(row.categoryId),
        f.minutes(row.budgetMinutes),
        f.minutes(row.trackedMinutes),
      ]),
      [w.total, f.minutes(report.hours.totals.budgetMinutes), f.minutes(report.hours.totals.trackedMinutes)],
    ],
    { totalRow: true },
  );

  pdf.heading(w.postsMonth);
  pdf.table(
    [
      { header: w.network, width: 3 },
      { header: w.target, width: 2, align: 'right' },
      { header: w.expected, width: 2, align: 'right' },
      { header: w.published, width: 2, align: 'right' },
      { header: w.weeksKept, width: 2, align: 'right' },
    ],
    report.networks.map((line) => [
      networkName(line.network),
      line.target === null ? w.noTarget : f.decimal(line.target),
      line.expected === null ? '—' : f.decimal(line.expected),
      String(line.published),
      line.target === null ? '—' : `${line.weeksOnTarget} / ${line.weeksJudged}`,
    ]),
  );

  pdf.heading(w.results);
  const total = report.results.total;
  if (!total || (total.costCents === null && total.leads === null && total.revenueCents === null)) {
    pdf.paragraph(w.noResults, { color: reportColors.dimmed });
  } else {
    pdf.table(
      [
        { header: w.network, width: 3 },
        { header: w.cost, width: 3, align: 'right' },
        { header: w.leads, width: 2, align: 'right' },
        { header: w.clients, width: 2, align: 'right' },
        { header: w.revenue, width: 3, align: 'right' },
        { header: w.roi, width: 2, align: 'right' },
      ],
      [...report.results.byNetwork, { ...total, key: w.total }].map((row, index, all) => [
        index === all.length - 1 ? w.total : networkName(row.key),
        money(row.costCents),
        row.leads === null ? '—' : String(row.leads),
        row.clients === null ? '—' : String(row.clients),
        money(row.revenueCents),
        row.roiPercent === null ? '—' : `${f.decimal(row.roiPercent)}\u00a0%`,
      ]),
      { totalRow: true },
    );
  }
  if (report.results.leftOutOtherCurrency > 0)
    pdf.paragraph(w.leftOut(report.results.leftOutOtherCurrency), { size: 9 });

  if (report.bestPosts.length > 0) {
    pdf.heading(w.best);
    pdf.table(
      [
        { header: w.network, width: 2 },
        { header: w.engagement, width: 2, align: 'right' },
        { header: w.detail, width: 8 },
      ],
      report.bestPosts.map((post) => [networkName(post.network), String(post.engagement), post.text]),
    );
  }
  pdf.paragraph(`${w.madeWith(f.date(context.today))} ${w.zone(report.timeZone)}`, {
    color: reportColors.dimmed,
    size: 8,
  });
  return pdf.finish();
}
