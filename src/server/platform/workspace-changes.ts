import pg from 'pg';
import type { Logger } from 'pino';
import type { DatabaseHandle } from './db.js';

/** The channel the database's triggers notify (db/migrations/0024_workspace_changes.sql). */
export const workspaceChangesChannel = 'cadence_workspace_changed';

export type WorkspaceChangesListener = {
  /** Whether every committed change now reaches `onChange`: false until listening, and while lost. */
  readonly isListening: boolean;
  stop: () => Promise<void>;
};

export type WorkspaceChangesHandlers = {
  /** A statement changed this workspace ('*': any workspace), committed. */
  onChange: (payload: string) => void;
  /** Changes may have been missed: the connection was lost, or has just come (back). */
  onMissedChanges: () => void;
};

const firstRetryMilliseconds = 500;
const lastRetryMilliseconds = 30_000;

/**
 * Hears the database's change notifications. On the embedded database, through PGlite's own
 * `listen` (one connection, never lost). On PostgreSQL, on a dedicated client of its own (the
 * pool's connections come and go; a LISTEN lives as long as its connection): when it is lost,
 * `onMissedChanges` says so at once and again once listening anew (what was committed in between
 * was never heard), retrying with a doubling delay.
 */
export async function listenToWorkspaceChanges(
  database: DatabaseHandle,
  logger: Pick<Logger, 'warn' | 'info'>,
  handlers: WorkspaceChangesHandlers,
): Promise<WorkspaceChangesListener> {
  if (database.pglite) {
    const unlisten = await database.pglite.listen(workspaceChangesChannel, handlers.onChange);
    handlers.onMissedChanges();
    return {
      isListening: true,
      // The database may already be closed by whoever owned it: nothing is left to stop then.
      stop: () => unlisten().catch(() => undefined),
    };
  }
  const url = database.url;
  if (!url) throw new Error('A PostgreSQL handle has a URL');

  let client: pg.Client | null = null;
  let isListening = false;
  let isStopped = false;
  let retryMilliseconds = firstRetryMilliseconds;
  let retryTimer: NodeJS.Timeout | undefined;

  const lose = (connection: pg.Client, error?: Error) => {
    if (client !== connection) return;
    client = null;
    isListening = false;
    handlers.onMissedChanges();
    connection.end().catch(() => undefined);
    if (isStopped) return;
    logger.warn({ err: error }, 'lost the database connection that hears workspace changes: not caching');
    retryTimer = setTimeout(() => void connect(), retryMilliseconds);
    retryMilliseconds = Math.min(retryMilliseconds * 2, lastRetryMilliseconds);
  };

  async function connect(): Promise<void> {
    const connection = new pg.Client({ connectionString: url, application_name: 'cadence-changes' });
    client = connection;
    connection.on('notification', (message) => {
      if (message.channel === workspaceChangesChannel) handlers.onChange(message.payload ?? '*');
    });
    connection.on('error', (error) => lose(connection, error));
    connection.on('end', () => lose(connection));
    try {
      await connection.connect();
      await connection.query(`listen ${workspaceChangesChannel}`);
    } catch (error) {
      lose(connection, error as Error);
      return;
    }
    if (client !== connection || isStopped) return;
    isListening = true;
    retryMilliseconds = firstRetryMilliseconds;
    handlers.onMissedChanges();
  }

  await connect();
  return {
    get isListening() {
      return isListening;
    },
    async stop() {
      isStopped = true;
      clearTimeout(retryTimer);
      const connection = client;
      client = null;
      isListening = false;
      await connection?.end().catch(() => undefined);
    },
  };
}
