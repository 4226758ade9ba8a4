// Reading a file the user named: only a regular file, only up to a size limit, and every refusal a user error
// (a directory, /dev/zero, a FIFO or a 5 GB log never reaches `readFile`).
import { readFileSync, statSync, type Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { userError } from "../errors.js";

export interface InputLimits {
  /** What the file is, for the message ("config file", "transcript"). */
  what: string;
  maxBytes: number;
}

function check(path: string, info: Stats | null, limits: InputLimits): void {
  if (info === null) throw userError("no-file", `no such ${limits.what}`, { file: path });
  if (info.isDirectory()) throw userError("not-a-file", `is a directory, not a ${limits.what}`, { file: path });
  if (!info.isFile()) throw userError("not-a-file", `is not a regular file (a device, pipe or socket), not a ${limits.what}`, { file: path });
  if (info.size > limits.maxBytes) throw userError("file-too-large", `the ${limits.what} is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${(limits.maxBytes / 1048576).toFixed(0)} MB`, { file: path });
}

export function readInputFileSync(path: string, limits: InputLimits): Buffer {
  let info: Stats | null = null;
  try {
    info = statSync(path);
  } catch {
    info = null;
  }
  check(path, info, limits);
  return readFileSync(path);
}

export async function readInputFile(path: string, limits: InputLimits): Promise<Buffer> {
  const info = await stat(path).catch(() => null);
  check(path, info, limits);
  return readFile(path);
}
