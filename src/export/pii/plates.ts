// Chinese vehicle licence plates: a province character, a letter, then 5 (6 for new-energy) letters and digits.
import { PLATE_PROVINCES } from "./words.js";
import type { PiiSpan } from "./span.js";

const PLATE = new RegExp(`[${PLATE_PROVINCES}][A-Z][·・\\s]?(?=[A-Z0-9]{0,5}[0-9])[A-Z0-9]{5,6}(?![A-Za-z0-9])`, "g");

export function findPlates(view: string): PiiSpan[] {
  return [...view.matchAll(PLATE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: "PLATE" as const,
    key: match[0].replace(/[·・\s]/g, ""),
  }));
}
