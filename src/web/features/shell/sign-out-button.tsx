import { Button, type ButtonProps } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authClient } from '../../app/auth-client.js';

/**
 * Ends the session, then reloads on the sign-in page: a full reload drops every cached answer
 * that belonged to the person who signed out.
 */
export async function signOut(target = '/sign-in') {
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
