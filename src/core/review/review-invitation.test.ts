import { describe, expect, it } from 'vitest';
import { reviewInvitation } from './review-invitation.js';

describe('the review the overview invites to', () => {
  const monday = '2026-12-07';
  const longAgo = '2026-01-15';

  it('invites to review the week in progress from Friday to Sunday, and to nothing midweek', () => {
    expect(reviewInvitation('2026-12-11', monday, longAgo)).toBe('friday');
    expect(reviewInvitation('2026-12-12', monday, longAgo)).toBe('weekend');
    expect(reviewInvitation('2026-12-13', monday, longAgo)).toBe('weekend');
    for (const midweek of ['2026-12-08', '2026-12-09', '2026-12-10'])
      expect(reviewInvitation(midweek, monday, longAgo)).toBeNull();
  });

  it("offers last week's on Monday, only to a workspace that existed last week", () => {
    expect(reviewInvitation(monday, monday, longAgo)).toBe('last-week');
    expect(reviewInvitation(monday, monday, '2026-12-06')).toBe('last-week');
    expect(reviewInvitation(monday, monday, monday)).toBeNull();
  });

  it('reviews a week made this Friday, even by a workspace made this week', () => {
    expect(reviewInvitation('2026-12-11', monday, '2026-12-11')).toBe('friday');
  });
});
