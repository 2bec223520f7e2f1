/** Only paths inside this app may be redirected to after signing in (no open redirect). */
export function safeRedirect(target: string | undefined): string | undefined {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return undefined;
  if (target.startsWith('/api/')) return undefined;
  return target;
}
