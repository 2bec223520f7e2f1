import type { Me } from '../../contracts/me.js';
import { changeLanguage, currentLanguage } from './i18n/index.js';

/**
 * A signed-in person's profile language wins over the device's: switches to it when it differs.
 * `null` when there is nothing to switch to (no profile language, or already in it).
 */
export function followProfileLanguage(me: Me | null | undefined): Promise<void> | null {
  const locale = me?.profile.locale;
  return locale && locale !== currentLanguage() ? changeLanguage(locale) : null;
}
