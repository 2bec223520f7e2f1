import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether a media query matches, right from the first render. Mantine's default answers `false`
 * first and the truth in an effect: on a phone every page drew its desktop layout, then drew it
 * again (FullCalendar twice over, and the content jumped). With no server rendering there is no
 * reason to wait.
 */
export function useMediaMatch(query: string): boolean {
  return useMediaQuery(query, undefined, { getInitialValueInEffect: false });
}
