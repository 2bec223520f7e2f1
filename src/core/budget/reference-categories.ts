/**
 * The seven reference task categories of the method (domain.md §2). Only stable keys live here:
 * human labels and descriptions are translations owned by the web app, so the core never has to
 * change when a wording does.
 */

export const referenceCategoryKeys = [
  'veille',
  'acquisition',
  'blogging',
  'curation',
  'communication',
  'analyse',
  'strategie',
] as const;

export type ReferenceCategoryKey = (typeof referenceCategoryKeys)[number];

/** Mantine's built-in palette names, so the web app can pass them straight to `color=`. */
export type MantineColorName =
  | 'dark'
  | 'gray'
  | 'red'
  | 'pink'
  | 'grape'
  | 'violet'
  | 'indigo'
  | 'blue'
  | 'cyan'
  | 'teal'
  | 'green'
  | 'lime'
  | 'yellow'
  | 'orange';

export interface ReferenceCategory {
  key: ReferenceCategoryKey;
  defaultColor: MantineColorName;
  /**
   * "One complex task at a time": a complex task started and left unfinished is a loss, so the
   * routine should give it one uninterrupted block rather than scattered slots.
   */
  isComplexByDefault: boolean;
  /** 1-based; user-defined categories are expected to sort after the reference ones. */
  sortOrder: number;
}

// Colours are pairwise distinct and avoid 'red' (reads as an error) and 'yellow' (poor contrast).
export const referenceCategories: readonly ReferenceCategory[] = Object.freeze([
  { key: 'veille', defaultColor: 'cyan', isComplexByDefault: false, sortOrder: 1 },
  { key: 'acquisition', defaultColor: 'blue', isComplexByDefault: false, sortOrder: 2 },
  { key: 'blogging', defaultColor: 'grape', isComplexByDefault: true, sortOrder: 3 },
  { key: 'curation', defaultColor: 'teal', isComplexByDefault: false, sortOrder: 4 },
  { key: 'communication', defaultColor: 'orange', isComplexByDefault: false, sortOrder: 5 },
  { key: 'analyse', defaultColor: 'indigo', isComplexByDefault: false, sortOrder: 6 },
  { key: 'strategie', defaultColor: 'pink', isComplexByDefault: true, sortOrder: 7 },
] satisfies ReferenceCategory[]);

const referenceCategoryByKey = new Map(referenceCategories.map((category) => [category.key, category]));

export function isReferenceCategoryKey(value: string): value is ReferenceCategoryKey {
  return referenceCategoryByKey.has(value as ReferenceCategoryKey);
}

export function getReferenceCategory(key: ReferenceCategoryKey): ReferenceCategory {
  const category = referenceCategoryByKey.get(key);
  if (category === undefined) {
    throw new RangeError(`Unknown reference category key: ${String(key)}`);
  }
  return category;
}
