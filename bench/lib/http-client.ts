import http from 'node:http';

/** A GET answered with something else than 200: the status and the start of the body. */
export class UnexpectedStatusError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    body: string,
  ) {
    super(`GET ${path} answered ${status}: ${body.slice(0, 300)}`);
  }
}

/**
 * The benchmarks' HTTP client: a GET over one kept-alive loopback connection that reads the whole
 * body, decodes it as UTF-8 and parses the JSON — all a browser does with an answer before the
 * page uses it. It is `node:http` rather than `fetch` because the client runs on the server's own
 * thread: undici's `fetch` (WHATWG streams, abort signals, header guards, all in JavaScript) cost
 * ~0.4 ms of that thread per month-grid request at load ~11 (bench/README.md, benchmark 10), CPU a
 * browser spends in its own process, natively, and that no server pays.
 */
export function createHttpClient(baseUrl: string, headers: Record<string, string>) {
  const { hostname, port } = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    getJson(path: string): Promise<unknown> {
      return new Promise((resolve, reject) => {
        const request = http.get({ host: hostname, port, path, headers, agent }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            // Decoded once the last byte is in: a character split across two chunks stays whole.
            const body = Buffer.concat(chunks).toString('utf8');
            if (response.statusCode !== 200)
              reject(new UnexpectedStatusError(path, response.statusCode ?? 0, body));
            else {
              try {
                resolve(JSON.parse(body));
              } catch (error) {
                reject(error);
              }
            }
          });
        });
        request.on('error', reject);
      });
    },
    close: () => agent.destroy(),
  };
}
export type HttpClient = ReturnType<typeof createHttpClient>;
