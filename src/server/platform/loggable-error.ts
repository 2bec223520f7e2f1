/**
 * An error as it may be written to the log: its kind, message and codes, never the values a
 * person sent. A failed query's message carries its parameters (`params: Camille,…`), and a
 * database error's `detail` quotes the row ("Key (email)=(…) already exists"): both are cut.
 */
export type LoggableError = {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: LoggableError;
};

const maxCauseDepth = 3;

export function toLoggableError(error: unknown, depth = 0): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error thrown' };
  const withCode = error as Error & { code?: unknown; cause?: unknown; query?: unknown };
  // Drizzle's "Failed query: <sql>\nparams: <values>": the SQL is Cadence's, the values are not.
  const message = error.message.replace(/\nparams: [\s\S]*$/, '\nparams: [hidden]');
  const loggable: LoggableError = {
    type: error.name,
    message,
    ...(typeof withCode.code === 'string' ? { code: withCode.code } : {}),
    ...(error.stack ? { stack: error.stack.replace(error.message, message) } : {}),
  };
  if (withCode.cause !== undefined && depth < maxCauseDepth)
    loggable.cause = toLoggableError(withCode.cause, depth + 1);
  return loggable;
}

/** Scrubs a better-auth log line's arguments the same way (it logs the errors it catches). */
export function toLoggableArguments(args: unknown[]): unknown[] {
  return args.map((argument) => (argument instanceof Error ? toLoggableError(argument) : '[hidden]'));
}
