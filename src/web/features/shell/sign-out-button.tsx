import { Button, type ButtonProps } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Ends the session, then reloads on the sign-in page: a full reload drops every cached answer
 * that belonged to the person who signed out.
 */
export async function signOut(target = '/sign-in') {
  // Loaded on demand: the auth client is only needed at this moment, not on every page load.
  const { authClient } = await import('../../app/auth-client.js');
  await authClient.signOut().catch(() => null);
  window.location.assign(target);
}

export function SignOutButton({ target, ...props }: ButtonProps & { target?: string }) {
  const { t } = useTranslation();
  const [isPending, setPending] = useState(false);
  return (
    <Button
      variant="subtle"
      color="gray"
      leftSection={<IconLogout size={16} aria-hidden />}
      loading={isPending}
      onClick={() => {
        setPending(true);
        void signOut(target);
      }}
      {...props}
    >
      {t('auth.signOut')}
    </Button>
  );
}
