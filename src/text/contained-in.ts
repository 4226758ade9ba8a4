// Which of many strings occur in one long text, in one pass over it: a per-scenario build asked this of every fact
// of a 5 MB document against its whole knowledge base (one full scan per fact, seconds).
// Each needle's middle WINDOW characters are hashed; the text's windows are hashed as they roll by and every hit
// is checked with startsWith, so the answer is exactly `text.includes(needle)`.

const WINDOW = 8;
const BASE = 31;

function hashAt(text: string, from: number): number {
  let h = 0;
  for (let k = from; k < from + WINDOW; k++) h = (Math.imul(h, BASE) + text.charCodeAt(k)) | 0;
  return h;
}

/** `needles.map((n) => text.includes(n))`, in about one pass over `text`. */
export function containedIn(text: string, needles: readonly string[]): boolean[] {
  const found = needles.map(() => false);
  const byHash = new Map<number, { index: number; offset: number }[]>();
  needles.forEach((needle, index) => {
    // Short needles are few: searched directly.
    if (needle.length < WINDOW * 2) {
      found[index] = text.includes(needle);
      return;
    }
    // The middle: needles often share their beginnings and ends ("Line 12: …", "… per month").
    const offset = Math.floor((needle.length - WINDOW) / 2);
    const h = hashAt(needle, offset);
    const bucket = byHash.get(h);
    if (bucket === undefined) byHash.set(h, [{ index, offset }]);
    else bucket.push({ index, offset });
  });
  if (byHash.size === 0 || text.length < WINDOW) return found;
  let top = 1;
  for (let k = 1; k < WINDOW; k++) top = Math.imul(top, BASE);
  let h = hashAt(text, 0);
  for (let i = 0; ; i++) {
    const bucket = byHash.get(h);
    if (bucket !== undefined) {
      for (const { index, offset } of bucket) {
        if (!found[index] && i >= offset && text.startsWith(needles[index] as string, i - offset)) found[index] = true;
      }
    }
    if (i + WINDOW >= text.length) break;
    h = (Math.imul((h - Math.imul(text.charCodeAt(i), top)) | 0, BASE) + text.charCodeAt(i + WINDOW)) | 0;
  }
  return found;
}
