// Every default option in one place, with its unit in the name.

export const DEFAULTS = {
  maxTurns: 40,
  seed: 1,
  /** Max scenario document size accepted by the reader. */
  maxDocumentBytes: 5 * 1024 * 1024,
  /** Default callee response-level concurrency for model seats in batch. */
  concurrency: 8,
} as const;
