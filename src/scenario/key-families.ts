// Settings named by families of keys ("STEP_1_TITLE", "STEP_1_SAY", "STEP_1_BRANCH_2", "KB_3_Q", "RULE_4",
// "CUST_NAME"), as an environment file or a unit's Environment= lines hold a whole script: the word before the
// first separator names a part, a number after it an item of that part, the rest the item's field. Each run of a
// part's keys opens on a heading (the writer's banner comment right above it, else the family's word) on the free
// line before it; its items the numbered lines, questions and answers the step and answer readers know; a part's
// unnumbered keys its labelled lines. Line for line: every key keeps its line.

import { ITEM_FIELDS } from "./ini-toml.js";
import { classifyHeading, type SectionKind } from "./section-names.js";

export interface Assignment { at: number; key: string; value: string }

const SPOKEN_KINDS: ReadonlySet<SectionKind> = new Set(["opening", "closingLines", "endAndClosing"]);
const KEY_PARTS = /[_.-]+/u;
const INDEX = /^\d{1,3}$/u;
/** "# ---------- steps ----------", "## == Rules ==": a comment that only names what follows. */
const BANNER = /^\s*(?:#|;|\/\/)+\s*[-=*~#]{2,}\s*(\S.{0,60}?)\s*[-=*~#]{2,}\s*$/u;
/** Families a file needs before its keys are read as parts (two keys of one prefix are just two settings). */
const MIN_INDEXED_KEYS = 4;

/** "a | b | c": a list an environment value joins with spaced bars, written as the list it is ("a; b; c"). */
const LIST_BAR = /\s+\|\s+/gu;
const MIN_LIST_BARS = 2;

function listed(value: string): string {
  return (value.match(LIST_BAR)?.length ?? 0) >= MIN_LIST_BARS ? value.replace(LIST_BAR, "; ") : value;
}

interface Family { word: string; first: number; keys: { at: number; index: number | null; field: string; value: string }[] }

function familiesOf(assignments: readonly Assignment[]): Family[] {
  const families = new Map<string, Family>();
  for (const { at, key, value } of assignments) {
    const [word = "", second = "", ...rest] = key.split(KEY_PARTS);
    const indexed = INDEX.test(second);
    const family = families.get(word.toUpperCase()) ?? { word, first: at, keys: [] };
    families.set(word.toUpperCase(), family);
    family.keys.push({ at, index: indexed ? Number(second) : null, field: (indexed ? rest : [second, ...rest]).filter((p) => p !== "").join(" "), value: listed(value) });
  }
  return [...families.values()];
}

/** True when the keys form families with numbered items (STEP_1_…, KB_2_…): a script written as settings. */
export function hasKeyFamilies(assignments: readonly Assignment[]): boolean {
  return familiesOf(assignments).some((family) => family.keys.filter((k) => k.index !== null).length >= MIN_INDEXED_KEYS);
}

type Role = "title" | "line" | "branch" | "question" | "answer";

function roleOf(field: string): Role | undefined {
  const bare = field.replace(/[\s_-]*\d+$/u, "").trim();
  return ITEM_FIELDS.find(([pattern]) => pattern.test(bare))?.[1];
}

/** "SURVEY REF" → "Survey ref". */
function words(text: string): string {
  const lower = text.toLowerCase().trim();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** A value quoted as the line said, unless it quotes words itself (a direction naming a line does). */
function spoken(text: string): string {
  return /["“”「」『』]/u.test(text) ? text : `“${text}”`;
}

/**
 * The Markdown line for each key's line and the headings for free lines, given the lines as written (for the
 * banner comments) and which lines are free (a comment, a blank, a line of no content).
 */
export function keyFamilyLines(assignments: readonly Assignment[], written: readonly string[], free: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  const families = familiesOf(assignments);
  const familyAt = new Map<number, Family>();
  for (const family of families) for (const key of family.keys) familyAt.set(key.at, family);
  // A heading where a run of one family's keys starts, on the free line before it.
  let previous: { family: Family; at: number } | null = null;
  const saidIn = new Map<number, boolean>();
  let said = false;
  let headed: Family | null = null;
  const headings = new Map<Family, string>();
  for (const { at } of assignments) {
    const family = familyAt.get(at) as Family;
    let slot = at - 1;
    while (slot >= 0 && free.has(slot) && written[slot]?.trim() === "") slot--;
    if ((previous === null || previous.family !== family) && slot >= 0 && slot > (previous?.at ?? -1) && free.has(slot)) {
      // A family met again goes back under the heading it had ("CALL_…" keys after "CUST_…" ones are the caller's still).
      const heading = headings.get(family) ?? BANNER.exec(written[slot] ?? "")?.[1] ?? words(family.word);
      headings.set(family, heading);
      out.set(slot, `## ${heading}`);
      said = SPOKEN_KINDS.has(classifyHeading(heading, false).kind ?? "role");
      headed = family;
    }
    // A key of another family run on under the heading is a setting of its own, not one of the lines it names.
    saidIn.set(at, said && headed === family);
    previous = { family, at };
  }
  for (const family of families) {
    const items = new Map<number, Family["keys"]>();
    for (const key of family.keys) if (key.index !== null) items.set(key.index, [...(items.get(key.index) ?? []), key]);
    for (const key of family.keys) {
      if (key.index === null) {
        out.set(key.at, `- ${words(key.field)}：${saidIn.get(key.at) === true ? spoken(key.value) : key.value}`);
        continue;
      }
      const item = items.get(key.index) ?? [];
      const title = item.find((k) => roleOf(k.field) === "title");
      const line = item.find((k) => roleOf(k.field) === "line");
      const role = roleOf(key.field);
      const head = title ?? line ?? item[0];
      if (key === head && (title !== undefined || line !== undefined)) {
        out.set(key.at, `${key.index}. ${title?.value ?? ""}${title !== undefined && line !== undefined ? "：" : ""}${line === undefined ? "" : spoken(line.value)}`);
      } else if (key.field === "") out.set(key.at, `${key.index}. ${key.value}`);
      else if (role === "title" || role === "line") out.set(key.at, "");
      else if (role === "question") out.set(key.at, `Q: ${key.value}`);
      else if (role === "answer") out.set(key.at, `A: ${key.value}`);
      else if (role === "branch") out.set(key.at, `   - ${key.value}`);
      else out.set(key.at, `   - ${words(key.field)}：${key.value}`);
    }
  }
  return out;
}
