// Reading a file the user named: only a regular file, only up to a size limit, and every refusal a user error
// (a directory, /dev/zero, a FIFO or a 5 GB log never reaches a read). Callers word the refusals for their file.
import { readFileSync, statSync, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { userError } from "../errors.js";

export type InputProblem = "missing" | "directory" | "not-a-file" | "too-large";

export interface InputLimits {
  maxBytes: number;
  /** The one line shown for each refusal, e.g. "is a directory, not a config file". */
  problem: (kind: InputProblem, sizeBytes: number) => string;
}

/** Refusals worded as "no such config file", "is a directory, not a config file", … */
export function describedAs(what: string, maxBytes: number): InputLimits {
  return {
    maxBytes,
    problem: (kind, size) =>
      kind === "missing"
        ? `no such ${what}`
        : kind === "directory"
          ? `is a directory, not a ${what}`
          : kind === "not-a-file"
            ? `is not a regular file (a device, pipe or socket), not a ${what}`
            : `the ${what} is ${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB`,
  };
}

function check(path: string, info: Stats | null, limits: InputLimits): Stats {
  const refuse = (kind: InputProblem, code: string): never => {
    throw userError(code, limits.problem(kind, info?.size ?? 0), { file: path });
  };
  if (info === null) return refuse("missing", "no-file");
  if (info.isDirectory()) return refuse("directory", "not-a-file");
  if (!info.isFile()) return refuse("not-a-file", "not-a-file");
  if (info.size > limits.maxBytes) return refuse("too-large", "file-too-large");
  return info;
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

/** Reads at most one byte past the limit, so a file that grew after stat() is still refused. */
export async function readInputFile(path: string, limits: InputLimits): Promise<Buffer> {
  // A missing file is the user's to fix; any other stat failure (permissions) keeps its own message and path.
  const info = check(path, await stat(path).catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? null : Promise.reject(error))), limits);
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(Math.min(info.size, limits.maxBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > limits.maxBytes) throw userError("file-too-large", limits.problem("too-large", bytesRead), { file: path });
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
