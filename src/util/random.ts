// Seeded random source (sfc32): the only randomness a call may use, so a seed reproduces it.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element; throws on an empty array. */
  pick<T>(items: readonly T[]): T;
  /** A new independent stream derived from this one and a label. */
  fork(label: string): Random;
}

function hashString(text: string, seed = 0x9e3779b9): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x85ebca6b);
    h = (h ^ (h >>> 13)) >>> 0;
  }
  return h >>> 0;
}

export function createRandom(seed: number | string): Random {
  const s = typeof seed === "number" ? seed >>> 0 : hashString(seed);
  // The four words live in a typed array: as closure variables, every value past a small integer's range was a heap
  // number allocated at each assignment (several per draw; the workers run without TurboFan inlining).
  const w = new Uint32Array([0x9e3779b9 ^ s, 0x243f6a88 ^ Math.imul(s, 0x85ebca6b), 0xb7e15162 ^ Math.imul(s, 0xc2b2ae35), 1]);
  const raw = (): number => {
    const a = w[0] as number;
    const b = w[1] as number;
    const c = w[2] as number;
    const d = w[3] as number;
    const t = (a + b + d) >>> 0;
    w[3] = d + 1;
    w[0] = b ^ (b >>> 9);
    w[1] = c + (c << 3);
    const rotated = (c << 21) | (c >>> 11);
    w[2] = rotated + t;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) raw();
  const random: Random = {
    next: raw,
    int: (n) => Math.floor(raw() * n),
    chance: (p) => raw() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick() from an empty list");
      return items[Math.floor(raw() * items.length)] as (typeof items)[number];
    },
    fork: (label) => createRandom(hashString(label, Math.floor(raw() * 4294967296))),
  };
  return random;
}

/** Stable 32-bit hash, exported for deterministic ids. */
export { hashString };
