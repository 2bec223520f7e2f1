import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import type { DatabaseHandle } from '../../src/server/platform/db.js';
import type { AgencyPlan } from '../dataset/agency-plan.js';
import { type DatabaseKind, openDataset, postgresDatasetUrl } from '../dataset/dataset-store.js';
import { benchOrigin, buildBenchApp, datasetNow } from './bench-app.js';
import { createHttpClient, type HttpClient } from './http-client.js';
import { createInjectClient, type Session } from './inject-client.js';

/** Runs one SQL text with parameters straight on the driver, bypassing the app. */
export type RawQuery = (text: string, parameters: unknown[]) => Promise<unknown[]>;

/** The app on a dataset, listening on loopback, with the agency owner signed in. */
export type BenchContext = {
  kind: DatabaseKind;
  database: DatabaseHandle;
  app: FastifyInstance;
  baseUrl: string;
  owner: Session;
  /** GETs as the owner over real HTTP (see `getAs`). */
  ownerHttp: HttpClient;
  /** The workspace with the most tracked time: the heaviest reports. */
  busiestWorkspaceId: string;
  rawQuery: RawQuery;
  /**
   * Runs `work` in a transaction on the bare driver, rolled back at the end. On PGlite it holds
   * the one connection as the app's transactions do (other requests' queries wait for it).
   */
  rawRolledBack: (work: (query: RawQuery) => Promise<void>) => Promise<void>;
  close: () => Promise<void>;
};

export async function openBenchContext(
  name: string,
  kind: DatabaseKind,
  plan: AgencyPlan,
  serverUrl: string | undefined,
): Promise<BenchContext> {
  const database = await openDataset(name, kind, { fresh: false, serverUrl });
  const app = await buildBenchApp(database, datasetNow(plan));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const owner = await createInjectClient(app, benchOrigin).signIn(plan.owner);

  let rawQuery: RawQuery;
  let rawRolledBack: BenchContext['rawRolledBack'];
  let closeRaw = async () => {};
  if (kind === 'pglite' && database.pglite) {
    const pglite = database.pglite;
    rawQuery = async (text, parameters) => (await pglite.query(text, parameters)).rows;
    rawRolledBack = (work) =>
      pglite.transaction(async (tx) => {
        await work(async (text, parameters) => (await tx.query(text, parameters)).rows);
        await tx.rollback();
      });
  } else {
    const client = new pg.Client({ connectionString: postgresDatasetUrl(serverUrl ?? '', name) });
    await client.connect();
    rawQuery = async (text, parameters) => (await client.query(text, parameters)).rows;
    closeRaw = () => client.end();
    rawRolledBack = async (work) => {
      await client.query('begin');
      try {
        await work(rawQuery);
      } finally {
        await client.query('rollback');
      }
    };
  }
  const [busiest] = (await rawQuery(
    'select workspace_id as "workspaceId" from time_entries group by workspace_id order by count(*) desc limit 1',
    [],
  )) as { workspaceId: string }[];
  if (!busiest) throw new Error(`the ${kind} dataset "${name}" has no time entries: run npm run bench:data`);

  const ownerHttp = createHttpClient(baseUrl, { cookie: owner.cookie });
  return {
    kind,
    database,
    app,
    baseUrl,
    owner,
    ownerHttp,
    busiestWorkspaceId: busiest.workspaceId,
    rawQuery,
    rawRolledBack,
    async close() {
      ownerHttp.close();
      await closeRaw();
      await app.close();
      await database.close();
    },
  };
}

/** GET over real HTTP (loopback) as the signed-in owner; the body is read in full and parsed. */
export function getAs(context: BenchContext, path: string): Promise<unknown> {
  return context.ownerHttp.getJson(path);
}
