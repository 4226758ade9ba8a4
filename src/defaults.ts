// Every default option in one place, with its unit in the name.

export const DEFAULTS = {
  maxTurns: 40,
  seed: 1,
  /** Max scenario document size accepted by the reader. */
  maxDocumentBytes: 5 * 1024 * 1024,
  /** Default callee response-level concurrency for model seats in batch. */
  concurrency: 8,
  /** Time limit of one model request attempt. */
  modelTimeoutMs: 60_000,
  /** Retries of one model request on 408/429/5xx, timeouts and broken responses. */
  modelMaxRetries: 3,
  /** Requests in flight at once to one model endpoint. */
  modelConcurrencyPerProvider: 16,
  /** Time limit of one request to an outside agent (http, webhook) or one line from a cmd agent. */
  agentTimeoutMs: 30_000,
  /** Retries of one outside-agent request on 408/429/5xx, timeouts and dropped connections. */
  agentMaxRetries: 2,
  /** First backoff before retrying an outside agent; doubles per attempt. */
  agentRetryBaseMs: 250,
} as const;
