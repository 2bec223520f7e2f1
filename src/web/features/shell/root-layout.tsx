import { Outlet } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { changeLanguage, currentLanguage } from '../../app/i18n/index.js';
import { useMe, useUpdateMe } from '../../app/me-queries.js';

/**
 * The language of a signed-in person follows their profile: when a profile is loaded, its locale
 * wins over the device's; a profile without one takes the language in use.
 */
function useProfileLanguage() {
  const { data: me } = useMe();
  const updateMe = useUpdateMe();
  const syncedUserId = useRef<string | null>(null);
  const { mutate } = updateMe;

  useEffect(() => {
    if (!me || syncedUserId.current === me.user.id) return;
    syncedUserId.current = me.user.id;
    const profileLocale = me.profile.locale;
    if (profileLocale && profileLocale !== currentLanguage()) void changeLanguage(profileLocale);
    else if (!profileLocale) mutate({ locale: currentLanguage() });
  }, [me, mutate]);
}

export function RootLayout() {
  useProfileLanguage();
  return <Outlet />;
}
