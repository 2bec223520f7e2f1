import { describe, expect, it } from 'vitest';
import { accountsFor } from './version-editor.js';

const accounts = [
  { id: 'm1', network: 'mastodon', accountName: '@lea@piaille.example' },
  { id: 'w1', network: 'webhook', accountName: 'hooks.example' },
  { id: 'w2', network: 'webhook', accountName: 'n8n.example' },
];

describe('the accounts a version can go to', () => {
  it('offers a served network its own accounts only, and other networks the webhooks', () => {
    expect(accountsFor('mastodon', accounts).map((account) => account.id)).toEqual(['m1']);
    // No Bluesky account: the server publishes it by hand, so no webhook is offered for it.
    expect(accountsFor('bluesky', accounts)).toEqual([]);
    expect(accountsFor('linkedin', accounts).map((account) => account.id)).toEqual(['w1', 'w2']);
  });
});
