import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FakeMastodonOptions } from '../../src/server/connectors/mastodon/testing/fake-mastodon.js';

/** A fake account as the parent sees it: enough to connect it and count its statuses. */
export type RemoteFakeAccount = { id: string; username: string; accessToken: string };

export type FakeMastodonRequest =
  | { type: 'add-accounts'; prefix: string; count: number }
  | { type: 'count-statuses'; prefix: string };
export type FakeMastodonReply =
  | { type: 'ready'; url: string }
  | { type: 'accounts'; accounts: RemoteFakeAccount[] }
  | { type: 'counts'; statuses: number; distinctTexts: number; duplicatedTexts: number }
  | { type: 'error'; message: string };

const childEntry = fileURLToPath(new URL('./fake-mastodon-child.ts', import.meta.url));

/**
 * The fake Mastodon in a child process: a real instance is another machine, so its cost (HTTP
 * parsing, JSON, its bookkeeping) must not share the event loop of the worker it answers. Both
 * sides of benchmark 7 (the pipeline and the bare loop) talk to the same child over loopback.
 * The child inherits this process's loader (tsx), so it runs the same TypeScript fake.
 */
export async function startFakeMastodonProcess(options: FakeMastodonOptions = {}) {
  const child: ChildProcess = fork(childEntry, [JSON.stringify(options)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let pending: { resolve: (reply: FakeMastodonReply) => void; reject: (error: Error) => void } | null = null;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.on('message', (reply: FakeMastodonReply) => {
    const waiting = pending;
    pending = null;
    if (reply.type === 'error') waiting?.reject(new Error(`fake Mastodon: ${reply.message}`));
    else waiting?.resolve(reply);
  });
  child.once('exit', (code) => pending?.reject(new Error(`fake Mastodon exited (${code})`)));
  // One question at a time: each answer is for the question before it.
  const ask = (request: FakeMastodonRequest | null) =>
    new Promise<FakeMastodonReply>((resolve, reject) => {
      pending = { resolve, reject };
      if (request) child.send(request);
    });
  const ready = await ask(null);
  if (ready.type !== 'ready') throw new Error('fake Mastodon did not start');
  return {
    url: ready.url,
    /** `count` accounts named `<prefix><n>`, each with a token as if it had gone through OAuth. */
    async addAccounts(prefix: string, count: number): Promise<RemoteFakeAccount[]> {
      const reply = await ask({ type: 'add-accounts', prefix, count });
      if (reply.type !== 'accounts') throw new Error(`unexpected answer ${reply.type}`);
      return reply.accounts;
    },
    /** Counted on the fake: statuses of the accounts named `<prefix>…`, and texts posted more than once. */
    async countStatuses(prefix: string) {
      const reply = await ask({ type: 'count-statuses', prefix });
      if (reply.type !== 'counts') throw new Error(`unexpected answer ${reply.type}`);
      return reply;
    },
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
