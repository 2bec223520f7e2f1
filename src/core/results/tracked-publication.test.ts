import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText } from '../content/post-length.js';
import { tagPublicationContent, tagsLinksInText } from './tracked-publication.js';

const tags = { network: 'mastodon', campaign: 'Ateliers', content: '0a1b2c3d' };
const mastodonRule = { unit: 'code_points', urlLength: 23, countsMentionsWithoutDomain: true } as const;

describe('tagging a publication at publish time', () => {
  it('rewrites links in the text only where every link counts for a fixed length', () => {
    expect(tagsLinksInText('mastodon')).toBe(true);
    expect(tagsLinksInText('x')).toBe(true);
    expect(tagsLinksInText('bluesky')).toBe(false);
    expect(tagsLinksInText('linkedin')).toBe(false);
    expect(tagsLinksInText('blog')).toBe(false);
  });

  it('on Mastodon, tags the text and the card link', () => {
    const result = tagPublicationContent(
      { texts: ['Inscriptions : https://exemple.fr/ateliers#mars.'], link: 'https://exemple.fr/ateliers' },
      'mastodon',
      tags,
    );
    const q = 'utm_source=mastodon&utm_medium=social&utm_campaign=ateliers&utm_content=0a1b2c3d';
    expect(result.texts).toEqual([`Inscriptions : https://exemple.fr/ateliers?${q}#mars.`]);
    expect(result.link).toBe(`https://exemple.fr/ateliers?${q}`);
    expect(result.trackedLinks.map((link) => link.url)).toEqual([
      'https://exemple.fr/ateliers#mars',
      'https://exemple.fr/ateliers',
    ]);
  });

  it('on Bluesky, keeps the text as checked and lists the tagged links for the facets', () => {
    const text = 'Inscriptions : https://exemple.fr/ateliers !';
    const result = tagPublicationContent({ texts: [text], link: null }, 'bluesky', {
      ...tags,
      network: 'bluesky',
    });
    expect(result.texts).toEqual([text]);
    expect(result.trackedLinks).toEqual([
      {
        url: 'https://exemple.fr/ateliers',
        tagged:
          'https://exemple.fr/ateliers?utm_source=bluesky&utm_medium=social&utm_campaign=ateliers&utm_content=0a1b2c3d',
      },
    ]);
  });

  it('property: on Mastodon, a tagged text counts exactly as its draft', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.webUrl({ withQueryParameters: true, withFragments: true }),
            fc.string({ maxLength: 15 }),
          ),
          {
            maxLength: 5,
          },
        ),
        (pieces) => {
          const text = pieces.join(' ');
          const [tagged = ''] = tagPublicationContent({ texts: [text], link: null }, 'mastodon', tags).texts;
          expect(measureText(tagged, mastodonRule)).toBe(measureText(text, mastodonRule));
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});
