declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server under test listens, e.g. http://127.0.0.1:41234 (empty when skipped). */
    baseUrl: string;
    /** The Chromium binary, or null: the E2E specs then skip. */
    chromiumPath: string | null;
  }
}

export {};
