// Which labelled parts a bench reads: CALLSIM_BENCH_PARTS (comma-separated) or every part present, each reported
// apart: dev (tuned on), heldout and heldout-b (held back, opened at earlier stops), heldout-c (written blind at
// stop 10, opened at its end), heldout-d (written blind at stop 11, measured before and after, opened at its end),
// heldout-e (written blind at stop 12, measured before and after, then opened), heldout-f (the same at stop 13), heldout-g (the same at stop 14), and each later heldout-<letter> written blind at a later stop (heldout-k at stop 26, heldout-l at stop 27, heldout-m at stop 28, heldout-n at stop 29, heldout-o at stop 30, heldout-p and heldout-q at stop 32: p opened for a fix round at its end, q kept blind, measured with stop 33's engineers merged and then opened for a fix round; heldout-r written blind at stop 33, kept blind, measured with stop 34's engineers merged and then opened for a fix round; heldout-s written blind at stop 34, kept blind, measured with stop 35's engineers merged and then opened for a fix round; heldout-t written blind at stop 35, kept blind, measured with stop 36's engineers merged and then opened for a fix round; heldout-u written blind at stop 36 and kept blind).
import { existsSync } from "node:fs";
import { join } from "node:path";

const PARTS = ["dev", "heldout", "heldout-b", "heldout-c", "heldout-d", "heldout-e", "heldout-f", "heldout-g", "heldout-h", "heldout-i", "heldout-j", "heldout-k", "heldout-l", "heldout-m", "heldout-n", "heldout-o", "heldout-p", "heldout-q", "heldout-r", "heldout-s", "heldout-t", "heldout-u"] as const;

export function benchParts(root: string): string[] {
  const asked = process.env.CALLSIM_BENCH_PARTS;
  if (asked !== undefined && asked.trim() !== "") return asked.split(",").map((part) => part.trim());
  return PARTS.filter((part) => existsSync(join(root, part)));
}
