import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Problem } from '../../contracts/common.js';
import { toLoggableError } from './loggable-error.js';
import { pickLocale, type ServerLocale, translateCustomIssue, translateProblem } from './problem-messages.js';

/**
 * A failure the caller can act on. Services throw it with a stable `code`; the error handler turns
 * it into RFC 9457 problem+json with a message in the caller's language.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    /** RFC 9457 extension members added to the body as they are (e.g. a 409's clashing items). */
    readonly extensions: Record<string, unknown> = {},
    /** Request fields the problem is about (`endedAt`): listed in `errors` with the detail. */
    readonly fields: string[] = [],
  ) {
    super(code);
  }
}

export const notFound = () => new HttpProblem(404, 'not_found');
export const forbidden = () => new HttpProblem(403, 'forbidden');
export const unauthorized = () => new HttpProblem(401, 'unauthorized');
export const conflict = (
  code: string,
  params?: Record<string, string | number>,
  extensions?: Record<string, unknown>,
) => new HttpProblem(409, code, params, extensions);
export const unprocessable = (code: string, params?: Record<string, string | number>, fields?: string[]) =>
  new HttpProblem(422, code, params, {}, fields);

const localeErrors: Record<ServerLocale, ReturnType<typeof z.locales.en>['localeError']> = {
  en: z.locales.en().localeError,
  fr: z.locales.fr().localeError,
};

type FieldIssue = { path: string; message: string };

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: string,
  params: Record<string, string | number> = {},
  errors?: FieldIssue[],
  extensions: Record<string, unknown> = {},
) {
  const locale = pickLocale(request.headers['accept-language']);
  const { title, detail } = translateProblem(locale, code, params);
  const body: Problem & Record<string, unknown> = {
    ...extensions,
    type: `about:blank#${code}`,
    title,
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
  return reply.status(status).type('application/problem+json').send(body);
}

/** The one error handler: nothing a client sends may turn into a 500. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpProblem) {
    const { detail } = translateProblem(
      pickLocale(request.headers['accept-language']),
      error.code,
      error.params,
    );
    const errors =
      error.fields.length === 0 ? undefined : error.fields.map((path) => ({ path, message: detail }));
    return sendProblem(reply, request, error.status, error.code, error.params, errors, error.extensions);
  }

  if (hasZodFastifySchemaValidationErrors(error)) {
    const locale = pickLocale(request.headers['accept-language']);
    const errors = error.validation.map((issue) => {
      // A contract's own rule ("Nothing to change") says more than zod's generic "Invalid input".
      const localised =
        (issue.keyword === 'custom' ? translateCustomIssue(locale, issue.message ?? '') : null) ??
        localeErrors[locale]({ code: issue.keyword, ...issue.params } as never);
      const message = typeof localised === 'string' ? localised : (localised?.message ?? issue.message ?? '');
      return { path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'), message };
    });
    return sendProblem(reply, request, 400, 'validation_failed', {}, errors);
  }

  if (isResponseSerializationError(error as never)) {
    request.log.error({ err: toLoggableError(error) }, 'response did not match its contract');
    return sendProblem(reply, request, 500, 'internal');
  }

  const fastifyError = error as { statusCode?: number; code?: string; message?: string };
  const status = fastifyError.statusCode;
  if (status === 429) return sendProblem(reply, request, 429, 'rate_limited');
  if (status === 413) return sendProblem(reply, request, 413, 'payload_too_large');
  if (status === 415) return sendProblem(reply, request, 415, 'unsupported_media_type');
  if (status && status >= 400 && status < 500) {
    // Malformed JSON, empty bodies and the like: Fastify's own 4xx errors.
    return sendProblem(reply, request, 400, 'bad_request', { reason: fastifyError.message ?? '' });
  }
  request.log.error({ err: toLoggableError(error) }, 'unexpected error');
  return sendProblem(reply, request, 500, 'internal');
}
