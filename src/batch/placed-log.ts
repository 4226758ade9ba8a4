// calls.jsonl written at places handed out in order: the batch reserves each line's bytes where it belongs, and a
// line is written there by whoever holds it (a worker process its own lines, this process the rest), so the lines
// keep the batch's order while their bytes never pass through this process.
import { constants, type FileHandle, open } from "node:fs/promises";
import { GroupCommit } from "./group-commit.js";
import { GROUP_COMMIT_MS } from "./jsonl-log.js";
import { writeAll } from "./write-all.js";

const NEWLINE = 10;
const NEWLINE_BYTES = Uint8Array.of(NEWLINE);

/** A held line that will never be written: the process holding it died first (its job fails and runs again). */
export class LineLost extends Error {}

/** A line that stays with the process that made it until it is told where it goes. */
export interface PlacedLine {
  /** UTF-8 bytes of the line, without its newline. */
  readonly length: number;
  /** Writes the line (and its newline) at `offset`; resolves once it is fsync'ed there, rejects when it never will be. */
  place(offset: number): Promise<void>;
}

/**
 * Opened without O_APPEND (every write says where it goes; Linux ignores pwrite's offset under O_APPEND). The file
 * ends at `end` when it opens: recoverLog has already cut off a torn tail.
 */
export class PlacedLog {
  private readonly commits: GroupCommit<{ offset: number; bytes: Uint8Array }>;

  private constructor(private readonly handle: FileHandle, private end: number, commitMs: number) {
    this.commits = new GroupCommit(commitMs, async (items) => {
      for (const item of items) await writeAll(handle, [item.bytes, NEWLINE_BYTES], item.offset);
      await handle.datasync();
    });
  }

  static async open(path: string, commitMs = GROUP_COMMIT_MS): Promise<PlacedLog> {
    const handle = await open(path, constants.O_RDWR | constants.O_CREAT);
    return new PlacedLog(handle, (await handle.stat()).size, commitMs);
  }

  /** The place of the next `length` bytes of line (its newline added). */
  reserve(length: number): number {
    const offset = this.end;
    this.end += length + 1;
    return offset;
  }

  /** A line this process holds: reserved now, written and fsync'ed behind (group commit, as JsonlAppender). */
  append(bytes: Uint8Array): Promise<void> {
    if (bytes.includes(NEWLINE)) return Promise.reject(new Error("a JSONL line must not contain a newline"));
    return this.commits.add({ offset: this.reserve(bytes.length), bytes });
  }

  /** Waits for every line this process holds, then closes the file. */
  async close(): Promise<void> {
    await this.commits.settled();
    await this.handle.close();
  }
}
