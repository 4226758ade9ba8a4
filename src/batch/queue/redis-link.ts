// The Redis side of a distributed batch: connections BullMQ can drive, the queue name, and the keys a batch keeps
// next to its jobs (its runner spec, its results stream, its progress).
import { createHash } from "node:crypto";
import { hostname } from "node:os";
import { resolve } from "node:path";
import { createBunRedisClient } from "bullmq";
import { userError } from "../../errors.js";
import { parseRedisUrl, RespClient, type RedisTarget } from "./resp-client.js";

/** One queue for every batch on a Redis database: workers serve whichever batch has jobs. */
export const QUEUE_NAME = "callsim-jobs";
/** Set of the batch ids with a coordinator registered. */
export const BATCHES_KEY = "callsim:batches";

export function batchKeys(batchId: string): { meta: string; spec: string; results: string } {
  const base = `callsim:batch:${batchId}`;
  return { meta: `${base}:meta`, spec: `${base}:spec`, results: `${base}:results` };
}

/** A batch is its output directory on its coordinator's machine. */
export function batchIdOf(outDir: string): string {
  return createHash("sha1").update(`${hostname()}\u0000${resolve(outDir)}`).digest("hex").slice(0, 12);
}

/** BullMQ refuses ':' in job ids; the key goes in the job's data, its digest in the id (the enqueue dedup). */
export function bullJobId(batchId: string, key: string): string {
  return `${batchId}.${createHash("sha1").update(key).digest("hex")}`;
}

export function redisTarget(url: string): RedisTarget {
  const target = parseRedisUrl(url);
  if (target === null) throw userError("bad-queue", `--queue must be redis://HOST[:PORT][/DB] (got '${url}')`);
  return target;
}

type BullConnection = ReturnType<typeof createBunRedisClient>;

/** Opens connections for BullMQ and for our own commands, and closes them all at the end. */
export class RedisLink {
  private readonly bull: BullConnection[] = [];
  private readonly raw: RespClient[] = [];

  constructor(
    readonly target: RedisTarget,
    private readonly onError: (error: Error) => void,
  ) {}

  /** A connection for a BullMQ Queue or Worker (it duplicates it for its blocking reads). */
  forBull(): BullConnection {
    const connection = createBunRedisClient(new RespClient(this.target) as never);
    connection.on("error", (error: Error) => this.onError(error));
    this.bull.push(connection);
    return connection;
  }

  /** A connected plain connection for our own commands. */
  async plain(): Promise<RespClient> {
    const client = new RespClient(this.target);
    client.onerror = (error) => this.onError(error);
    try {
      await client.connect();
    } catch (error) {
      const where = `${this.target.host}:${this.target.port}`;
      throw userError("queue-unreachable", `cannot reach Redis at ${where}: ${(error as Error).message}`, { cause: error });
    }
    this.raw.push(client);
    return client;
  }

  async close(): Promise<void> {
    await Promise.all(this.bull.map((connection) => connection.quit().catch(() => undefined)));
    for (const client of this.raw) client.close();
  }
}
