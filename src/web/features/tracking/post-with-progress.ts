import type { z } from 'zod';
import { problemSchema } from '../../../contracts/common.js';
import { ProblemError } from '../../app/api.js';
import { currentLanguage, i18n } from '../../app/i18n/index.js';

/** How far a request is: sending the body (with its share sent), then waiting for the answer. */
export type UploadProgress = { phase: 'sending'; ratio: number } | { phase: 'processing' };

function localProblem(status: number, kind: 'network' | 'unexpected'): ProblemError {
  return new ProblemError({
    status,
    code: kind,
    title: i18n.t(kind === 'network' ? 'errors.networkTitle' : 'errors.unexpectedTitle'),
    detail: i18n.t(kind === 'network' ? 'errors.networkDetail' : 'errors.unexpectedDetail'),
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * POSTs a JSON body with XMLHttpRequest, because fetch() cannot report upload progress and a
 * tracker export can weigh tens of megabytes. Answers and failures follow `api()`: the contract
 * schema validates a success, problem+json becomes a ProblemError; `signal` aborts.
 */
export function postJsonWithProgress<Schema extends z.ZodType>(
  path: string,
  body: unknown,
  schema: Schema,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<z.output<Schema>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', currentLanguage());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ phase: 'sending', ratio: event.loaded / event.total });
    };
    request.upload.onload = () => onProgress({ phase: 'processing' });
    request.onerror = () => reject(localProblem(0, 'network'));
    request.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    request.onload = () => {
      const json = parseJson(request.responseText);
      if (request.status < 200 || request.status >= 300) {
        const problem = problemSchema.safeParse(json);
        reject(
          problem.success
            ? new ProblemError({ ...problem.data, status: request.status })
            : localProblem(request.status, 'unexpected'),
        );
        return;
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) resolve(parsed.data);
      else reject(localProblem(request.status, 'unexpected'));
    };
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(JSON.stringify(body));
  });
}
