// `callsim batch --queue redis://… --status`: the batches registered on that Redis and the shared queue's counts.
import { Queue } from "bullmq";
import { BATCHES_KEY, batchKeys, QUEUE_NAME, RedisLink, redisTarget } from "./redis-link.js";

export interface BatchStatus {
  batch: string;
  out: string;
  total: number;
  collected: number;
  failed: number;
  startedMs: number;
}

export interface QueueStatus {
  batches: BatchStatus[];
  waiting: number;
  active: number;
  delayed: number;
  workers: number;
}

function field(flat: unknown, name: string): string {
  if (!Array.isArray(flat)) return "";
  const at = flat.indexOf(name);
  return at === -1 || at % 2 === 1 ? "" : String(flat[at + 1] ?? "");
}

export async function queueStatus(queueUrl: string, onError: (error: Error) => void): Promise<QueueStatus> {
  const link = new RedisLink(redisTarget(queueUrl), onError);
  try {
    const redis = await link.plain();
    const ids = await redis.send("SMEMBERS", [BATCHES_KEY]);
    const batches: BatchStatus[] = [];
    for (const batch of Array.isArray(ids) ? ids.map(String).sort() : []) {
      const meta = await redis.send("HGETALL", [batchKeys(batch).meta]);
      batches.push({
        batch,
        out: field(meta, "out"),
        total: Number(field(meta, "total")),
        collected: Number(field(meta, "collected")),
        failed: Number(field(meta, "failed")),
        startedMs: Number(field(meta, "startedMs")),
      });
    }
    const queue = new Queue(QUEUE_NAME, { connection: link.forBull() });
    try {
      const counts = await queue.getJobCounts("waiting", "active", "delayed");
      const workers = await queue.getWorkersCount();
      return { batches, waiting: counts["waiting"] ?? 0, active: counts["active"] ?? 0, delayed: counts["delayed"] ?? 0, workers };
    } finally {
      await queue.close();
    }
  } finally {
    await link.close();
  }
}

export function formatStatus(status: QueueStatus, nowMs: number): string {
  const lines = [`queue: ${status.waiting} waiting, ${status.active} running, ${status.delayed} delayed; ${status.workers} worker connection(s)`];
  if (status.batches.length === 0) lines.push("no batch running");
  for (const batch of status.batches) {
    const seconds = Math.max(1, (nowMs - batch.startedMs) / 1000);
    const percent = batch.total === 0 ? 100 : (100 * batch.collected) / batch.total;
    lines.push(`batch ${batch.batch} → ${batch.out}: ${batch.collected}/${batch.total} (${percent.toFixed(1)}%), ${batch.failed} failed, running ${Math.round(seconds)} s`);
  }
  return `${lines.join("\n")}\n`;
}
