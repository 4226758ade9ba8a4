// The provider quota of a distributed batch is one budget in Redis: what one worker books, another cannot use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisRateGate } from "../src/batch/queue/redis-rate-gate.js";
import { parseRedisUrl, RespClient } from "../src/batch/queue/resp-client.js";
import type { Clock } from "../src/util/clock.js";
import { startRedisServer, type RedisServer } from "./fakes/redis-server.js";

let redis: RedisServer;
const clients: RespClient[] = [];
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  for (const client of clients) client.close();
  await redis?.stop();
});

async function connected(): Promise<RespClient> {
  const target = parseRedisUrl(redis.url);
  if (target === null) throw new Error("bad url");
  const client = new RespClient(target);
  await client.connect();
  clients.push(client);
  return client;
}

/** A clock that refuses to wait: the first sleep is recorded and ends the acquire. */
class NoWaitClock implements Clock {
  readonly sleeps: number[] = [];
  nowMs(): number {
    return Date.now();
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    throw new Error("would wait");
  }
}

describe("a rate limit shared through Redis", () => {
  it("lets two workers book 5 requests per minute between them, then makes the next one wait for the window", async () => {
    const clock = new NoWaitClock();
    const limits = { requestsPerMinute: 5, tokensPerMinute: 1_000_000 };
    const one = new RedisRateGate(await connected(), "callsim:rate:test", limits, clock);
    const two = new RedisRateGate(await connected(), "callsim:rate:test", limits, clock);
    // Both start in the same minute window unless it turns over right now; then all five fit again.
    for (const gate of [one, two, one, two, one]) await gate.acquire(100);
    const sixth = await two.acquire(100).then(() => "admitted", (error: Error) => error.message);
    if (sixth === "admitted") {
      // The minute turned over between the bookings: the new window had room. Rare; the booking still counted.
      expect(clock.sleeps).toHaveLength(0);
      return;
    }
    expect(sixth).toBe("would wait");
    expect(clock.sleeps[0]).toBeGreaterThan(0);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(61_000);
  });

  it("counts tokens, corrected by the real usage", async () => {
    const clock = new NoWaitClock();
    const gate = new RedisRateGate(await connected(), "callsim:rate:tokens", { tokensPerMinute: 1_000 }, clock);
    const ticket = await gate.acquire(100);
    ticket.settle(950);
    // 950 of 1,000 used: a 100-token request no longer fits this minute.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(gate.acquire(100)).rejects.toThrow("would wait");
  });
});
