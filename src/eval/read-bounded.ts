// Reading a call or label file with a size limit: a call is text of a few kilobytes to a few hundred; anything past
// the limit, and anything that is not a regular file (/dev/zero, a FIFO), is a user error before a byte is read.
import { readInputFile, type InputLimits } from "../util/read-input.js";
import { decodeBytes } from "../scenario/decode.js";

/** Largest call file read: 5 MB is hours of talk. */
export const MAX_CALL_BYTES = 5 * 1024 * 1024;

/** Refusals worded for a call file (the messages `eval` users already see). */
const CALL_FILE: InputLimits = {
  maxBytes: MAX_CALL_BYTES,
  problem: (kind, size) =>
    kind === "missing"
      ? "cannot read the call: no such file"
      : kind === "directory"
        ? "cannot read the call: it is a folder"
        : kind === "not-a-file"
          ? "cannot read the call: not a regular file"
          : `the call file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_CALL_BYTES / 1024 / 1024} MB`,
};

export async function readCallBytes(path: string): Promise<Buffer> {
  return readInputFile(path, CALL_FILE);
}

export async function readCallText(path: string): Promise<string> {
  return decodeBytes(await readCallBytes(path), path).text;
}
