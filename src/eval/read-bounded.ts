// Reading a call or label file with a size limit: a call is text of a few kilobytes to a few hundred; anything past
// the limit, and anything that is not a regular file (/dev/zero, a FIFO), is a user error before a byte is read.
import { open, stat } from "node:fs/promises";
import { userError } from "../errors.js";
import { decodeBytes } from "../scenario/decode.js";

/** Largest call file read: 5 MB is hours of talk. */
export const MAX_CALL_BYTES = 5 * 1024 * 1024;

export async function readCallBytes(path: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error);
    throw userError("call-unreadable", `cannot read the call: ${reason}`, { file: path, cause: error });
  }
  if (info.isDirectory()) throw userError("call-unreadable", "cannot read the call: it is a folder", { file: path });
  if (!info.isFile()) throw userError("call-unreadable", "cannot read the call: not a regular file", { file: path });
  if (info.size > MAX_CALL_BYTES) throw userError("call-too-large", `the call file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_CALL_BYTES / 1024 / 1024} MB`, { file: path });
  const handle = await open(path, "r");
  try {
    // Read at most one byte past the limit: a file that grew since stat() is still refused.
    const buffer = Buffer.alloc(Math.min(info.size, MAX_CALL_BYTES) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_CALL_BYTES) throw userError("call-too-large", `the call file is larger than ${MAX_CALL_BYTES / 1024 / 1024} MB`, { file: path });
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function readCallText(path: string): Promise<string> {
  return decodeBytes(await readCallBytes(path), path).text;
}
