import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../signature.js';

export type ReceivedWebhook = { id: string; timestamp: string; body: string; signatureValid: boolean };
export type ReceiverBehaviour =
  | { kind: 'accept'; answer?: unknown }
  | { kind: 'fail'; status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'hang' };

/**
 * A receiver as a person's automation would run it: it checks every signature (an invalid one
 * gets 401 and is not kept), drops repeats of a webhook-id it already took, and can be told to
 * answer slowly or with errors.
 */
export async function startWebhookReceiver(secret: string) {
  const received: ReceivedWebhook[] = [];
  const accepted = new Map<string, ReceivedWebhook>();
  let behaviours: ReceiverBehaviour[] = [];
  let fallback: ReceiverBehaviour = { kind: 'accept' };

  const readBody = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const headers = {
      id: String(request.headers['webhook-id'] ?? ''),
      timestamp: String(request.headers['webhook-timestamp'] ?? ''),
      signature: String(request.headers['webhook-signature'] ?? ''),
    };
    const signatureValid = verifyWebhook({
      secret,
      headers,
      body,
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    const webhook = { id: headers.id, timestamp: headers.timestamp, body, signatureValid };
    received.push(webhook);
    const behaviour = behaviours.shift() ?? fallback;
    if (behaviour.kind === 'hang') return;
    if (!signatureValid) return response.writeHead(401).end('bad signature');
    if (behaviour.kind === 'fail')
      return response.writeHead(behaviour.status, behaviour.headers).end(behaviour.body ?? '');
    if (!accepted.has(headers.id)) accepted.set(headers.id, webhook);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(behaviour.answer ?? { ok: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hooks/cadence`,
    received,
    accepted,
    /** The next calls answer this way, in order; then `setDefault`'s behaviour. */
    queue: (...next: ReceiverBehaviour[]) => {
      behaviours.push(...next);
    },
    setDefault: (behaviour: ReceiverBehaviour) => {
      fallback = behaviour;
    },
    reset: () => {
      received.length = 0;
      accepted.clear();
      behaviours = [];
      fallback = { kind: 'accept' };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
