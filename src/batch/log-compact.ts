// Rewrites calls.jsonl without what a dead process left in it: holes where a line it held was to go, lines cut
// short, and the lines of jobs the batch counted as failed. The new file replaces the old one atomically.
import { open, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { keyOfLine } from "./jsonl-log.js";
import { JsonlLineReader } from "./jsonl-read.js";

const NEWLINE = 10;
const OUT_CHUNK = 1 << 20;

/** Keeps every complete line whose job is not in `drop`, in file order; returns how many it kept. */
export async function compactLog(path: string, drop: ReadonlySet<string> = new Set()): Promise<number> {
  const temporary = `${path}.compact`;
  const out = await open(temporary, "w");
  let kept = 0;
  try {
    let buffer = Buffer.allocUnsafe(OUT_CHUNK);
    let used = 0;
    const flush = async (): Promise<void> => {
      for (let done = 0; done < used; ) done += (await out.write(buffer, done, used - done)).bytesWritten;
      used = 0;
    };
    for await (const { bytes } of new JsonlLineReader(path).byteLines()) {
      if (bytes.length === 0) continue;
      if (drop.size > 0) {
        const key = keyOfLine(bytes.toString("utf8"));
        if (key !== null && drop.has(key)) continue;
      }
      if (used + bytes.length + 1 > buffer.length) {
        await flush();
        if (bytes.length + 1 > buffer.length) buffer = Buffer.allocUnsafe(bytes.length + 1);
      }
      used += bytes.copy(buffer, used);
      buffer[used++] = NEWLINE;
      kept++;
    }
    await flush();
    await out.datasync();
  } finally {
    await out.close();
  }
  await rename(temporary, path);
  // The rename itself is durable once the directory is.
  const dir = await open(dirname(path), "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
  return kept;
}
