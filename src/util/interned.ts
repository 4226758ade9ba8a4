// One copy of each text: a batch's seats say the same lines call after call, each built anew (filled, joined), and the
// seats' and the scorer's memo tables are keyed by text. A turn's text taken through here is the very string those
// tables hold, so each look-up finds it by identity instead of comparing its characters (bounded, cleared when full).
const LIMIT = 20_000;
const table = new Map<string, string>();

/** The kept copy of `text` (the same characters): the first one seen since the table was last cleared. */
export function interned(text: string): string {
  const kept = table.get(text);
  if (kept !== undefined) return kept;
  if (table.size >= LIMIT) table.clear();
  table.set(text, text);
  return text;
}
