import type { Queryable, RunInTransaction } from '../../platform/db.js';

/**
 * Queues one mail per person and period at most once. For each item, `insertRow` writes the row
 * that records the mail as owed (with ON CONFLICT DO NOTHING, returning the rows it wrote) and
 * `sendJob` queues its job in the same transaction: a second check, a second process or a retry
 * finds the row, writes nothing and queues nothing, and a rolled-back job leaves no row behind.
 * Returns how many were queued now.
 */
export async function queueOncePerRow<Item>(
  runInTransaction: RunInTransaction,
  items: readonly Item[],
  steps: {
    insertRow: (tx: Queryable, item: Item) => Promise<readonly unknown[]>;
    sendJob: (tx: Queryable, item: Item) => Promise<unknown>;
  },
): Promise<number> {
  let queued = 0;
  for (const item of items) {
    const isNew = await runInTransaction(async (tx) => {
      const written = await steps.insertRow(tx, item);
      if (written.length === 0) return false;
      await steps.sendJob(tx, item);
      return true;
    });
    if (isNew) queued += 1;
  }
  return queued;
}
