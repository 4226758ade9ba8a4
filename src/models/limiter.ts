// Per-provider limits: at most N requests in flight to one endpoint (the rest wait in FIFO order), N backing off
// on 429 and recovering on success (AIMD), and the provider's requests/tokens-per-minute quota.
import { systemClock, type Clock } from "../util/clock.js";
import { RateLimiter, type RateGate, type RateLimits } from "./rate-limit.js";

/** Builds an endpoint's quota gate; the default keeps the buckets in this process. */
export type RateGateFactory = (endpoint: string, limits: RateLimits, clock: Clock) => RateGate;

/** After a cut, further 429s of requests already in flight do not cut again for this long. */
export const THROTTLE_COOLDOWN_MS = 1_000;

export class Semaphore {
  private active = 0;
  /** The current limit, fractional so that recovery adds about one slot per limit's worth of successes. */
  private current: number;
  private lastCutMs = -Infinity;
  private readonly waiting: Array<() => void> = [];

  constructor(
    /** The most requests in flight it ever allows (the configured concurrency). */
    readonly maxLimit: number,
    private readonly clock: Clock = systemClock,
  ) {
    if (!(maxLimit >= 1)) throw new RangeError(`concurrency limit must be >= 1 (got ${maxLimit})`);
    this.current = maxLimit;
  }

  get inFlight(): number {
    return this.active;
  }

  /** Requests allowed in flight now. */
  get limit(): number {
    return Math.max(1, Math.floor(this.current));
  }

  /** The provider said 429: halve the limit (multiplicative decrease), once per cooldown. */
  throttled(): void {
    const now = this.clock.nowMs();
    if (now - this.lastCutMs < THROTTLE_COOLDOWN_MS) return;
    this.lastCutMs = now;
    this.current = Math.max(1, this.current / 2);
  }

  /** A request went through: grow back by about one slot per `limit` successes (additive increase). */
  succeeded(): void {
    if (this.current >= this.maxLimit) return;
    const before = this.limit;
    this.current = Math.min(this.maxLimit, this.current + 1 / this.current);
    for (let freed = this.limit - before; freed > 0 && this.active < this.limit; freed--) this.wakeOne();
  }

  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.active < this.limit && this.waiting.length === 0) {
      this.active++;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const wake = (): void => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = (): void => {
        const at = this.waiting.indexOf(wake);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal?.reason);
      };
      if (signal?.aborted === true) return reject(signal.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(wake);
    });
    return this.releaser();
  }

  /** Hands a slot to the first waiter (counted as taken on its behalf). */
  private wakeOne(): void {
    const next = this.waiting.shift();
    if (next === undefined) return;
    this.active++;
    next();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      // After a cut, slots free up without being handed on until in-flight requests fall under the new limit.
      if (this.active < this.limit) this.wakeOne();
    };
  }
}

/** What one endpoint's requests go through: its concurrency and its quota. */
export interface ProviderLimit {
  concurrency: Semaphore;
  rate: RateGate;
}

/** One set of limits per endpoint key; pass one instance to every seat that should share them (e.g. a batch). */
export class ProviderLimits {
  private readonly semaphores = new Map<string, Semaphore>();
  private readonly rates = new Map<string, RateGate>();

  constructor(
    readonly limitPerProvider: number,
    private readonly clock: Clock = systemClock,
    private readonly rateGate: RateGateFactory = (_endpoint, limits, gateClock) => new RateLimiter(limits, gateClock),
  ) {}

  for(key: string): Semaphore {
    let semaphore = this.semaphores.get(key);
    if (semaphore === undefined) {
      semaphore = new Semaphore(this.limitPerProvider, this.clock);
      this.semaphores.set(key, semaphore);
    }
    return semaphore;
  }

  /** The endpoint's quota; the first caller's limits stand for the endpoint (one batch, one set of flags). */
  rateFor(key: string, limits: RateLimits): RateGate {
    let rate = this.rates.get(key);
    if (rate === undefined) {
      rate = this.rateGate(key, limits, this.clock);
      this.rates.set(key, rate);
    }
    return rate;
  }
}
