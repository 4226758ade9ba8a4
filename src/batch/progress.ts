// Batch progress: a cli-progress bar with rate and ETA on a terminal, a plain periodic line otherwise.
import cliProgress from "cli-progress";

export interface ProgressSink {
  /** total: jobs in the batch; done: those already finished by an earlier run. */
  start(total: number, done: number): void;
  tick(failed: boolean): void;
  stop(): void;
}

export const silentProgress: ProgressSink = { start: () => {}, tick: () => {}, stop: () => {} };

interface Counts {
  total: number;
  done: number;
  failed: number;
  startDone: number;
  startedMs: number;
}

function rateOf(counts: Counts, nowMs: number): number {
  const seconds = (nowMs - counts.startedMs) / 1000;
  return seconds <= 0 ? 0 : (counts.done - counts.startDone) / seconds;
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m` : s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`;
}

/** One line every intervalMs, for logs and CI: "batch: 1200/5000 (24.0%) 310.2 calls/s ETA 12s, 0 failed". */
export function plainProgress(write: (line: string) => void, intervalMs = 5000, now: () => number = Date.now): ProgressSink {
  const counts: Counts = { total: 0, done: 0, failed: 0, startDone: 0, startedMs: 0 };
  let lastMs = 0;
  const line = (): string => {
    const rate = rateOf(counts, now());
    const percent = counts.total === 0 ? 100 : (100 * counts.done) / counts.total;
    const eta = rate > 0 ? (counts.total - counts.done) / rate : Infinity;
    return `batch: ${counts.done}/${counts.total} (${percent.toFixed(1)}%) ${rate.toFixed(1)} calls/s ETA ${formatSeconds(eta)}, ${counts.failed} failed`;
  };
  return {
    start(total, done) {
      Object.assign(counts, { total, done, startDone: done, failed: 0, startedMs: now() });
      lastMs = counts.startedMs;
      write(`batch: ${total} jobs, ${done} already done`);
    },
    tick(failed) {
      counts.done++;
      if (failed) counts.failed++;
      const t = now();
      if (t - lastMs >= intervalMs) {
        lastMs = t;
        write(line());
      }
    },
    stop() {
      write(line());
    },
  };
}

/** The terminal bar, on stderr so stdout stays clean. */
export function barProgress(stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  const counts: Counts = { total: 0, done: 0, failed: 0, startDone: 0, startedMs: 0 };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{bar} {percentage}% | {value}/{total} | {rate} calls/s | ETA {eta_formatted} | {failed} failed",
      etaBuffer: 200,
      fps: 5,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start(total, done) {
      Object.assign(counts, { total, done, startDone: done, failed: 0, startedMs: Date.now() });
      bar.start(total, done, { rate: "0.0", failed: 0 });
    },
    tick(failed) {
      counts.done++;
      if (failed) counts.failed++;
      bar.update(counts.done, { rate: rateOf(counts, Date.now()).toFixed(1), failed: counts.failed });
    },
    stop() {
      bar.stop();
    },
  };
}

export function defaultProgress(): ProgressSink {
  return process.stderr.isTTY ? barProgress() : plainProgress((line) => process.stderr.write(`${line}\n`));
}
