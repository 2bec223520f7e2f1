import { useMediaQuery } from '@mantine/hooks';

/** Where the layouts switch to a phone's (three calendar days, menus instead of button rows). */
export const phoneMedia = '(max-width: 40em)';

/** Whether the screen is a phone's, outside React (a route loader choosing what to fetch). */
export const isPhoneScreen = () => window.matchMedia(phoneMedia).matches;

/**
 * Whether a media query matches, right from the first render. Mantine's default answers `false`
 * first and the truth in an effect: on a phone every page drew its desktop layout, then drew it
 * again (FullCalendar twice over, and the content jumped). With no server rendering there is no
 * reason to wait.
 */
export function useMediaMatch(query: string): boolean {
  return useMediaQuery(query, undefined, { getInitialValueInEffect: false });
}
