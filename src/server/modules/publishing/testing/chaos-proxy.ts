import { createServer, request as forward, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A proxy in front of a test peer that breaks a share of the calls the way networks do: a 5xx
 * before the call reaches the peer, a 5xx after the peer did the work (the answer lost), or a
 * call that never answers (the client's timeout decides). Counts what it did.
 */
export async function startChaosProxy(
  target: string,
  failureRate: number,
  random: () => number = Math.random,
) {
  const counts = { passed: 0, errorBefore: 0, errorAfter: 0, hung: 0 };
  const hanging = new Set<ServerResponse>();
  const server = createServer((incoming, response) => {
    const roll = random();
    const mode =
      roll >= failureRate
        ? 'pass'
        : roll < failureRate / 3
          ? 'error_before'
          : roll < (2 * failureRate) / 3
            ? 'error_after'
            : 'hang';
    if (mode === 'error_before') {
      counts.errorBefore += 1;
      incoming.resume();
      return void response.writeHead(503).end('<html>Service Unavailable</html>');
    }
    const url = new URL(incoming.url ?? '/', target);
    const outgoing = forward(
      url,
      { method: incoming.method, headers: { ...incoming.headers, host: url.host } },
      (answer) => {
        if (mode === 'error_after') {
          counts.errorAfter += 1;
          answer.resume();
          return void response.writeHead(502).end('<html>Bad Gateway</html>');
        }
        if (mode === 'hang') {
          counts.hung += 1;
          answer.resume();
          return void hanging.add(response);
        }
        counts.passed += 1;
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    outgoing.on('error', () => response.writeHead(502).end());
    incoming.pipe(outgoing);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
