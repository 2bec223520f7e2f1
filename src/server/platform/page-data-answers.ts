import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PageDataPlan } from './page-data-preloads.js';

/** A page's first data, by address: what the app's own GET of that address would have read. */
export type PageAnswers = ReadonlyMap<string, unknown>;

/**
 * Answers a page's first data in this process, for the page to carry in its HTML
 * (web-shell.ts): each address goes through the API as the browser's own request would (same
 * cookie, same language, same access checks and serializers), without the network. A page that
 * named its ten to twenty answers for the browser to fetch (`Link: rel=preload`) spent a round
 * trip on each on a phone's network, six at a time over HTTP/1.1, beside the ~300 KB of scripts
 * that decide when anything is drawn. Only successful JSON answers are kept: the page fetches
 * anything else itself and handles it as it always did.
 */
export async function answerInProcess(
  app: FastifyInstance,
  request: FastifyRequest,
  addresses: readonly string[],
  language: string,
): Promise<PageAnswers> {
  const headers = {
    accept: 'application/json',
    'accept-language': language,
    ...(request.headers.cookie ? { cookie: request.headers.cookie } : {}),
    ...(request.headers['user-agent'] ? { 'user-agent': request.headers['user-agent'] } : {}),
  };
  const answers = await Promise.all(
    addresses.map(async (address) => {
      const response = await app.inject({ method: 'GET', url: address, headers });
      const isJson = String(response.headers['content-type'] ?? '').startsWith('application/json');
      return response.statusCode === 200 && isJson ? ([address, response.json()] as const) : null;
    }),
  );
  return new Map(answers.filter((answer) => answer !== null));
}

/** The plan's answers: its first addresses, then those that depend on their answers. */
export async function answerPage(
  app: FastifyInstance,
  request: FastifyRequest,
  plan: PageDataPlan,
  language: string,
): Promise<PageAnswers> {
  const first = await answerInProcess(app, request, plan.addresses, language);
  const next = plan.after(first).filter((address) => !first.has(address));
  return next.length === 0
    ? first
    : new Map([...first, ...(await answerInProcess(app, request, next, language))]);
}

/**
 * The answers as a `<script type="application/json">` element: inert (never run, so outside the
 * CSP's script rules), read by the app's `api()` (src/web/app/page-answers.ts). Every `<` is
 * escaped, so no text of the person's (a post that reads `</script>`) can end the element.
 */
export function pageAnswersElement(answers: PageAnswers): string {
  const json = JSON.stringify(Object.fromEntries(answers)).replace(/</g, '\\u003c');
  return `<script type="application/json" id="cadence-page-answers">${json}</script>`;
}
