import { Navigate, Outlet, useLocation } from '@tanstack/react-router';
import { useMe } from '../../app/me-queries.js';
import { PageLoader } from '../../ui/page-loader.js';

/** Guards the signed-in area: if the session ends (signed out elsewhere, expired), back to sign-in. */
export function AuthedLayout() {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  if (isPending) return <PageLoader />;
  if (!me) return <Navigate to="/sign-in" search={{ redirect: location.href }} replace />;
  return <Outlet />;
}
