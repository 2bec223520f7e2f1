/**
 * A refusal from a tracking rule. `code` is stable and keyed for translation by the web
 * (`tracking.errors.<code>`); `message` is English for logs and API consumers; `params` carries the
 * values a translated message needs.
 */
export interface TrackingError<Code extends string> {
  code: Code;
  message: string;
  params?: Record<string, string | number>;
}

export type TrackingFailure<Code extends string> = { ok: false; error: TrackingError<Code> };

export function refuse<Code extends string>(
  code: Code,
  message: string,
  params?: Record<string, string | number>,
): TrackingFailure<Code> {
  return { ok: false, error: params === undefined ? { code, message } : { code, message, params } };
}
