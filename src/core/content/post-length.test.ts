import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes, findUrls, measurePostLength, measureText } from './post-length.js';

const family = '👩‍👩‍👧‍👦';
const flag = '🇫🇷';
const decomposedE = 'e\u0301';

describe('countGraphemes', () => {
  it('counts what a person sees as one character', () => {
    expect(countGraphemes(family)).toBe(1);
    expect(countGraphemes(flag)).toBe(1);
    expect(countGraphemes(`${flag}${flag}`)).toBe(2);
    expect(countGraphemes(decomposedE)).toBe(1);
    expect(countGraphemes('👍🏽')).toBe(1);
    expect(countGraphemes('Café')).toBe(4);
    expect(countGraphemes('')).toBe(0);
  });
});

describe('findUrls', () => {
  it('leaves the sentence punctuation out of the link', () => {
    expect(findUrls('Lire https://exemple.fr/a. Puis (https://exemple.fr/b) !')).toEqual([
      'https://exemple.fr/a',
      'https://exemple.fr/b',
    ]);
    expect(findUrls('https://fr.wikipedia.org/wiki/Paris_(ville)')).toEqual([
      'https://fr.wikipedia.org/wiki/Paris_(ville)',
    ]);
    expect(findUrls('pas de lien ici, ni http:// seul')).toEqual([]);
  });
});

describe('measurePostLength', () => {
  const longUrl = `https://exemple.fr/${'a'.repeat(200)}`;

  it('counts a link as 23 on Mastodon and X, in full on Bluesky', () => {
    expect(measurePostLength(`Voir ${longUrl}`, 'mastodon').count).toBe(5 + 23);
    expect(measurePostLength(`Voir ${longUrl}`, 'x').count).toBe(5 + 23);
    expect(measurePostLength(`Voir ${longUrl}`, 'bluesky').count).toBe(5 + longUrl.length);
  });

  it('knows each network limit', () => {
    const limits = (['mastodon', 'bluesky', 'x', 'linkedin', 'instagram', 'facebook'] as const).map(
      (network) => measurePostLength('', network).limit,
    );
    expect(limits).toEqual([500, 300, 280, 3000, 2200, 63_206]);
    expect(measurePostLength('texte', 'blog')).toMatchObject({ limit: null, isOver: false, count: 5 });
  });

  it('is over exactly past the limit', () => {
    expect(measurePostLength('a'.repeat(300), 'bluesky').isOver).toBe(false);
    expect(measurePostLength('a'.repeat(301), 'bluesky')).toMatchObject({ isOver: true, remaining: -1 });
    expect(measurePostLength(family.repeat(300), 'bluesky').isOver).toBe(false);
    expect(measurePostLength(`${decomposedE.repeat(300)}`, 'bluesky').isOver).toBe(false);
  });

  it('weighs emoji and CJK as two on X, Latin letters and accents as one', () => {
    expect(measurePostLength('a'.repeat(280), 'x').isOver).toBe(false);
    expect(measurePostLength('a'.repeat(281), 'x').isOver).toBe(true);
    expect(measurePostLength(family.repeat(140), 'x')).toMatchObject({ count: 280, isOver: false });
    expect(measurePostLength(flag.repeat(141), 'x').isOver).toBe(true);
    expect(measurePostLength('日本', 'x').count).toBe(4);
    expect(measurePostLength(decomposedE, 'x').count).toBe(1);
  });

  it('counts a Mastodon mention without its instance', () => {
    expect(measurePostLength('Merci @alice@mastodon.social !', 'mastodon').count).toBe(
      'Merci @alice !'.length,
    );
  });

  it('counts code points on Mastodon and graphemes on Bluesky', () => {
    expect(measurePostLength(family, 'mastodon').count).toBe([...family].length);
    expect(measurePostLength(family, 'bluesky').count).toBe(1);
    expect(measurePostLength(decomposedE, 'mastodon').count).toBe(2);
  });

  it("uses a connected account's own limits when one is known", () => {
    const instance = { maxCharacters: 1000, lengthUnit: 'code_points' as const, urlLength: 30 };
    expect(measurePostLength('a'.repeat(600), 'mastodon', instance)).toMatchObject({
      limit: 1000,
      isOver: false,
      remaining: 400,
    });
    expect(measurePostLength(`Voir ${longUrl}`, 'mastodon', instance).count).toBe(5 + 30);
    // A network Cadence knows no limit of takes the account's (a webhook towards LinkedIn).
    expect(measurePostLength('abc', 'other', { ...instance, maxCharacters: 2 }).isOver).toBe(true);
  });

  it('never counts more graphemes than UTF-16 units, and adding a character never shortens', () => {
    const cluster = fc.constantFrom(family, flag, decomposedE, 'a', 'é', '日', '👍🏽', ' ', '\n');
    fc.assert(
      fc.property(fc.array(cluster, { maxLength: 60 }), cluster, (parts, extra) => {
        const text = parts.join('');
        expect(countGraphemes(text)).toBeLessThanOrEqual(text.length);
        // Every listed cluster is complete, so none merges with its neighbour (flags pair their
        // regional indicators two by two, so a flag after a flag stays one each).
        expect(countGraphemes(text + extra)).toBe(countGraphemes(text) + countGraphemes(extra));
        for (const network of ['bluesky', 'x', 'mastodon'] as const) {
          expect(measurePostLength(text + extra, network).count).toBeGreaterThanOrEqual(
            measurePostLength(text, network).count,
          );
        }
      }),
    );
  });

  it('gives a URL the same weight wherever it stands and however long it is', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), fc.string({ maxLength: 40 }), (url, words) => {
        const safeWords = words.replace(/\s|https?:/g, 'x');
        const text = `${safeWords} ${url}`;
        fc.pre(findUrls(text).length === 1 && findUrls(text)[0] === url);
        expect(measurePostLength(text, 'mastodon').count).toBe([...`${safeWords} `].length + 23);
      }),
    );
  });
});

describe('measureText', () => {
  it('is the one counting rule: a property over every unit', () => {
    const cluster = fc.constantFrom(family, flag, decomposedE, 'a', '日', ' ');
    fc.assert(
      fc.property(fc.array(cluster, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const rule = { urlLength: null, countsMentionsWithoutDomain: false };
        const graphemes = measureText(text, { ...rule, unit: 'graphemes' });
        expect(graphemes).toBe(countGraphemes(text));
        expect(measureText(text, { ...rule, unit: 'code_points' })).toBeGreaterThanOrEqual(graphemes);
        expect(measureText(text, { ...rule, unit: 'weighted' })).toBeGreaterThanOrEqual(graphemes);
      }),
    );
  });
});
