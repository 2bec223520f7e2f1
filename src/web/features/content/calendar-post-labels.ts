import type { TFunction } from 'i18next';
import type { CalendarPost } from '../../../contracts/content-calendar.js';
import type { ColourBy } from './calendar-range.js';
import { colourOfNetwork, colourOfPillar } from './content-colours.js';

/** The month cell's start of a text, cut between characters (an emoji is not split in two). */
export const excerptOf = (text: string) => Array.from(text.trim()).slice(0, 80).join('');

/** A post's colour on the calendar: its pillar's, or its first network's. */
export const colourOfPost = (post: CalendarPost, colourBy: ColourBy, pillarIds: readonly string[]) =>
  colourBy === 'pillar'
    ? colourOfPillar(post.pillarId, pillarIds)
    : colourOfNetwork(post.versions[0]?.network ?? 'other');

/** "Excerpt · Instagram, Facebook · Scheduled": the grid's event title, whole for screen readers. */
export function postTitle(post: CalendarPost, t: TFunction): string {
  const networks = post.versions.map((version) => t(`networks.${version.network}`)).join(', ');
  const status = t(`content.posts.statuses.${post.status}`);
  return `${excerptOf(post.excerpt) || t('content.posts.untitled')} · ${networks} · ${status}`;
}
