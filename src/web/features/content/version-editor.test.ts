import { describe, expect, it } from 'vitest';
import { accountsFor, goesByHand } from './version-editor.js';

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

describe('the versions left to publish by hand', () => {
  const pending = { publishMode: 'by_hand', status: 'pending', accountIds: null } as const;

  it('foresees, before scheduling, that an account will take a version', () => {
    // A webhook will take LinkedIn's, the Mastodon account Mastodon's; nothing serves Bluesky.
    expect(goesByHand({ ...pending, network: 'linkedin' }, accounts)).toBe(false);
    expect(goesByHand({ ...pending, network: 'mastodon' }, accounts)).toBe(false);
    expect(goesByHand({ ...pending, network: 'bluesky' }, accounts)).toBe(true);
    // Accounts chosen that are not of the network's kind: nobody takes it.
    expect(goesByHand({ ...pending, network: 'mastodon', accountIds: ['w1'] }, accounts)).toBe(true);
    expect(goesByHand({ ...pending, network: 'linkedin', accountIds: ['w2'] }, accounts)).toBe(false);
  });

  it('trusts the server once the post is planned, and when the accounts are not visible', () => {
    expect(goesByHand({ ...pending, network: 'linkedin', status: 'to_publish_by_hand' }, accounts)).toBe(
      true,
    );
    expect(goesByHand({ ...pending, network: 'linkedin', publishMode: 'connector' }, [])).toBe(false);
    expect(goesByHand({ ...pending, network: 'linkedin' }, undefined)).toBe(true);
  });
});
