import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addUtmParameters, postShortId, readUtmParameters, tagLinksInText, utmAttribution } from './utm.js';

const tags = { network: 'mastodon', campaign: 'Recettes d’hiver', content: '0a1b2c3d' };
const suffix = 'utm_source=mastodon&utm_medium=social&utm_campaign=recettes-d-hiver&utm_content=0a1b2c3d';

describe('addUtmParameters', () => {
  it('puts the parameters before the fragment, after an existing query', () => {
    expect(addUtmParameters('https://exemple.fr/menu#desserts', tags)).toBe(
      `https://exemple.fr/menu?${suffix}#desserts`,
    );
    expect(addUtmParameters('https://exemple.fr/menu?page=2#haut', tags)).toBe(
      `https://exemple.fr/menu?page=2&${suffix}#haut`,
    );
    expect(addUtmParameters('https://exemple.fr/menu?', tags)).toBe(`https://exemple.fr/menu?${suffix}`);
    expect(addUtmParameters('https://exemple.fr/menu?a=1&', tags)).toBe(
      `https://exemple.fr/menu?a=1&${suffix}`,
    );
  });

  it('keeps an internationalised domain and the person’s own encoding as written', () => {
    expect(addUtmParameters('https://pâtisserie.fr/gâteaux?q=%C3%A9t%C3%A9', tags)).toBe(
      `https://pâtisserie.fr/gâteaux?q=%C3%A9t%C3%A9&${suffix}`,
    );
  });

  it('never overwrites a UTM parameter already present', () => {
    expect(
      addUtmParameters('https://exemple.fr/?utm_source=newsletter&utm_content=bas', {
        ...tags,
        content: '0a1b2c3d',
      }),
    ).toBe(
      'https://exemple.fr/?utm_source=newsletter&utm_content=bas&utm_medium=social&utm_campaign=recettes-d-hiver',
    );
    const full = `https://exemple.fr/?${suffix}`;
    expect(addUtmParameters(full, { network: 'bluesky', campaign: 'Autre', content: 'ffffffff' })).toBe(full);
  });

  it('leaves what is not an http(s) link alone', () => {
    expect(addUtmParameters('ftp://exemple.fr/a', tags)).toBe('ftp://exemple.fr/a');
    expect(addUtmParameters('exemple.fr', tags)).toBe('exemple.fr');
  });

  it('property: the tags read back, earlier values win, and the rest of the link is untouched', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.constantFrom('mastodon', 'bluesky', 'linkedin'),
        fc.option(fc.string({ maxLength: 30 }), { nil: null }),
        (link, network, campaign) => {
          const tagged = addUtmParameters(link, { network, campaign, content: '12345678' });
          const before = readUtmParameters(link);
          const after = readUtmParameters(tagged);
          expect(after.source).toBe(before.source ?? network);
          expect(after.medium).toBe(before.medium ?? 'social');
          expect(after.content).toBe(before.content ?? '12345678');
          // Only query parameters were added: the fragment and everything before the query stay.
          const hash = link.indexOf('#');
          if (hash !== -1) expect(tagged.endsWith(link.slice(hash))).toBe(true);
          const head = link.split(/[?#]/)[0] ?? '';
          expect(tagged.startsWith(head)).toBe(true);
          // Tagging twice changes nothing more.
          expect(addUtmParameters(tagged, { network, campaign, content: '12345678' })).toBe(tagged);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe('tagLinksInText', () => {
  it('tags every link and leaves trailing punctuation outside', () => {
    const result = tagLinksInText(
      'Nouveau menu : https://exemple.fr/menu. Et (https://exemple.fr/carte) ! Voir https://exemple.fr/menu, merci',
      { network: 'mastodon', campaign: null },
    );
    const q = '?utm_source=mastodon&utm_medium=social';
    expect(result.text).toBe(
      `Nouveau menu : https://exemple.fr/menu${q}. Et (https://exemple.fr/carte${q}) ! Voir https://exemple.fr/menu${q}, merci`,
    );
    expect(result.links.map((link) => link.url)).toEqual([
      'https://exemple.fr/menu',
      'https://exemple.fr/carte',
    ]);
  });

  it('leaves a text without links unchanged', () => {
    expect(tagLinksInText('Rien ici, exemple.fr', tags)).toEqual({ text: 'Rien ici, exemple.fr', links: [] });
  });

  it('property: outside the links, the text is unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.webUrl({ withFragments: true }), fc.string({ maxLength: 12 })), {
          maxLength: 6,
        }),
        (pieces) => {
          const text = pieces.join(' ');
          const { text: tagged, links } = tagLinksInText(text, tags);
          let untagged = tagged;
          for (const link of links) untagged = untagged.split(link.tagged).join(link.url);
          expect(untagged).toBe(text);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe('attribution from UTM values', () => {
  it('reads the network, the post’s short id and the campaign, ignoring what does not fit', () => {
    expect(utmAttribution({ source: 'Mastodon', content: '0A1B2C3D', campaign: ' noel ' })).toEqual({
      network: 'mastodon',
      postShortId: '0a1b2c3d',
      campaign: 'noel',
    });
    expect(utmAttribution({ source: 'google', content: 'bas-de-page', campaign: '' })).toEqual({
      network: null,
      postShortId: null,
      campaign: null,
    });
  });

  it('a post’s short id is the start of its id', () => {
    expect(postShortId('0A1B2C3D-0000-4000-8000-000000000000')).toBe('0a1b2c3d');
  });
});
