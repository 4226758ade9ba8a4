// Bounded retries with exponential backoff and full jitter around a model port; every attempt takes a limiter slot
// and a place in the provider's quota; a 429 shrinks the endpoint's concurrency, successes grow it back.
import { APICallError } from "@ai-sdk/provider";
import { CallsimError } from "../errors.js";
import type { Clock } from "../util/clock.js";
import type { Semaphore } from "./limiter.js";
import { estimateRequestTokens, type RateGate } from "./rate-limit.js";
import type { ModelPort, ModelReply, ModelRequest } from "./model-port.js";
import { classifyModelError } from "./retryable.js";

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 8_000 };

/** The seat could not get an answer: carries the attempts made so usage stays honest. */
export class ModelRequestFailed extends CallsimError {
  constructor(
    message: string,
    readonly retries: number,
    readonly latencyMs: number,
    cause: unknown,
  ) {
    super("system", "model-request-failed", message, { cause });
  }
}

export interface RetryDeps {
  clock: Clock;
  /** Uniform [0,1) for jitter; pass a seeded source. */
  random: () => number;
  limiter?: Semaphore | undefined;
  /** The endpoint's requests/tokens-per-minute quota. */
  rate?: RateGate | undefined;
}

function isThrottle(error: unknown): boolean {
  return APICallError.isInstance(error) && error.statusCode === 429;
}

export function backoffDelayMs(policy: RetryPolicy, attempt: number, random: () => number, retryAfterMs: number | null): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return retryAfterMs === null ? jittered : Math.min(Math.max(retryAfterMs, jittered), policy.maxDelayMs * 4);
}

function retryAfterMs(error: unknown): number | null {
  if (!APICallError.isInstance(error)) return null;
  const header = error.responseHeaders?.["retry-after"];
  const seconds = header === undefined ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

export function withRetries(port: ModelPort, policy: RetryPolicy, deps: RetryDeps): ModelPort {
  return {
    label: port.label,
    async complete(request: ModelRequest): Promise<ModelReply> {
      const started = deps.clock.nowMs();
      for (let attempt = 0; ; attempt++) {
        const release = deps.limiter === undefined ? () => {} : await deps.limiter.acquire(request.signal);
        try {
          const ticket = deps.rate?.limited === true ? await deps.rate.acquire(estimateRequestTokens(request.messages), request.signal) : null;
          const reply = await port.complete(request);
          deps.limiter?.succeeded();
          ticket?.settle(reply.inputTokens + reply.outputTokens);
          return { ...reply, retries: attempt, latencyMs: Math.round(deps.clock.nowMs() - started) };
        } catch (error) {
          if (request.signal?.aborted === true) throw error;
          if (isThrottle(error)) deps.limiter?.throttled();
          const { retryable, reason } = classifyModelError(error);
          if (!retryable || attempt >= policy.maxRetries) {
            const tries = attempt === 0 ? "" : ` after ${attempt} ${attempt === 1 ? "retry" : "retries"}`;
            throw new ModelRequestFailed(`model ${port.label}: ${reason}${tries}`, attempt, Math.round(deps.clock.nowMs() - started), error);
          }
          release();
          await deps.clock.sleep(backoffDelayMs(policy, attempt, deps.random, retryAfterMs(error)), request.signal);
          continue;
        } finally {
          release();
        }
      }
    },
  };
}
