import { queryOptions } from '@tanstack/react-query';
import { accountDeletionPlanSchema, passwordResetOptionsSchema } from '../../../contracts/account.js';
import { api } from '../../app/api.js';

export const passwordResetOptionsQuery = queryOptions({
  queryKey: ['password-reset-options'],
  queryFn: ({ signal }) => api('/api/password-reset', { schema: passwordResetOptionsSchema, signal }),
  staleTime: Number.POSITIVE_INFINITY,
});

export const accountDeletionPlanQuery = queryOptions({
  queryKey: ['me', 'account-deletion'],
  queryFn: ({ signal }) => api('/api/me/account-deletion', { schema: accountDeletionPlanSchema, signal }),
  staleTime: 0,
});

/** Set once someone has signed in on this browser: "/" then opens sign-in, not sign-up. */
const returningKey = 'cadence.returning';

export function rememberReturningVisitor() {
  try {
    window.localStorage.setItem(returningKey, '1');
  } catch {
    // Storage unavailable: the next visit simply starts at sign-up again.
  }
}

export function isReturningVisitor(): boolean {
  try {
    return window.localStorage.getItem(returningKey) === '1';
  } catch {
    return false;
  }
}
