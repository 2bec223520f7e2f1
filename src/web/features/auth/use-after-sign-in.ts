import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';

/** Once a session exists: forget what was cached for nobody, then go where the person was heading. */
export function useAfterSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (redirectTo: string | undefined) => {
    queryClient.clear();
    await navigate({ href: redirectTo ?? '/' });
  };
}
