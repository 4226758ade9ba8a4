// Figures in text (numbers with units, percentages, money, dates, times, ranges) and whether a figure is grounded,
// i.e. the same value with a comparable unit was already written in the scenario or spoken by the customer.
import { toHalfWidth } from "./normalize.js";
import { unitClass } from "./units.js";
import { RULES } from "./figure-rules.js";

export { chineseNumeral } from "./figure-rules.js";

export type FigureAtom =
  | { kind: "number"; value: number; unit: string }
  | { kind: "date"; year: number | null; month: number | null; day: number }
  | { kind: "time"; hour: number; minute: number };

export interface Figure {
  /** As written in the original text. */
  text: string;
  /** Numeric value for numbers (first value for ranges); null for dates and times. */
  value: number | null;
  /** Unit as written ("分钟", "$", "%", "seats"), "date" / "time" for those, "" when bare. */
  unit: string;
  start: number;
  end: number;
  atoms: FigureAtom[];
}

const CJK_NUMERAL_CHAR = /[零〇一二两三四五六七八九十百千万]/;
const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;

function overlaps(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

const RANGE_JOINER = /^\s*(?:-|–|—|~|～|至|到|to)\s*$/;

/** Figures in reading order; ranges (a time span "HH:MM-HH:MM", a span of days "M月D日至D日") come back as one figure with several atoms. */
export function extractFigures(text: string): Figure[] {
  if (!SPACED_FIGURE.test(text)) return extractFrom(text);
  // Many writers space digits from Chinese ("3 月 8 日"): read as unspaced, with the offsets of the text as written.
  const at: number[] = [];
  let joined = "";
  let from = 0;
  for (let m = SPACED_FIGURE_ALL.exec(text); m !== null; m = SPACED_FIGURE_ALL.exec(text)) {
    for (let i = from; i < m.index; i++) at.push(i);
    joined += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  SPACED_FIGURE_ALL.lastIndex = 0;
  for (let i = from; i < text.length; i++) at.push(i);
  joined += text.slice(from);
  const half = toHalfWidth(text);
  return extractFrom(joined)
    .map((figure) => {
      const start = at[figure.start] ?? figure.start;
      const end = (at[figure.end - 1] ?? figure.end - 1) + 1;
      return { ...figure, start, end, text: text.slice(start, end) };
    })
    // A list number is told by the space after it ("步骤1 开场"), which joining took away.
    .filter((figure) => !isListNumber(half, figure.start, figure.end));
}

/** Spaces between a digit and a Chinese character, either way round. */
const SPACED = String.raw`(?<=[\d\uff10-\uff19])[ \t\u3000]+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[ \t\u3000]+(?=[\d\uff10-\uff19])`;
const SPACED_FIGURE = new RegExp(SPACED);
const SPACED_FIGURE_ALL = new RegExp(SPACED, "g");

function extractFrom(text: string): Figure[] {
  const normal = toHalfWidth(text);
  const open = {
    digit: /\d/.test(normal),
    "cjk-numeral": CJK_NUMERAL_CHAR.test(normal),
    "number-word": NUMBER_WORD.test(normal),
  };
  if (!open.digit && !open["cjk-numeral"] && !open["number-word"]) return [];
  const taken = new Uint8Array(normal.length);
  const found: Figure[] = [];
  for (const rule of RULES) {
    if (!open[rule.gate] || (rule.needs !== undefined && !normal.includes(rule.needs))) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(normal); m !== null; m = rule.pattern.exec(normal)) {
      const start = m.index;
      let end = m.index + m[0].length;
      if (overlaps(taken, start, end)) continue;
      const built = rule.build(m);
      if (built === null) continue;
      if (built.trim !== undefined) end -= built.trim;
      if (isListNumber(normal, start, end) || isMask(normal, start, end)) continue;
      taken.fill(1, start, end);
      found.push({ text: text.slice(start, end), value: built.value, unit: built.unit, start, end, atoms: built.atoms });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return mergeRanges(text, normal, found);
}

/** Characters an anonymised or redacted number is written with: "138****5678", "尾号XXXX", "[PHONE]". */
const MASK_NEIGHBOUR = /[*＊xX×#]/;

/** "0000000", "138****5678": a masked value stands for a figure nobody may read; it is not one. */
function isMask(text: string, start: number, end: number): boolean {
  if (/^0{4,}$/.test(text.slice(start, end).replace(/[,\s]/g, ""))) return true;
  return MASK_NEIGHBOUR.test(text[start - 1] ?? "") || MASK_NEIGHBOUR.test(text[end] ?? "");
}

/** A currency sign written before the amount. */
const CURRENCY_SIGN = /[£$€¥]/u;

/** "1." at the start of a line, "步骤1" / "Step 1" / "第1步": structure, not a figure. */
function isListNumber(text: string, start: number, end: number): boolean {
  // "£25." opening an answer is a sum, never a list mark: a list is numbered by bare numerals.
  if (CURRENCY_SIGN.test(text[start] ?? "")) return false;
  const before = text.slice(Math.max(0, start - 5), start);
  const after = text.slice(end, end + 2);
  if (/(步骤|step\s?|第)$/i.test(before) && /^(步|[:：.、)）\s]|$)/i.test(after)) return true;
  if (!/^[.、)）]\s?(?!\d)/.test(after)) return false;
  // Walk back over list marks only (not to the line start): a search back to the last newline is quadratic on long lines.
  let i = start - 1;
  while (i >= 0 && text[i] !== "\n" && /[\s*#>-]/.test(text[i] ?? "")) i--;
  return i < 0 || text[i] === "\n";
}

function mergeRanges(text: string, normal: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const figure of figures) {
    const last = out[out.length - 1];
    if (last !== undefined && RANGE_JOINER.test(normal.slice(last.end, figure.start)) && compatible(last, figure)) {
      out[out.length - 1] = { ...last, text: text.slice(last.start, figure.end), end: figure.end, atoms: [...last.atoms, ...rangeTail(last, figure)] };
    } else {
      out.push(figure);
    }
  }
  return out;
}

function compatible(a: Figure, b: Figure): boolean {
  const ka = a.atoms[0]?.kind;
  const kb = b.atoms[0]?.kind;
  if (ka === "date" && kb === "number" && b.unit === "日") return true;
  return ka === kb;
}

/** "6月3日至6日": the tail "6日" is day 6 of the same month. */
function rangeTail(head: Figure, tail: Figure): FigureAtom[] {
  const first = head.atoms[0];
  if (first?.kind === "date" && tail.atoms[0]?.kind === "number" && tail.value !== null) {
    return [{ kind: "date", year: first.year, month: first.month, day: tail.value }];
  }
  return tail.atoms;
}

function atomMatches(a: FigureAtom, b: FigureAtom): boolean {
  if (a.kind === "number" && b.kind === "number") {
    if (Math.abs(a.value - b.value) > 1e-9 * Math.max(1, Math.abs(a.value))) return false;
    const ua = unitClass(a.unit);
    const ub = unitClass(b.unit);
    return ua === "" || ub === "" || ua === ub;
  }
  if (a.kind === "date" && b.kind === "date") {
    if (a.day !== b.day) return false;
    if (a.month !== null && b.month !== null && a.month !== b.month) return false;
    return a.year === null || b.year === null || a.year === b.year;
  }
  if (a.kind === "time" && b.kind === "time") return a.hour === b.hour && a.minute === b.minute;
  // A bare day number ("6日") may ground against a date with that day.
  // "还是18号" for "1月18号": 号 after a day number names the day of the month.
  if (a.kind === "number" && b.kind === "date") return a.value === b.day && (unitClass(a.unit) === "day" || a.unit === "号");
  return false;
}

/** What has been said or written: figures whose value (with a comparable unit) is known. */
export class FigureIndex {
  /** Known atoms bucketed by value, so a lookup costs one bucket, not the whole index (5 MB documents). */
  private readonly buckets = new Map<string, FigureAtom[]>();
  private readonly seen = new Set<string>();

  constructor(texts: readonly string[] = []) {
    for (const text of texts) this.add(text);
  }

  add(text: string): void {
    const figures = figuresIn(text);
    if (figures.length === 0) return;
    for (const { atom, key, exact } of keyedAtoms(figures)) {
      if (this.seen.has(exact)) continue;
      this.seen.add(exact);
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, [atom]);
      else bucket.push(atom);
    }
  }

  has(figure: Figure): boolean {
    return figure.atoms.every((atom) => lookupKeys(atom).some((key) => (this.buckets.get(key) ?? []).some((known) => atomMatches(atom, known))));
  }
}

/** The bucket an atom is stored in: numbers by value, dates by day, times by hour and minute. */
function atomKey(atom: FigureAtom): string {
  if (atom.kind === "number") return `n:${atom.value.toPrecision(12)}`;
  if (atom.kind === "date") return `d:${atom.day}`;
  return `t:${atom.hour}:${atom.minute}`;
}

/** One key per distinct atom (duplicates are skipped; a lookup would find the same match in either copy). */
function exactKey(atom: FigureAtom): string {
  if (atom.kind === "number") return `n|${atom.value}|${atom.unit}`;
  if (atom.kind === "date") return `d|${atom.year}|${atom.month}|${atom.day}`;
  return `t|${atom.hour}|${atom.minute}`;
}

interface KeyedAtom {
  atom: FigureAtom;
  key: string;
  exact: string;
}

/** The atoms of a memoised figure list with their keys, built once: a call's turns are added to index after index. */
const keyedMemo = new WeakMap<readonly Figure[], readonly KeyedAtom[]>();
function keyedAtoms(figures: readonly Figure[]): readonly KeyedAtom[] {
  let keyed = keyedMemo.get(figures);
  if (keyed === undefined) {
    keyed = figures.flatMap((figure) => figure.atoms.map((atom) => ({ atom, key: atomKey(atom), exact: exactKey(atom) })));
    keyedMemo.set(figures, keyed);
  }
  return keyed;
}

/** Buckets that may hold a match for an atom (a bare day number may match a date with that day); kept per atom. */
const lookupMemo = new WeakMap<FigureAtom, readonly string[]>();
function lookupKeys(atom: FigureAtom): readonly string[] {
  let keys = lookupMemo.get(atom);
  if (keys === undefined) {
    const key = atomKey(atom);
    keys = atom.kind === "number" && Number.isInteger(atom.value) ? [key, `d:${atom.value}`] : [key];
    lookupMemo.set(atom, keys);
  }
  return keys;
}

const FIGURE_MEMO_LIMIT = 20_000;
const figureMemo = new Map<string, readonly Figure[]>();

/** Longer texts (a whole document) are read once and not kept: the memo is for turns and lines. */
const FIGURE_MEMO_TEXT = 4000;

/** extractFigures(text), memoised (read-only, shared): scoring reads the same turns and script lines again and again. */
export function figuresIn(text: string): readonly Figure[] {
  if (text.length > FIGURE_MEMO_TEXT) return extractFigures(text);
  let figures = figureMemo.get(text);
  if (figures === undefined) {
    if (figureMemo.size >= FIGURE_MEMO_LIMIT) figureMemo.clear();
    figures = extractFigures(text);
    figureMemo.set(text, figures);
  }
  return figures;
}

/** Figures in text that the index does not know. */
export function ungroundedFigures(text: string, index: FigureIndex): Figure[] {
  return figuresIn(text).filter((figure) => !index.has(figure));
}
