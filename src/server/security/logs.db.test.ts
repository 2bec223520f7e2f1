import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixedClock } from '../platform/clock.js';
import type { DatabaseHandle } from '../platform/db.js';
import { createMailer } from '../platform/mail.js';
import { as, buildTestApp, createWorkspaceFor, signUp } from '../testing/test-app.js';
import { createTestDatabase } from '../testing/test-database.js';

/** Logs travel further than the app (hosting dashboards, support tickets): no bearer tokens in them. */
let database: DatabaseHandle;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('logs', () => {
  it('never hold an invitation link or token, even without a mail server', async () => {
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
    const app = await buildTestApp({
      database,
      logger,
      clock: createFixedClock(new Date('2026-11-23T09:00:00Z')),
      mailer: createMailer({ smtpUrl: undefined, from: 'Cadence <cadence@localhost>', logger }),
    });
    try {
      const owner = await signUp(app);
      const workspaceId = await createWorkspaceFor(app, owner);
      const invitation = await as(app, owner, {
        method: 'POST',
        url: `/api/workspaces/${workspaceId}/invitations`,
        payload: { email: 'invited@example.com' },
      });
      const token = invitation.json().link.split('/invite/')[1] as string;
      expect(lines.some((line) => line.includes('invitation created'))).toBe(true);
      expect(lines.join('\n')).not.toContain(token);
      expect(lines.join('\n')).not.toContain('/invite/');
    } finally {
      await app.close();
    }
  });
});
