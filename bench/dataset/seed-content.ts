import { sql } from 'drizzle-orm';
import type { Queryable } from '../../src/server/platform/db.js';
import { selectRows } from '../../src/server/platform/sql-rows.js';
import type { AgencyPlan } from './agency-plan.js';
import { createRandom, deriveSeed, type Random } from './seeded-random.js';

/**
 * Content and results at agency scale (issues #13 and #15): per workspace-year 1,000 posts, ten
 * metric snapshots per post and 100 outcomes, so that 50 workspaces over a year hold 50,000
 * posts, 500,000 snapshots and 5,000 outcomes. Posts go to the workspaces in proportion to their
 * tracked time (the busiest workspace is also the one with the most posts).
 */
export const postsPerWorkspaceYear = 1_000;
export const snapshotsPerPost = 10;
export const outcomesPerWorkspaceYear = 100;
const chunkSize = 5_000;

export type ContentSeedResult = { posts: number; versions: number; snapshots: number; outcomes: number };

type PostRow = {
  id: string;
  workspaceId: string;
  text: string;
  status: 'published' | 'scheduled';
  scheduledAt: string;
  authorUserId: string | null;
  effortMinutes: number;
};
type VersionRow = {
  id: string;
  workspaceId: string;
  postId: string;
  network: string;
  status: 'published' | 'scheduled';
  publishedAt: string | null;
};
type SnapshotRow = {
  workspaceId: string;
  postVersionId: string;
  takenAt: string;
  impressions: number;
  reactions: number;
  comments: number;
  shares: number;
  saves: number;
};
type OutcomeRow = {
  workspaceId: string;
  kind: 'lead' | 'client' | 'revenue';
  occurredOn: string;
  amountCents: number;
  network: string | null;
  postId: string | null;
};

/** A UUID (version 4 layout) drawn from the seeded stream: the same seed, the same ids. */
function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/** How many of `total` each workspace gets, in proportion to its weight (largest remainder). */
export function shareByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0) || 1;
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  const order = exact
    .map((value, index) => [value - Math.floor(value), index] as const)
    .sort((a, b) => b[0] - a[0]);
  let left = total - shares.reduce((acc, share) => acc + share, 0);
  for (const [, index] of order) {
    if (left-- <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
  }
  return shares;
}

/**
 * Writes the posts (one or two versions each, published over the dataset's period, a few
 * scheduled after it), their snapshots between publication and `now`, and the outcomes, in bulk
 * (column arrays through `unnest`, chunks of 5,000). The workspaces already exist with their time.
 */
export async function seedContent(options: {
  db: Queryable;
  plan: AgencyPlan;
  workspaceIds: readonly string[];
  now: Date;
  onProgress?: (done: number, total: number) => void;
}): Promise<ContentSeedResult> {
  const { db, plan, workspaceIds, now } = options;
  const years = plan.options.years;
  const tracked = await selectRows<{ workspaceId: string; seconds: number }>(
    db,
    sql`select workspace_id as "workspaceId", sum(extract(epoch from ended_at - started_at))::float8 as seconds
        from time_entries group by 1`,
  );
  const weights = workspaceIds.map((id) => tracked.find((row) => row.workspaceId === id)?.seconds ?? 1);
  const totalPosts = Math.round(postsPerWorkspaceYear * workspaceIds.length * years);
  const totalOutcomes = Math.round(outcomesPerWorkspaceYear * workspaceIds.length * years);
  const postShares = shareByWeight(totalPosts, weights);
  const outcomeShares = shareByWeight(totalOutcomes, weights);
  const authors = await selectRows<{ workspaceId: string; userId: string }>(
    db,
    sql`select workspace_id as "workspaceId", user_id as "userId" from memberships`,
  );
  const fromMs = Date.parse(`${plan.from}T08:00:00Z`);
  const untilMs = Date.parse(`${plan.options.until}T20:00:00Z`);
  const nowMs = now.getTime();
  const result: ContentSeedResult = { posts: 0, versions: 0, snapshots: 0, outcomes: 0 };
  const report = options.onProgress ?? (() => {});
  const total = totalPosts * (1 + snapshotsPerPost) + totalOutcomes;
  let done = 0;

  for (const [index, workspaceId] of workspaceIds.entries()) {
    const random = createRandom(deriveSeed(plan.options.seed, 7, index));
    const networks = plan.workspaces[index]?.networks ?? ['instagram'];
    const people = authors.filter((row) => row.workspaceId === workspaceId).map((row) => row.userId);
    const postRows: PostRow[] = [];
    const versionRows: VersionRow[] = [];
    const snapshotRows: SnapshotRow[] = [];
    for (let number = 0; number < (postShares[index] ?? 0); number++) {
      // 2 % are still to come (the next two weeks), the rest published over the period.
      const isScheduled = random.chance(0.02);
      const atMs = isScheduled
        ? nowMs + random.integer(1, 14 * 24) * 3_600_000
        : fromMs + Math.floor((random.next() * (untilMs - fromMs)) / 900_000) * 900_000;
      const scheduledAt = new Date(atMs).toISOString();
      const status = isScheduled ? 'scheduled' : 'published';
      const post: PostRow = {
        id: seededUuid(random),
        workspaceId,
        text: `Post ${number + 1}: ${random.pick(['astuce', 'coulisses', 'nouveauté', 'témoignage', 'question'])} #${random.integer(1, 999)}`,
        status,
        scheduledAt,
        authorUserId: people.length > 0 ? random.pick(people) : null,
        effortMinutes: random.chance(0.6) ? random.integer(5, 45) : 0,
      };
      postRows.push(post);
      const count = networks.length > 1 && random.chance(0.3) ? 2 : 1;
      const chosen = [...networks].sort(() => random.next() - 0.5).slice(0, count);
      for (const network of chosen) {
        const version: VersionRow = {
          id: seededUuid(random),
          workspaceId,
          postId: post.id,
          network,
          status,
          publishedAt: isScheduled ? null : scheduledAt,
        };
        versionRows.push(version);
        if (isScheduled) continue;
        // Readings between publication and now, growing: what the pull schedule would have kept.
        const readings = snapshotsPerPost / count;
        const reach = random.integer(50, 5_000);
        for (let reading = 1; reading <= readings; reading++) {
          const share = reading / readings;
          snapshotRows.push({
            workspaceId,
            postVersionId: version.id,
            takenAt: new Date(atMs + ((nowMs - atMs) * reading) / (readings + 1)).toISOString(),
            impressions: Math.round(reach * share),
            reactions: Math.round(reach * 0.04 * share),
            comments: Math.round(reach * 0.006 * share),
            shares: Math.round(reach * 0.004 * share),
            saves: Math.round(reach * 0.002 * share),
          });
        }
      }
    }
    const published = postRows.filter((post) => post.status === 'published');
    const outcomeRows: OutcomeRow[] = Array.from({ length: outcomeShares[index] ?? 0 }, () => {
      const kind = random.weighted([
        ['lead', 70],
        ['client', 15],
        ['revenue', 15],
      ] as const);
      const post = published.length > 0 && random.chance(0.4) ? random.pick(published) : null;
      const dayMs = post
        ? Date.parse(post.scheduledAt) + random.integer(0, 6) * 86_400_000
        : fromMs + random.next() * (untilMs - fromMs);
      return {
        workspaceId,
        kind,
        occurredOn: new Date(Math.min(dayMs, untilMs)).toISOString().slice(0, 10),
        amountCents: kind === 'lead' ? 0 : random.integer(5, 300) * 1_000,
        network: random.chance(0.8) ? random.pick(networks) : null,
        postId: post?.id ?? null,
      };
    });

    await db.transaction(async (tx) => {
      await insertChunks(tx, postRows, insertPosts);
      await insertChunks(tx, versionRows, insertVersions);
      await insertChunks(tx, snapshotRows, insertSnapshots);
      await insertChunks(tx, outcomeRows, insertOutcomes);
      // A tool subscription every month of the period: direct costs beside the labour.
      await tx.execute(sql`insert into direct_costs (workspace_id, month, kind, label, amount_cents, currency)
        select ${workspaceId}, month::date, 'tools', 'Planification', ${random.integer(10, 60) * 100}, 'EUR'
        from generate_series(date_trunc('month', ${plan.from}::date), ${plan.options.until}::date, interval '1 month') as month`);
    });
    result.posts += postRows.length;
    result.versions += versionRows.length;
    result.snapshots += snapshotRows.length;
    result.outcomes += outcomeRows.length;
    done += postRows.length + snapshotRows.length + outcomeRows.length;
    report(done, total);
  }
  report(total, total);
  return result;
}

async function insertChunks<Row>(
  tx: Queryable,
  rows: readonly Row[],
  insert: (tx: Queryable, chunk: readonly Row[]) => Promise<unknown>,
) {
  for (let offset = 0; offset < rows.length; offset += chunkSize)
    await insert(tx, rows.slice(offset, offset + chunkSize));
}

const column = <Row, Value>(rows: readonly Row[], pick: (row: Row) => Value) => sql.param(rows.map(pick));

const insertPosts = (tx: Queryable, rows: readonly PostRow[]) =>
  tx.execute(sql`insert into posts (id, workspace_id, text, status, scheduled_at, author_user_id, effort_minutes)
    select * from unnest(${column(rows, (row) => row.id)}::uuid[], ${column(rows, (row) => row.workspaceId)}::uuid[],
      ${column(rows, (row) => row.text)}::text[], ${column(rows, (row) => row.status)}::text[],
      ${column(rows, (row) => row.scheduledAt)}::timestamptz[], ${column(rows, (row) => row.authorUserId)}::text[],
      ${column(rows, (row) => row.effortMinutes)}::int[])`);

const insertVersions = (tx: Queryable, rows: readonly VersionRow[]) =>
  tx.execute(sql`insert into post_versions (id, workspace_id, post_id, network, status, published_at, published_url)
    select id, workspace_id, post_id, network, status, published_at,
      case when published_at is null then null else 'https://example.invalid/' || id end
    from unnest(${column(rows, (row) => row.id)}::uuid[], ${column(rows, (row) => row.workspaceId)}::uuid[],
      ${column(rows, (row) => row.postId)}::uuid[], ${column(rows, (row) => row.network)}::text[],
      ${column(rows, (row) => row.status)}::text[], ${column(rows, (row) => row.publishedAt)}::timestamptz[])
      as v(id, workspace_id, post_id, network, status, published_at)`);

const insertSnapshots = (tx: Queryable, rows: readonly SnapshotRow[]) =>
  tx.execute(sql`insert into post_metric_snapshots (workspace_id, post_version_id, taken_at, source, impressions,
      reactions, comments, shares, saves)
    select w, v, t, 'pulled', i, r, c, s, sv
    from unnest(${column(rows, (row) => row.workspaceId)}::uuid[], ${column(rows, (row) => row.postVersionId)}::uuid[],
      ${column(rows, (row) => row.takenAt)}::timestamptz[], ${column(rows, (row) => row.impressions)}::int[],
      ${column(rows, (row) => row.reactions)}::int[], ${column(rows, (row) => row.comments)}::int[],
      ${column(rows, (row) => row.shares)}::int[], ${column(rows, (row) => row.saves)}::int[])
      as m(w, v, t, i, r, c, s, sv)`);

const insertOutcomes = (tx: Queryable, rows: readonly OutcomeRow[]) =>
  tx.execute(sql`insert into outcomes (workspace_id, kind, occurred_on, amount_cents, currency, network, post_id, source)
    select w, k, d, a, 'EUR', n, p, 'import'
    from unnest(${column(rows, (row) => row.workspaceId)}::uuid[], ${column(rows, (row) => row.kind)}::text[],
      ${column(rows, (row) => row.occurredOn)}::date[], ${column(rows, (row) => row.amountCents)}::int[],
      ${column(rows, (row) => row.network)}::text[], ${column(rows, (row) => row.postId)}::uuid[])
      as o(w, k, d, a, n, p)`);
