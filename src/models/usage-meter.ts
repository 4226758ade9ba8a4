// Per-seat usage accounting: requests, tokens, retries and latency summed over every exchange.
import type { SeatUsage } from "../schema/index.js";
import type { ModelReply } from "./model-port.js";
import { ModelRequestFailed } from "./retry.js";

export class UsageMeter {
  private usage: SeatUsage;

  constructor(model: string) {
    this.usage = { model, requests: 0, inputTokens: 0, outputTokens: 0, retries: 0, latencyMs: 0 };
  }

  add(reply: ModelReply): void {
    const u = this.usage;
    this.usage = {
      ...u,
      requests: u.requests + 1,
      inputTokens: u.inputTokens + reply.inputTokens,
      outputTokens: u.outputTokens + reply.outputTokens,
      retries: u.retries + reply.retries,
      latencyMs: u.latencyMs + reply.latencyMs,
    };
  }

  /** A request that failed after its retries still cost attempts and time. */
  addFailure(error: unknown): void {
    if (!(error instanceof ModelRequestFailed)) return;
    const u = this.usage;
    this.usage = { ...u, requests: u.requests + 1, retries: u.retries + error.retries, latencyMs: u.latencyMs + error.latencyMs };
  }

  snapshot(): SeatUsage {
    return { ...this.usage };
  }
}
