// A provider's quota as token buckets: requests per minute and tokens per minute, refilled continuously, so a
// batch spreads its requests instead of hitting the wall and collecting 429s. Clock injected for tests.
import type { Clock } from "../util/clock.js";

export interface RateLimits {
  /** Requests per minute; undefined: unlimited. */
  requestsPerMinute?: number | undefined;
  /** Input + output tokens per minute; undefined: unlimited. */
  tokensPerMinute?: number | undefined;
}

const MINUTE_MS = 60_000;

/** One bucket: holds up to `perMinute`, refills at perMinute/60,000 per ms; a take may drive it negative (debt). */
class Bucket {
  private level: number;
  private lastMs: number;

  constructor(
    readonly perMinute: number,
    nowMs: number,
  ) {
    this.level = perMinute;
    this.lastMs = nowMs;
  }

  private refill(nowMs: number): void {
    this.level = Math.min(this.perMinute, this.level + ((nowMs - this.lastMs) * this.perMinute) / MINUTE_MS);
    this.lastMs = nowMs;
  }

  /** Milliseconds until `amount` (capped at the bucket size) is available. */
  waitMs(amount: number, nowMs: number): number {
    this.refill(nowMs);
    const need = Math.min(amount, this.perMinute) - this.level;
    return need <= 0 ? 0 : Math.ceil((need * MINUTE_MS) / this.perMinute);
  }

  take(amount: number, nowMs: number): void {
    this.refill(nowMs);
    this.level -= amount;
  }
}

/** A ticket for one admitted request: report its real token count when known so the bucket stays honest. */
export interface RateTicket {
  settle(actualTokens: number): void;
}

/** A quota gate: this process's buckets, or one shared by every worker of a distributed batch (Redis). */
export interface RateGate {
  readonly limited: boolean;
  acquire(estimatedTokens: number, signal?: AbortSignal): Promise<RateTicket>;
}

export class RateLimiter implements RateGate {
  private readonly requests: Bucket | null;
  private readonly tokens: Bucket | null;
  /** Admissions are served in order, so a big request is not starved by a stream of small ones. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly limits: RateLimits,
    private readonly clock: Clock,
  ) {
    const now = clock.nowMs();
    this.requests = limits.requestsPerMinute === undefined ? null : new Bucket(limits.requestsPerMinute, now);
    this.tokens = limits.tokensPerMinute === undefined ? null : new Bucket(limits.tokensPerMinute, now);
  }

  get limited(): boolean {
    return this.requests !== null || this.tokens !== null;
  }

  /** Waits until one request of about `estimatedTokens` fits both quotas, then books it. */
  acquire(estimatedTokens: number, signal?: AbortSignal): Promise<RateTicket> {
    const admitted = this.queue.then(async () => {
      for (;;) {
        signal?.throwIfAborted();
        const now = this.clock.nowMs();
        const wait = Math.max(this.requests?.waitMs(1, now) ?? 0, this.tokens?.waitMs(estimatedTokens, now) ?? 0);
        if (wait === 0) break;
        await this.clock.sleep(wait, signal);
      }
      const now = this.clock.nowMs();
      this.requests?.take(1, now);
      this.tokens?.take(estimatedTokens, now);
    });
    this.queue = admitted.catch(() => {});
    return admitted.then(() => ({
      settle: (actual: number) => {
        if (actual !== estimatedTokens) this.tokens?.take(actual - estimatedTokens, this.clock.nowMs());
      },
    }));
  }
}

/** Rough tokens of a request before it is sent: a CJK character ~1 token, other text ~4 characters a token. */
export function estimateRequestTokens(messages: readonly { content: string }[], replyTokens = 256): number {
  let wide = 0;
  let narrow = 0;
  for (const { content } of messages) {
    for (let i = 0; i < content.length; i++) {
      if (content.charCodeAt(i) >= 0x2e80) wide++;
      else narrow++;
    }
  }
  return wide + Math.ceil(narrow / 4) + replyTokens;
}
