// A batch worker's side of calls.jsonl: it keeps the bytes of each line it made until the batch says where the line
// goes, writes it there itself and fsyncs (group commit), then reports which lines are durable. The batch process
// handles only each line's length and place, never its bytes.
import { closeSync, fdatasync, openSync, write, writev, constants } from "node:fs";
import { GROUP_COMMIT_MS } from "./jsonl-log.js";

const NEWLINE_BYTES = Uint8Array.of(10);
/** Lines are encoded into slabs of this size, reused once every line in them is written: no allocation per line. */
const SLAB_BYTES = 1 << 20;

interface Slab {
  bytes: Buffer;
  used: number;
  /** Lines encoded here and not yet written. */
  live: number;
}

interface Held {
  bytes: Uint8Array;
  slab: Slab;
}

export class WorkerLog {
  private readonly fd: number;
  private readonly held = new Map<number, Held>();
  private current: Slab = { bytes: Buffer.allocUnsafe(SLAB_BYTES), used: 0, live: 0 };
  private readonly spare: Slab[] = [];
  /** Written, waiting for the next fsync. */
  private written: number[] = [];
  private syncing = false;
  private timer: NodeJS.Timeout | null = null;
  private lastSync = -Infinity;

  /** `onDurable` gets the ids whose lines are fsync'ed; `onError` a write or fsync that failed (the batch stops). */
  constructor(
    path: string,
    private readonly onDurable: (ids: number[]) => void,
    private readonly onError: (error: Error) => void,
  ) {
    // Not O_APPEND: every write says where it goes.
    this.fd = openSync(path, constants.O_RDWR);
  }

  /** Encodes a finished job's line and keeps it; returns its UTF-8 length. */
  hold(id: number, line: string): number {
    // A UTF-16 unit is at most 3 bytes of UTF-8: room for the worst case, without measuring first.
    const most = 3 * line.length;
    if (this.current.bytes.length - this.current.used < most) this.current = this.freshSlab(most);
    const slab = this.current;
    const length = slab.bytes.write(line, slab.used, "utf8");
    this.held.set(id, { bytes: slab.bytes.subarray(slab.used, slab.used + length), slab });
    slab.used += length;
    slab.live++;
    return length;
  }

  private freshSlab(most: number): Slab {
    if (this.current.live === 0 && this.current.bytes.length >= most) {
      this.current.used = 0;
      return this.current;
    }
    // A slab still holding lines goes back to `spare` once they are written (release).
    const reused = most <= SLAB_BYTES ? this.spare.pop() : undefined;
    return reused ?? { bytes: Buffer.allocUnsafe(Math.max(SLAB_BYTES, most)), used: 0, live: 0 };
  }

  /** Writes held lines at their places (`[id, offset, id, offset, ...]`), consecutive places in one write. */
  place(places: readonly number[]): void {
    let run: Held[] = [];
    let ids: number[] = [];
    let runStart = 0;
    let runEnd = -1;
    for (let i = 0; i + 1 < places.length; i += 2) {
      const id = places[i] ?? -1;
      const offset = places[i + 1] ?? -1;
      const line = this.held.get(id);
      if (line === undefined) {
        this.onError(new Error(`batch worker: no line held for job ${id}`));
        return;
      }
      this.held.delete(id);
      if (offset !== runEnd) {
        this.writeRun(run, ids, runStart);
        run = [];
        ids = [];
        runStart = offset;
      }
      run.push(line);
      ids.push(id);
      runEnd = offset + line.bytes.length + 1;
    }
    this.writeRun(run, ids, runStart);
  }

  /** A slab whose lines are all written (their bytes are in the kernel's cache now) is reused. */
  private release(slab: Slab): void {
    slab.live--;
    if (slab.live === 0 && slab !== this.current) {
      slab.used = 0;
      if (slab.bytes.length === SLAB_BYTES) this.spare.push(slab);
    }
  }

  /**
   * In libuv's pool, not this thread: a write that extends the file may wait behind the journal commit of a
   * running fsync (our guess at the cause). Measured, 4,000 calls on 1 worker at load 8-10: writing in this
   * thread 19.3 s against 15.0 s when the batch process wrote the lines; in the pool 18.7 and 13.6 s against 19.1
   * and 12.9 s, run alternately.
   */
  private writeRun(lines: Held[], ids: number[], offset: number): void {
    if (lines.length === 0) return;
    const pieces = lines.flatMap((line) => [line.bytes, NEWLINE_BYTES]);
    writeAll(this.fd, pieces, offset, (error) => {
      for (const line of lines) this.release(line.slab);
      if (error !== null) {
        this.onError(error);
        return;
      }
      this.written.push(...ids);
      this.scheduleSync();
    });
  }

  /** Group commit: at most one fsync in flight, starts at least GROUP_COMMIT_MS apart, in libuv's pool. */
  private scheduleSync(): void {
    if (this.syncing || this.timer !== null || this.written.length === 0) return;
    const wait = this.lastSync + GROUP_COMMIT_MS - performance.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.scheduleSync();
      }, wait);
      return;
    }
    this.syncing = true;
    this.lastSync = performance.now();
    const ids = this.written;
    this.written = [];
    fdatasync(this.fd, (error) => {
      this.syncing = false;
      if (error !== null) {
        this.onError(error);
        return;
      }
      this.onDurable(ids);
      this.scheduleSync();
    });
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Every piece at `offset` on; a short count (a full disk) goes on from where it stopped. */
function writeAll(fd: number, pieces: Uint8Array[], offset: number, done: (error: Error | null) => void): void {
  const size = pieces.reduce((sum, piece) => sum + piece.length, 0);
  writev(fd, pieces, offset, (error, wrote) => {
    if (error !== null || wrote >= size) {
      done(error);
      return;
    }
    const rest = Buffer.concat(pieces).subarray(wrote);
    const more = (at: number): void => {
      if (at >= rest.length) {
        done(null);
        return;
      }
      write(fd, rest, at, rest.length - at, offset + wrote + at, (failure, count) => (failure !== null ? done(failure) : more(at + count)));
    };
    more(0);
  });
}
