import { startFakeMastodon } from '../../src/server/connectors/mastodon/testing/fake-mastodon.js';
import type { FakeMastodonReply, FakeMastodonRequest } from './fake-mastodon-process.js';

/** The child side of `startFakeMastodonProcess`: the fake, driven by its parent over IPC. */
const options = JSON.parse(process.argv[2] ?? '{}');
const fake = await startFakeMastodon(options);
const reply = (message: FakeMastodonReply) => process.send?.(message);
const accountsByPrefix = new Map<string, ReturnType<typeof fake.addAccount>[]>();

process.on('message', (request: FakeMastodonRequest) => {
  try {
    if (request.type === 'add-accounts') {
      const added = Array.from({ length: request.count }, (_, index) =>
        fake.addAccount(`${request.prefix}${index}`),
      );
      accountsByPrefix.set(request.prefix, [...(accountsByPrefix.get(request.prefix) ?? []), ...added]);
      reply({
        type: 'accounts',
        accounts: added.map((account) => ({
          id: account.id,
          username: account.username,
          accessToken: fake.issueToken(account),
        })),
      });
      return;
    }
    const perText = new Map<string, number>();
    let statuses = 0;
    for (const account of accountsByPrefix.get(request.prefix) ?? [])
      for (const status of fake.statusesOf(account)) {
        statuses += 1;
        perText.set(status.text, (perText.get(status.text) ?? 0) + 1);
      }
    reply({
      type: 'counts',
      statuses,
      distinctTexts: perText.size,
      duplicatedTexts: [...perText.values()].filter((count) => count > 1).length,
    });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
// The parent gone (or closing it): stop serving.
process.on('disconnect', () => void fake.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));
reply({ type: 'ready', url: fake.url });
