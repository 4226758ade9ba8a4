// Parses a --seeds value such as "1-100", "7" or "1-5,9,20-22" into a sorted list of distinct seeds.
import { userError } from "../errors.js";

/** Largest seed count one batch accepts, so a typo such as "1-1e9" fails fast instead of filling the disk. */
export const MAX_SEEDS = 1_000_000;

export function parseSeeds(text: string): number[] {
  const seeds = new Set<number>();
  for (const raw of text.split(",")) {
    const part = raw.trim();
    if (/^-\d|[-.]\s*-\d/.test(part)) throw userError("bad-seeds", `bad --seeds '${text}': seeds are integers >= 0, as for run --seed`);
    const match = /^(\d+)(?:\s*(?:-|\.\.)\s*(\d+))?$/.exec(part);
    if (match === null) throw userError("bad-seeds", `bad --seeds '${text}': expected e.g. 1-100 or 1,2,5-9`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || to < from) {
      throw userError("bad-seeds", `bad --seeds range '${part}': the end must not be below the start`);
    }
    if (to - from + 1 + seeds.size > MAX_SEEDS) throw userError("bad-seeds", `--seeds '${text}' gives more than ${MAX_SEEDS} seeds`);
    for (let seed = from; seed <= to; seed++) seeds.add(seed);
  }
  return [...seeds].sort((a, b) => a - b);
}
