import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importReportSchema } from '../../../contracts/portability.js';
import { workspaceParamsSchema } from '../../../contracts/workspaces.js';
import { requireUser } from '../../platform/access.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable, RunInTransaction } from '../../platform/db.js';
import { unprocessable } from '../../platform/problem.js';
import { version } from '../health/health.module.js';
import { exportWorkspace } from './export-workspace.js';
import { ArchiveRefusedError, importWorkspace } from './import-workspace.js';
import { workspaceArchiveSchema } from './workspace-archive.js';

const tags = ['workspaces'];
/** A year of an agency client's entries, posts and metrics compresses to a few MB; room to spare. */
const archiveBodyLimit = 200 * 1024 * 1024;

const importQuerySchema = z.object({ dryRun: z.enum(['true', 'false']).default('false') });

/** A workspace leaves as one file, and arrives on another instance (or this one) as a new workspace. */
export const portabilityRoutes: FastifyPluginAsyncZod<{
  db: Queryable;
  runInTransaction: RunInTransaction;
  clock: Clock;
}> = async (app, { db, runInTransaction, clock }) => {
  app.addContentTypeParser(
    ['application/gzip', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: archiveBodyLimit },
    (_request, body, done) => done(null, body),
  );

  app.get('/api/workspaces/:workspaceId/export', {
    config: { access: { workspace: 'own' } },
    schema: {
      tags,
      summary: 'Download everything of the workspace as one archive (gzip JSON)',
      params: workspaceParamsSchema,
    },
    async handler(request, reply) {
      const archive = await exportWorkspace(db, request.params.workspaceId, {
        cadenceVersion: version,
        now: clock.now(),
      });
      const slug =
        archive.workspace.name
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase() || 'workspace';
      const day = clock.now().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', `attachment; filename="cadence-${slug}-${day}.json.gz"`)
        .send(gzipSync(JSON.stringify(archive)));
    },
  });

  app.post('/api/workspace-imports', {
    config: { access: 'user' },
    bodyLimit: archiveBodyLimit,
    schema: {
      tags,
      summary: 'Import a workspace archive as a new workspace I own (dryRun=true: what it would do)',
      querystring: importQuerySchema,
      response: { 200: importReportSchema },
    },
    async handler(request) {
      const bytes = toBuffer(request.body);
      if (!bytes || bytes.length === 0) throw unprocessable('archive_invalid');
      let text: string;
      try {
        text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
      } catch {
        throw unprocessable('archive_invalid');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw unprocessable('archive_invalid');
      }
      const archive = workspaceArchiveSchema.safeParse(parsed);
      if (!archive.success) throw unprocessable('archive_invalid');
      try {
        return await importWorkspace(runInTransaction, db, archive.data, {
          importerUserId: requireUser(request).id,
          archiveSha256: createHash('sha256').update(text).digest('hex'),
          dryRun: request.query.dryRun === 'true',
        });
      } catch (error) {
        if (error instanceof ArchiveRefusedError) throw unprocessable(error.code);
        throw error;
      }
    },
  });
};

function toBuffer(body: unknown): Buffer | null {
  if (Buffer.isBuffer(body)) return body;
  if (body && typeof body === 'object') return Buffer.from(JSON.stringify(body));
  if (typeof body === 'string') return Buffer.from(body);
  return null;
}
