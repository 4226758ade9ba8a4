// Bounded memo tables for pure functions of a text: hot paths (rule seats, scorer) meet the same lines call after
// call, and a table that is cleared whole when full keeps memory bounded without the bookkeeping of an LRU.

/** memo's value for key, computed and kept on a miss; the table is emptied first when it holds `limit` entries. */
export function keptIn<T>(memo: Map<string, T>, limit: number, key: string, compute: (key: string) => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/** A pure function of a text, remembered in its own bounded table (its results are shared: read-only). */
export function memoByText<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const table = new Map<string, T>();
  return (text) => keptIn(table, limit, text, compute);
}
