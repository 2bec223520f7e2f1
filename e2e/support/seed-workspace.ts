import { expect } from 'vitest';
import { uniqueEmail } from './browser-session.js';

/** A person signed up through the API, with the 6 h budget and its reference-week routine. */
export async function seedWorkspace(
  baseUrl: string,
  label: string,
): Promise<{ cookie: string; workspaceId: string }> {
  const headers = (cookie?: string) => ({
    'content-type': 'application/json',
    origin: baseUrl,
    ...(cookie ? { cookie } : {}),
  });
  const account = { name: 'Camille Martin', email: uniqueEmail(label), password: 'preload-check-2026' };
  expect(
    (
      await fetch(`${baseUrl}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify(account),
      })
    ).ok,
  ).toBe(true);
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  async function call(url: string, body: unknown) {
    const response = await fetch(`${baseUrl}${url}`, {
      method: 'POST',
      headers: headers(cookie),
      body: JSON.stringify(body),
    });
    expect(response.ok, url).toBe(true);
    return response.status === 204 ? null : ((await response.json()) as Record<string, unknown>);
  }
  const onboarded = await call('/api/onboarding', {
    kind: 'freelancer',
    workspace: { name: 'Atelier Martin', timeZone: 'Europe/Paris', currency: 'EUR', locale: 'fr' },
    networks: ['instagram'],
    hourlyRateCents: 4500,
  });
  const workspaceId = String(onboarded?.workspaceId);
  await call(`/api/workspaces/${workspaceId}/budget/preset`, { preset: 'essential6' });
  await call(`/api/workspaces/${workspaceId}/routine/generate/reference-week`, {
    mode: 'replace',
    dayStart: '09:00',
  });
  return { cookie, workspaceId };
}
