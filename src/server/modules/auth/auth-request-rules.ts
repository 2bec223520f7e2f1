import { findNulCharacter } from '../../../contracts/common.js';
import { accountFieldsSchema } from '../../../contracts/me.js';
import { HttpProblem } from '../../platform/problem.js';

/** Deeper than any body better-auth takes; a deeper one would overflow the stack when re-serialised. */
const maxBodyDepth = 16;

function isTooDeep(body: unknown): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: body, depth: 0 }];
  while (pending.length > 0) {
    const { value, depth } = pending.pop() as { value: unknown; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxBodyDepth) return true;
    for (const child of Object.values(value)) pending.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** better-auth endpoints that store a person's name or picture, and whether the name is required. */
const accountFieldRoutes: Record<string, 'create' | 'update'> = {
  '/api/auth/sign-up/email': 'create',
  '/api/auth/update-user': 'update',
};

/**
 * What Cadence requires of a body before better-auth sees it: readable depth, no NUL (PostgreSQL
 * cannot store it), and a person's name and picture under the same rules as everywhere else
 * (name 1-80 characters, picture an http(s) address). Returns the body to forward (the name
 * trimmed), or the problem to answer.
 */
export function checkAuthBody(path: string, body: unknown): { body: unknown } | { problem: HttpProblem } {
  if (body === undefined || body === null) return { body };
  if (isTooDeep(body)) return { problem: new HttpProblem(400, 'body_too_deep') };
  const nulPath = findNulCharacter(body);
  if (nulPath !== null)
    return { problem: new HttpProblem(400, 'nul_character', { field: nulPath }, {}, [nulPath]) };
  const kind = accountFieldRoutes[path];
  if (!kind || typeof body !== 'object' || Array.isArray(body)) return { body };
  const schema = kind === 'create' ? accountFieldsSchema : accountFieldsSchema.partial();
  const fields = body as Record<string, unknown>;
  const parsed = schema.safeParse({
    ...('name' in fields || kind === 'create' ? { name: fields.name } : {}),
    ...('image' in fields ? { image: fields.image } : {}),
  });
  if (!parsed.success) {
    const paths = parsed.error.issues.map((issue) => issue.path.join('.'));
    return { problem: new HttpProblem(400, 'validation_failed', {}, {}, [...new Set(paths)]) };
  }
  return { body: { ...fields, ...parsed.data } };
}

const sessionCookie = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]*)/;

/**
 * A session cookie holding NUL (raw or percent-encoded) cannot name a session, and better-auth
 * would send it to PostgreSQL (a 500): such a request is treated as signed out.
 */
export function hasUnreadableSessionCookie(cookieHeader: string | undefined): boolean {
  const token = cookieHeader === undefined ? undefined : sessionCookie.exec(cookieHeader)?.[1];
  return token !== undefined && (token.includes('\u0000') || token.toLowerCase().includes('%00'));
}
