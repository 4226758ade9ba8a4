// Provider quotas (requests and tokens per minute) spread requests over time; a 429 halves the endpoint's
// concurrency and successes grow it back; presets per provider with flags over them.
import { describe, expect, it } from "vitest";
import { APICallError } from "@ai-sdk/provider";
import { Semaphore, THROTTLE_COOLDOWN_MS } from "../src/models/limiter.js";
import { RateLimiter, estimateRequestTokens } from "../src/models/rate-limit.js";
import { rateLimitsFor } from "../src/models/rate-presets.js";
import { withRetries } from "../src/models/retry.js";
import type { ModelPort } from "../src/models/model-port.js";
import type { Clock } from "../src/util/clock.js";

/** Simulated time: a sleep moves the clock forward instead of waiting. */
class SteppingClock implements Clock {
  now = 0;
  readonly sleeps: number[] = [];
  nowMs(): number {
    return this.now;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.now += ms;
  }
}

describe("requests and tokens per minute", () => {
  it("lets a minute's quota through at once, then spaces the rest at the refill rate", async () => {
    const clock = new SteppingClock();
    const rate = new RateLimiter({ requestsPerMinute: 60 }, clock);
    const admitted: number[] = [];
    for (let i = 0; i < 63; i++) {
      await rate.acquire(1);
      admitted.push(clock.now);
    }
    expect(admitted.slice(0, 60).every((t) => t === 0)).toBe(true);
    expect(admitted.slice(60)).toEqual([1000, 2000, 3000]);
  });

  it("books the estimate, then corrects it by the real token count", async () => {
    const clock = new SteppingClock();
    const rate = new RateLimiter({ tokensPerMinute: 6_000 }, clock);
    const ticket = await rate.acquire(1_000);
    ticket.settle(5_000); // the reply was much longer than estimated: 5,000 of 6,000 are spent
    await rate.acquire(2_000); // needs 1,000 more tokens: 10 s of refill at 100 per second
    expect(clock.now).toBe(10_000);
  });

  it("estimates tokens from characters, a CJK character as one", () => {
    expect(estimateRequestTokens([{ content: "abcdefgh" }, { content: "您好" }], 0)).toBe(4);
  });

  it("takes each provider's preset and lets a flag override or lift it", () => {
    expect(rateLimitsFor("moonshot", {})).toEqual({ requestsPerMinute: 200, tokensPerMinute: 2_000_000 });
    expect(rateLimitsFor("moonshot", { requestsPerMinute: 50, tokensPerMinute: 0 })).toEqual({ requestsPerMinute: 50, tokensPerMinute: undefined });
    expect(rateLimitsFor("ollama", {})).toEqual({ requestsPerMinute: undefined, tokensPerMinute: undefined });
  });
});

describe("concurrency that backs off on 429", () => {
  it("halves once per cooldown on throttling and grows back by one slot per limit successes", () => {
    const clock = new SteppingClock();
    const semaphore = new Semaphore(16, clock);
    semaphore.throttled();
    semaphore.throttled(); // the same burst of 429s: one cut
    expect(semaphore.limit).toBe(8);
    clock.now += THROTTLE_COOLDOWN_MS;
    semaphore.throttled();
    expect(semaphore.limit).toBe(4);
    let successes = 0;
    while (semaphore.limit < 16) {
      semaphore.succeeded();
      successes++;
    }
    // Additive increase of 1/limit per success: from 4 to 16 takes about (16² - 4²) / 2 = 120 successes.
    expect(successes).toBeGreaterThanOrEqual(115);
    expect(successes).toBeLessThanOrEqual(125);
  });

  it("holds waiters back after a cut until the requests in flight fall under the new limit", async () => {
    const semaphore = new Semaphore(4, new SteppingClock());
    const releases = await Promise.all([0, 1, 2, 3].map(() => semaphore.acquire()));
    let started = 0;
    const waiter = semaphore.acquire().then((release) => { started++; return release; });
    semaphore.throttled(); // limit 2 with 4 in flight
    releases[0]?.();
    releases[1]?.();
    await Promise.resolve();
    expect(started).toBe(0);
    releases[2]?.();
    await waiter;
    expect(started).toBe(1);
    expect(semaphore.inFlight).toBe(2);
  });

  it("cuts the limit when the provider answers 429 through the retry loop", async () => {
    const clock = new SteppingClock();
    const semaphore = new Semaphore(8, clock);
    let calls = 0;
    const port: ModelPort = {
      label: "fake:m",
      complete: async () => {
        if (++calls === 1) throw new APICallError({ message: "slow down", url: "http://x", requestBodyValues: {}, statusCode: 429, isRetryable: true });
        return { text: "ok", inputTokens: 10, outputTokens: 2, retries: 0, latencyMs: 1 };
      },
    };
    const reply = await withRetries(port, { maxRetries: 2, baseDelayMs: 100, maxDelayMs: 1000 }, { clock, random: () => 0.5, limiter: semaphore }).complete({ messages: [{ role: "user", content: "hi" }] });
    expect(reply).toMatchObject({ text: "ok", retries: 1 });
    expect(semaphore.limit).toBe(4);
    expect(semaphore.inFlight).toBe(0);
  });
});
