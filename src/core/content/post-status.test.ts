import { describe, expect, it } from 'vitest';
import { derivePostStatus, deriveVersionStatus, versionStatusWhen } from './post-status.js';

const at = new Date('2026-03-29T07:00:00Z');
const before = new Date('2026-03-29T06:59:00Z');
const byHand = { status: 'scheduled', publishMode: 'by_hand' } as const;

describe('post and version states', () => {
  it('asks a person to publish by hand from the minute it is due', () => {
    expect(deriveVersionStatus(byHand, at, before)).toBe('scheduled');
    expect(deriveVersionStatus(byHand, at, at)).toBe('to_publish_by_hand');
    expect(deriveVersionStatus({ ...byHand, publishMode: 'connector' }, at, at)).toBe('scheduled');
  });

  it('says the same once told whether the time has come', () => {
    const states = [
      'pending',
      'scheduled',
      'publishing',
      'published',
      'failed',
      'unknown',
      'missed',
    ] as const;
    for (const status of states)
      for (const publishMode of ['by_hand', 'connector'] as const)
        for (const now of [before, at, new Date('2026-03-29T07:00:00.001Z')])
          expect(versionStatusWhen(status, publishMode, at.getTime() <= now.getTime())).toBe(
            deriveVersionStatus({ status, publishMode }, at, now),
          );
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
