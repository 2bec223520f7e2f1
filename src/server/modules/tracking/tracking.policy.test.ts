import { describe, expect, it } from 'vitest';
import { canEditTimeOf, canUndoImport } from './tracking.policy.js';

describe('tracking policy', () => {
  it('lets members edit their own time only, managers and owners anyone’s, viewers nothing', () => {
    expect(canEditTimeOf({ userId: 'a', role: 'member' }, 'a')).toBe(true);
    expect(canEditTimeOf({ userId: 'a', role: 'member' }, 'b')).toBe(false);
    expect(canEditTimeOf({ userId: 'a', role: 'manager' }, 'b')).toBe(true);
    expect(canEditTimeOf({ userId: 'a', role: 'owner' }, 'b')).toBe(true);
    expect(canEditTimeOf({ userId: 'a', role: 'viewer' }, 'a')).toBe(false);
  });

  it('lets the importer or a manager undo an import', () => {
    expect(canUndoImport({ userId: 'a', role: 'member' }, 'a')).toBe(true);
    expect(canUndoImport({ userId: 'a', role: 'member' }, 'b')).toBe(false);
    expect(canUndoImport({ userId: 'a', role: 'manager' }, 'b')).toBe(true);
  });
});
