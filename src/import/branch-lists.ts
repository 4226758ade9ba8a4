// Branches a program keeps apart from its steps (`branches = [Branch(after = 2, when = "…", then = "…")]`): each
// condition/action record is moved into the step it names (its `after`/`step` number), or the last step when it names
// none, so the outline writes it under that step as the reader reads a branch there.

import { classifyHeading } from "../scenario/section-names.js";
import { keyWords } from "./key-words.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A key naming a list of branches ("branches", "BRANCHES", "branch_rules", "分支"). */
const BRANCHES_KEY = /^(?:branch|branches|branching|conditions|分支|条件分支)$/u;
export const isBranchesKey = (key: string): boolean => BRANCHES_KEY.test(key.toLowerCase());
/** A key's first word naming a branch. */
const BRANCH_LEAD = /^(?:branch|branches|分支)$/u;
/** A key naming a condition, and one naming what to do then. */
const IF_WORD = /^(?:if|when|cond|condition|trigger|如果|若|条件)$/u;
const THEN_WORD = /^(?:then|do|action|reply|response|那么|就|则)$/u;
/** A key naming the step a branch hangs from ("after", "afterStep", "step", "at"). */
const AT_WORD = /^(?:after|step|at|from|stage|node|步骤)$/u;
/** A step record's own number. */
const NUMBER_KEY = /^(?:n|no|num|number|step|order|index|seq|id|序号|步骤)$/iu;

const words = (key: string): string[] => {
  const split = keyWords(key);
  return split.length > 0 ? split : [key];
};

function isBranch(record: Json): boolean {
  const keys = Object.keys(record).map(words);
  return keys.some((w) => w.some((x) => IF_WORD.test(x))) && keys.some((w) => w.some((x) => THEN_WORD.test(x)));
}

/** The step number a branch names, or null. */
function stepNumber(record: Json): number | null {
  for (const [k, v] of Object.entries(record)) {
    if (!words(k).some((x) => AT_WORD.test(x))) continue;
    const n = typeof v === "number" ? v : typeof v === "string" && /^\d{1,3}$/u.test(v.trim()) ? Number(v) : NaN;
    if (Number.isInteger(n)) return n;
  }
  return null;
}

function numberOf(step: Json, index: number): number {
  const own = Object.entries(step).find(([k, v]) => NUMBER_KEY.test(k) && (typeof v === "number" || (typeof v === "string" && /^\d{1,3}$/u.test(v))));
  return own === undefined ? index + 1 : Number(own[1]);
}

/** A sentence, not a field's value: it has a space, or runs past a short value's length. */
const isSentence = (s: string): boolean => /\s/u.test(s.trim()) || [...s].length > 8;

/**
 * Branch records however a program wrote them: records, `(condition, action)` pairs, or a record keyed by
 * conditions (`{"客户说…": "就…"}`); empty when the value is none of these.
 */
function asRecords(value: unknown): Json[] {
  const pair = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string");
  if (Array.isArray(value)) return value.every(isObject) ? value.map(asBranch) : value.every(pair) ? value.map(([c, a]) => ({ if: c, then: a })) : [];
  // One branch written alone (`branch = (step: 2, whenSaid: "…", then: "…")`): a list of it.
  if (isObject(value) && isBranch(value)) return [value];
  // Under a key naming branches, a record of texts is keyed by conditions, its values what to do then.
  if (isObject(value) && Object.keys(value).length > 0 && Object.values(value).every((v) => typeof v === "string" && isSentence(v))) {
    return Object.entries(value).map(([c, a]) => ({ if: c, then: a }));
  }
  return [];
}

/** Under a key naming branches, a record of two texts keyed otherwise (`Branch 1 "…" "…"` read as a pair) is a condition and its action. */
function asBranch(record: Json): Json {
  if (isBranch(record)) return record;
  const texts = Object.values(record).filter((v): v is string => typeof v === "string");
  const at = Object.values(record).find((v) => typeof v === "number");
  return texts.length === 2 ? { ...(at === undefined ? {} : { after: at }), if: texts[0], then: texts[1] } : record;
}

/**
 * `branchIf = "…"` and `branchThen = "…"` (`BRANCH_IF`/`BRANCH_THEN`, `branch_when`/`branch_reply`, `IF_2`/`THEN_2`):
 * two texts whose keys differ only by the condition word and the action word are one branch, kept as
 * `branch: { if, then }` (after the step a number in the key names).
 */
function withPairedBranch(record: Json): Json {
  if ("branch" in record || "branches" in record) return record;
  for (const [k, v] of Object.entries(record)) {
    const w = words(k);
    const at = w.findIndex((x) => IF_WORD.test(x));
    // `branchIf`/`branchThen`, or `IF_3`/`THEN_3` (the rest of the key, a step number, names where it hangs).
    if (typeof v !== "string" || at < 0 || (at === 0 ? w.length < 2 : !BRANCH_LEAD.test(w[0] ?? ""))) continue;
    const partner = Object.keys(record).find((o) => {
      const ow = words(o);
      return typeof record[o] === "string" && ow.length === w.length && ow.every((x, i) => (i === at ? THEN_WORD.test(x) : x === w[i]));
    });
    if (partner === undefined) continue;
    const { [k]: _if, [partner]: _then, ...rest } = record;
    const step = at === 0 && w.length === 2 && /^\d{1,3}$/u.test(w[1] ?? "") ? { after: Number(w[1]) } : {};
    return { ...rest, branch: { ...step, if: v, then: record[partner] } };
  }
  return record;
}

/** The record with each separate branch moved into its step as `branch` (a copy; the record itself is unchanged). */
export function withBranchesInSteps(given: Json): Json {
  const record = withPairedBranch(given);
  const stepsKey = Object.keys(record).find((k) => Array.isArray(record[k]) && classifyHeading(k, true).kind === "steps");
  // A key led by the word (`branchIfCannotCome`, `branch_when_busy`) names one too.
  const branchesKey = Object.keys(record).find((k) => (BRANCHES_KEY.test(words(k).join(" ")) || BRANCH_LEAD.test(words(k)[0] ?? "")) && asRecords(record[k]).length > 0);
  if (stepsKey === undefined || branchesKey === undefined) return record;
  const branches = asRecords(record[branchesKey]);
  const steps = (record[stepsKey] as unknown[]).map((s) => (isObject(s) ? { ...s } : s));
  if (branches.length === 0 || !branches.every((b) => isObject(b) && isBranch(b))) return record;
  const live = steps.map((s, i) => [s, i] as const).filter((e): e is readonly [Json, number] => isObject(e[0]));
  if (live.length === 0) return record;
  for (const branch of branches as Json[]) {
    const at = stepNumber(branch);
    // The last step of that number still live: a retired twin sharing the number comes before its replacement.
    const target = at === null ? live[live.length - 1] : [...live].reverse().find(([s, i]) => numberOf(s, i) === at);
    if (target === undefined) return record;
    // Written as the reader reads a branch under a step: "if: … / then: …".
    const text = (re: RegExp): string => String(Object.entries(branch).find(([k, v]) => typeof v === "string" && words(k).some((x) => re.test(x)))?.[1] ?? "");
    const condition = { if: text(IF_WORD), then: text(THEN_WORD) };
    const step = target[0];
    const key = "branch" in step ? `branch${Object.keys(step).filter((k) => k.startsWith("branch")).length + 1}` : "branch";
    step[key] = condition;
  }
  const { [branchesKey]: _moved, ...rest } = record;
  return { ...rest, [stepsKey]: steps };
}
