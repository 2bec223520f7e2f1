import type { z } from 'zod';
import { problemSchema } from '../../contracts/common.js';
import { currentLanguage, i18n } from './i18n/index.js';
import { takePageAnswer } from './page-answers.js';

export type FieldError = { path: string; message: string };

/**
 * Every failed API call becomes a ProblemError: the server's problem+json when there is one
 * (already in the interface language, thanks to Accept-Language), or a local equivalent for
 * network failures and unexpected answers. `code` is stable and safe to branch on.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(init: { status: number; code: string; title: string; detail: string; errors?: FieldError[] }) {
    super(`${init.code}: ${init.detail}`);
    this.name = 'ProblemError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
  }
}

export function isProblem(error: unknown, code?: string): error is ProblemError {
  return error instanceof ProblemError && (code === undefined || error.code === code);
}

function localProblem(status: number, code: 'network' | 'unexpected' | 'invalid_response'): ProblemError {
  const keys = {
    network: ['errors.networkTitle', 'errors.networkDetail'],
    unexpected: ['errors.unexpectedTitle', 'errors.unexpectedDetail'],
    invalid_response: ['errors.invalidResponseTitle', 'errors.invalidResponseDetail'],
  } as const;
  const [title, detail] = keys[code];
  return new ProblemError({ status, code, title: i18n.t(title), detail: i18n.t(detail) });
}

export async function readProblem(response: Response): Promise<ProblemError> {
  try {
    const parsed = problemSchema.safeParse(await response.json());
    if (parsed.success) return new ProblemError({ ...parsed.data, status: response.status });
  } catch {
    // Not JSON: fall through to a generic problem.
  }
  if (response.status === 429) {
    return new ProblemError({
      status: 429,
      code: 'rate_limited',
      title: i18n.t('auth.rateLimitedTitle'),
      detail: i18n.t('auth.rateLimited'),
    });
  }
  return localProblem(response.status, 'unexpected');
}

type RequestOptions<Schema extends z.ZodType | null> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The contract schema of a successful answer, or null when the answer is empty (204). */
  schema: Schema;
  signal?: AbortSignal;
};

type Result<Schema extends z.ZodType | null> = Schema extends z.ZodType ? z.output<Schema> : null;

/** Calls the Cadence API; outside a built app, checks the answer against its contract. */
export async function api<Schema extends z.ZodType | null>(
  path: string,
  { method = 'GET', body, schema, signal }: RequestOptions<Schema>,
): Promise<Result<Schema>> {
  // The page's first data came with it (page-answers.ts).
  const written = method === 'GET' ? takePageAnswer(path) : undefined;
  if (written) return accepted(written.body, { method, path, status: 200, schema });
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  };
  // A file (a workspace archive) travels as its bytes; everything else as JSON.
  const isFile = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = isFile ? 'application/octet-stream' : 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: isFile ? body : JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw localProblem(0, 'network');
  }
  if (!response.ok) throw await readProblem(response);
  if (schema === null) return null as Result<Schema>;
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw localProblem(response.status, 'invalid_response');
  }
  return accepted(json, { method, path, status: response.status, schema });
}

/**
 * A built app takes the answer as written. The server writes every answer from this same contract
 * (platform/response-serializer.ts: only its properties, typed as declared, held to zod's own
 * output by its tests), and checking it again here cost a phone's first page 400–800 ms of main
 * thread at 4× (bench/README.md, session 14). Development and the unit tests still check.
 */
function accepted<Schema extends z.ZodType | null>(
  json: unknown,
  { method, path, status, schema }: { method: string; path: string; status: number; schema: Schema },
): Result<Schema> {
  if (schema === null) return null as Result<Schema>;
  if (import.meta.env.PROD) return json as Result<Schema>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    console.error(`Response of ${method} ${path} does not match its contract`, parsed.error.issues);
    throw localProblem(status, 'invalid_response');
  }
  return parsed.data as Result<Schema>;
}
