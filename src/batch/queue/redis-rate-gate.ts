// A provider quota shared by every worker of a distributed batch: per-minute request and token counters in Redis,
// checked and booked in one script on Redis's own clock, so all machines draw on one budget.
import type { RateGate, RateLimits, RateTicket } from "../../models/rate-limit.js";
import type { Clock } from "../../util/clock.js";
import { createRandom } from "../../util/random.js";
import type { RespClient } from "./resp-client.js";

const WINDOW_MS = 60_000;

// KEYS: prefix. ARGV: rpm (0: none), tpm (0: none), tokens. Returns {0, window} when booked, {waitMs, window} when
// the window is full. A request bigger than the whole token quota is let through alone in an empty window.
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = math.floor(now / ${WINDOW_MS})
local rk = KEYS[1] .. ':' .. window .. ':r'
local tk = KEYS[1] .. ':' .. window .. ':t'
local rpm, tpm, tokens = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local r = tonumber(redis.call('GET', rk) or '0')
local used = tonumber(redis.call('GET', tk) or '0')
if (rpm > 0 and r + 1 > rpm) or (tpm > 0 and used > 0 and used + tokens > tpm) then
  return {(window + 1) * ${WINDOW_MS} - now, window}
end
redis.call('INCR', rk)
redis.call('INCRBY', tk, tokens)
redis.call('PEXPIRE', rk, ${2 * WINDOW_MS})
redis.call('PEXPIRE', tk, ${2 * WINDOW_MS})
return {0, window}
`;

export class RedisRateGate implements RateGate {
  private readonly jitter = createRandom(`rate-gate:${process.pid}`);

  constructor(
    private readonly redis: RespClient,
    /** Key prefix naming the endpoint. */
    private readonly prefix: string,
    readonly limits: RateLimits,
    private readonly clock: Clock,
  ) {}

  get limited(): boolean {
    return this.limits.requestsPerMinute !== undefined || this.limits.tokensPerMinute !== undefined;
  }

  async acquire(estimatedTokens: number, signal?: AbortSignal): Promise<RateTicket> {
    for (;;) {
      signal?.throwIfAborted();
      const reply = await this.redis.send("EVAL", [ADMIT, 1, this.prefix, this.limits.requestsPerMinute ?? 0, this.limits.tokensPerMinute ?? 0, estimatedTokens]);
      const [waitMs, window] = Array.isArray(reply) ? reply.map(Number) : [0, 0];
      if (waitMs === 0 || waitMs === undefined) {
        const tokensKey = `${this.prefix}:${window ?? 0}:t`;
        return {
          settle: (actual) => {
            if (actual !== estimatedTokens) void this.redis.send("INCRBY", [tokensKey, actual - estimatedTokens]).catch(() => undefined);
          },
        };
      }
      // Spread the wake-ups of many waiting workers over the first second of the next window.
      await this.clock.sleep(waitMs + Math.floor(this.jitter.next() * 1000), signal);
    }
  }
}
