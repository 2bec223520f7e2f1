import pino from 'pino';
import type { CadenceDependencies } from '../../cadence.js';
import { createFixedClock } from '../../platform/clock.js';
import type { DatabaseHandle } from '../../platform/db.js';
import { parseNetworkAllowList } from '../../platform/network-address.js';
import { createSafeFetch } from '../../platform/safe-fetch.js';
import { buildTestApp } from '../../testing/test-app.js';
import { createTestDatabase, truncateAll } from '../../testing/test-database.js';

/**
 * An app that reaches the local test peers (through the real SSRF-safe fetch, allowed loopback
 * only) and keeps every log line, for the token-leak checks. Its clock starts at the real time:
 * webhook receivers refuse signatures more than five minutes off their own clock.
 */
export async function createConnectionsTestContext(
  peers: Pick<CadenceDependencies, 'blueskyIdentity'> = {},
  options: { worker?: boolean } = {},
) {
  const database: DatabaseHandle = await createTestDatabase();
  const logLines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
  const clock = createFixedClock(new Date());
  const app = await buildTestApp({
    database,
    logger,
    clock,
    mailer: { isConfigured: false, send: async () => {} },
    fetch: createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.0/8,::1/128') }),
    worker: options.worker ?? false,
    ...peers,
  });
  return {
    app,
    database,
    clock,
    logLines,
    /** Logs are kept across tests: a file's last test reads them all. */
    reset: async () => {
      clock.set(new Date());
      await truncateAll(database);
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
