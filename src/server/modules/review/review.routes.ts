import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import {
  clientReportQuerySchema,
  reviewExportQuerySchema,
  reviewWeekQuerySchema,
  saveReviewNotesBodySchema,
  weeklyReviewSchema,
} from '../../../contracts/review.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { getLocalDate } from '../../../core/time/index.js';
import { requireUser } from '../../platform/access.js';
import type { Clock } from '../../platform/clock.js';
import type { ReportBranding } from '../instance/organisation-profile.service.js';
import type { ClientReportService } from './client-report.service.js';
import { renderClientReportPdf } from './client-report-pdf.js';
import type { ReviewRepository } from './review.repository.js';
import type { WeeklyReviewService } from './weekly-review.service.js';
import { exportWeeklyReviewCsv } from './weekly-review-csv.js';
import { renderWeeklyReviewPdf } from './weekly-review-pdf.js';

const tags = ['review'];
const base = '/api/workspaces/:workspaceId';
const pdfResponse = { 200: z.any().describe('application/pdf') };

export const reviewRoutes: FastifyPluginAsyncZod<{
  weeklyReviewService: WeeklyReviewService;
  clientReportService: ClientReportService;
  reviewRepository: ReviewRepository;
  readBranding: () => Promise<ReportBranding | null>;
  clock: Clock;
}> = async (app, { weeklyReviewService, clientReportService, reviewRepository, readBranding, clock }) => {
  app.get(`${base}/review`, {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary:
        'The Friday review of a week: hours, posts against targets, streaks, silences, best posts, outcomes, notes',
      params: workspaceParamsSchema,
      querystring: reviewWeekQuerySchema,
      response: { 200: weeklyReviewSchema },
    },
    handler: (request) => weeklyReviewService.getReview(request.params.workspaceId, request.query),
  });

  app.put(`${base}/review/notes`, {
    config: { access: { workspace: 'write' } },
    schema: {
      tags,
      summary: 'Writes the conclusions of a week (an empty text deletes them)',
      params: workspaceParamsSchema,
      body: saveReviewNotesBodySchema,
      response: { 204: emptyResponseSchema },
    },
    async handler(request, reply) {
      const { workspaceId } = request.params;
      // Notes belong to the week: any date of it is kept under its Monday.
      const review = await weeklyReviewService.getWeekStart(workspaceId, request.body.weekStart);
      await reviewRepository.saveNotes(
        workspaceId,
        review,
        request.body.text,
        requireUser(request).id,
        clock.now(),
      );
      return reply.status(204).send(null);
    },
  });

  app.get(`${base}/review/export.pdf`, {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'The week’s review as a PDF',
      params: workspaceParamsSchema,
      querystring: reviewExportQuerySchema,
      response: pdfResponse,
    },
    async handler(request, reply) {
      const review = await weeklyReviewService.getReview(request.params.workspaceId, request.query);
      const now = clock.now();
      const pdf = await renderWeeklyReviewPdf(review, request.query.locale, {
        today: getLocalDate(now.toISOString(), review.timeZone),
        createdAt: now,
        organisation: await readBranding(),
      });
      const name = request.query.locale === 'fr' ? 'cadence-revue' : 'cadence-review';
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}-${review.weekStart}.pdf"`)
        .send(pdf);
    },
  });

  app.get(`${base}/review/export.csv`, {
    config: { access: { workspace: 'read' } },
    schema: {
      tags,
      summary: 'The week’s review as CSV (formula-safe), in the interface’s language',
      params: workspaceParamsSchema,
      querystring: reviewExportQuerySchema,
      response: { 200: z.string().describe('text/csv') },
    },
    async handler(request, reply) {
      const review = await weeklyReviewService.getReview(request.params.workspaceId, request.query);
      const name = request.query.locale === 'fr' ? 'cadence-revue' : 'cadence-review';
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}-${review.weekStart}.csv"`)
        .send(exportWeeklyReviewCsv(review, request.query.locale));
    },
  });

  app.get(`${base}/client-report.pdf`, {
    config: { access: { workspace: 'manage' } },
    schema: {
      tags,
      summary:
        'The monthly client report (hours, posts, regularity, results) as a PDF under the instance’s organisation, for managers',
      params: workspaceParamsSchema,
      querystring: clientReportQuerySchema,
      response: pdfResponse,
    },
    async handler(request, reply) {
      const report = await clientReportService.getReport(request.params.workspaceId, request.query);
      const now = clock.now();
      const today = getLocalDate(now.toISOString(), report.timeZone);
      const pdf = await renderClientReportPdf(report, request.query.locale, {
        createdAt: now,
        today,
        preparedBy: requireUser(request).name,
        organisation: await readBranding(),
      });
      const name = request.query.locale === 'fr' ? 'cadence-rapport' : 'cadence-report';
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}-${report.month}.pdf"`)
        .send(pdf);
    },
  });
};
