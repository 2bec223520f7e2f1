import { describe, expect, it } from 'vitest';
import {
  getReferenceCategory,
  isReferenceCategoryKey,
  referenceCategories,
  referenceCategoryKeys,
} from './reference-categories.js';

describe('reference categories', () => {
  it('lists the seven keys of the method in table order', () => {
    expect(referenceCategories.map((category) => category.key)).toEqual([
      'veille',
      'acquisition',
      'blogging',
      'curation',
      'communication',
      'analyse',
      'strategie',
    ]);
    expect(referenceCategories.map((category) => category.sortOrder)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(referenceCategoryKeys).toHaveLength(7);
  });

  it('gives every category a distinct colour', () => {
    const colours = new Set(referenceCategories.map((category) => category.defaultColor));
    expect(colours.size).toBe(7);
  });

  it('marks only blogging and strategie as complex', () => {
    const complex = referenceCategories.filter((category) => category.isComplexByDefault).map((c) => c.key);
    expect(complex).toEqual(['blogging', 'strategie']);
  });

  it('recognises keys and nothing else', () => {
    expect(isReferenceCategoryKey('curation')).toBe(true);
    expect(isReferenceCategoryKey('moderation')).toBe(false);
    expect(isReferenceCategoryKey('toString')).toBe(false);
    expect(getReferenceCategory('blogging').defaultColor).toBe('grape');
  });
});
