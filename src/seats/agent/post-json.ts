// One JSON POST to an outside agent with a time limit and bounded retries on 408/429/5xx, timeouts and
// dropped connections (honouring Retry-After); anything else fails at once. Sleeps on the injected clock.
import { DEFAULTS } from "../../defaults.js";
import { systemClock, type Clock } from "../../util/clock.js";

export interface TransportOptions {
  /** Extra request headers ("Authorization: Bearer …"). */
  headers?: Readonly<Record<string, string>>;
  timeoutMs?: number;
  maxRetries?: number;
  clock?: Clock;
}

/** Statuses worth another attempt: the agent was busy or broke, not told something wrong. */
export function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

class AttemptFailed extends Error {
  constructor(message: string, readonly retryable: boolean, readonly retryAfterMs: number | null = null) {
    super(message);
  }
}

async function attempt(url: string, body: unknown, options: TransportOptions, signal: AbortSignal | undefined): Promise<unknown> {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.agentTimeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...options.headers },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    const text = await response.text();
    if (!response.ok) {
      const seconds = Number(response.headers.get("retry-after") ?? NaN);
      throw new AttemptFailed(`HTTP ${response.status}${text === "" ? "" : `: ${text.slice(0, 200)}`}`, retryableStatus(response.status), Number.isFinite(seconds) ? seconds * 1000 : null);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new AttemptFailed(`the answer is not JSON: ${text.slice(0, 120)}`, false);
    }
  } catch (error) {
    if (error instanceof AttemptFailed) throw error;
    if (signal?.aborted) throw error;
    const timedOut = controller.signal.aborted;
    const reason = timedOut ? `no answer within ${timeoutMs} ms` : `network: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`;
    throw new AttemptFailed(reason, true);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

export async function postJson(url: string, body: unknown, options: TransportOptions, signal?: AbortSignal): Promise<unknown> {
  const maxRetries = options.maxRetries ?? DEFAULTS.agentMaxRetries;
  const clock = options.clock ?? systemClock;
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, body, options, signal);
    } catch (error) {
      if (!(error instanceof AttemptFailed)) throw error;
      if (!error.retryable || tries >= maxRetries) throw new Error(`${url}: ${error.message}${tries > 0 ? ` (after ${tries + 1} attempts)` : ""}`);
      await clock.sleep(Math.max(error.retryAfterMs ?? 0, DEFAULTS.agentRetryBaseMs * 2 ** tries), signal);
    }
  }
}
