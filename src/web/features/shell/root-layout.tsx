import { Outlet } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { currentLanguage } from '../../app/i18n/index.js';
import { useMe, useUpdateMe } from '../../app/me-queries.js';
import { followProfileLanguage } from '../../app/profile-language.js';

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
    if (!me.profile.locale) mutate({ locale: currentLanguage() });
    else void followProfileLanguage(me);
  }, [me, mutate]);
}

export function RootLayout() {
  useProfileLanguage();
  return <Outlet />;
}
