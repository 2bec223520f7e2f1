import { describe, expect, it } from 'vitest';
import { derivePostStatus, deriveVersionStatus } from './post-status.js';

const at = new Date('2026-03-29T07:00:00Z');
const before = new Date('2026-03-29T06:59:00Z');
const byHand = { status: 'scheduled', publishMode: 'by_hand' } as const;

describe('post and version states', () => {
  it('asks a person to publish by hand from the minute it is due', () => {
    expect(deriveVersionStatus(byHand, at, before)).toBe('scheduled');
    expect(deriveVersionStatus(byHand, at, at)).toBe('to_publish_by_hand');
    expect(deriveVersionStatus({ ...byHand, publishMode: 'connector' }, at, at)).toBe('scheduled');
  });

  it('shows the state that needs attention first, and published once every version is', () => {
    const scheduled = { status: 'scheduled' as const, scheduledAt: at };
    const published = { status: 'published', publishMode: 'by_hand' } as const;
    expect(derivePostStatus(scheduled, [byHand, published], at)).toBe('to_publish_by_hand');
    expect(derivePostStatus(scheduled, [published, published], at)).toBe('published');
    expect(derivePostStatus(scheduled, [{ ...byHand, status: 'failed' }, byHand], at)).toBe('failed');
    expect(derivePostStatus(scheduled, [byHand], before)).toBe('scheduled');
    expect(derivePostStatus({ status: 'draft', scheduledAt: null }, [], at)).toBe('draft');
  });
});
