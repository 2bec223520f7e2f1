import { TID } from '@atproto/common-web';
import { describe, expect, it } from 'vitest';
import { freezePublicationRequest } from '../../../contracts/connectors.js';
import { buildPostRecord, detectFacets, recordKeyFor } from './post-record.js';

const frozen = { idempotencyKey: 'pub_aaaaaaaaaaaaaaaa', frozenAt: '2026-10-25T01:30:00.000Z' };

describe('recordKeyFor', () => {
  it('is a valid TID, the same on every attempt, in thread order', () => {
    const keys = [0, 1, 2].map((index) => recordKeyFor(frozen, index));
    expect(keys.map((key) => TID.is(key))).toEqual([true, true, true]);
    expect(keys).toEqual([0, 1, 2].map((index) => recordKeyFor(frozen, index)));
    expect([...keys].sort()).toEqual(keys);
    // Its time is the freeze instant (to the millisecond).
    expect(Math.floor(TID.fromStr(keys[0] ?? '').timestamp() / 1000)).toBe(Date.parse(frozen.frozenAt));
  });

  it('differs between publications frozen at the same instant', () => {
    // Collisions are possible (about 1 in 40,000 for two keys in one millisecond), not among these.
    const keys = new Set(
      Array.from({ length: 200 }, (_, index) =>
        recordKeyFor({ ...frozen, idempotencyKey: `pub_${String(index).padStart(16, '0')}` }, 0),
      ),
    );
    expect(keys.size).toBe(200);
  });
});

describe('buildPostRecord', () => {
  it('builds the same record from the same frozen request', () => {
    const request = freezePublicationRequest({
      ...frozen,
      parts: [{ text: 'Bonjour' }],
      link: { url: 'https://example.org/' },
      language: 'fr',
    });
    const build = () => buildPostRecord({ request, partIndex: 0, facets: [], images: [], reply: null });
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
    expect(build()).toEqual({
      $type: 'app.bsky.feed.post',
      text: 'Bonjour',
      createdAt: '2026-10-25T01:30:00.000Z',
      langs: ['fr'],
      embed: {
        $type: 'app.bsky.embed.external',
        external: { uri: 'https://example.org/', title: '', description: '' },
      },
    });
  });
});

describe('tracked links in facets', () => {
  it('points a link facet to its tagged link while the text shows the link as written', async () => {
    const text = 'Voir https://exemple.fr/ateliers !';
    const tagged = 'https://exemple.fr/ateliers?utm_source=bluesky&utm_medium=social&utm_content=0a1b2c3d';
    const facets = await detectFacets(text, async () => null, [
      { url: 'https://exemple.fr/ateliers', tagged },
    ]);
    expect(facets).toHaveLength(1);
    expect(facets[0]?.features).toEqual([{ $type: 'app.bsky.richtext.facet#link', uri: tagged }]);
    const bytes = new TextEncoder().encode(text);
    const { byteStart, byteEnd } = facets[0]?.index ?? { byteStart: 0, byteEnd: 0 };
    expect(new TextDecoder().decode(bytes.slice(byteStart, byteEnd))).toBe('https://exemple.fr/ateliers');
    const untracked = await detectFacets(text, async () => null);
    expect(untracked[0]?.features).toEqual([
      { $type: 'app.bsky.richtext.facet#link', uri: 'https://exemple.fr/ateliers' },
    ]);
  });
});
