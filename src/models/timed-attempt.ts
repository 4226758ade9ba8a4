// One model request under its time limit, shared by every port: the limit aborts the request, a caller's own abort
// stays an abort, and the reply carries its token counts and latency the same way whoever sent it.
import type { Clock } from "../util/clock.js";
import type { ModelReply } from "./model-port.js";
import { ModelTimeoutError } from "./retryable.js";

export interface AttemptResult {
  text: string;
  inputTokens: number;
  outputTokens: number;
}

/** Runs `send` with a signal that fires at `timeoutMs` or when `callerSignal` does; a time-out throws ModelTimeoutError. */
export async function timedAttempt(timeoutMs: number, clock: Clock, callerSignal: AbortSignal | undefined, send: (signal: AbortSignal) => Promise<AttemptResult>): Promise<ModelReply> {
  const started = clock.nowMs();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new ModelTimeoutError(timeoutMs)), timeoutMs);
  // The caller's abort is forwarded by one listener: AbortSignal.any built a composite signal (weak references and
  // a finalizer each) on every request, a measurable share of the client's CPU and garbage at 200 calls at once.
  const forward = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted === true) forward();
  else callerSignal?.addEventListener("abort", forward, { once: true });
  try {
    const result = await send(controller.signal);
    return { ...result, retries: 0, latencyMs: Math.round(clock.nowMs() - started) };
  } catch (error) {
    if (controller.signal.aborted && callerSignal?.aborted !== true) throw new ModelTimeoutError(timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", forward);
  }
}
