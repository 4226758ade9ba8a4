// Which side each section belongs to, weighed over the whole document: a callee side that only a word in a heading
// implied ("## Personality", "## 客户引导状态图") stays with the caller unless something else says a customer is described.

import type { SourceLine } from "./lines.js";
import { CALLER_KINDS, classifyHeading, namesTheCustomer, sideOf, type SectionKind, type Side } from "./section-names.js";
import type { Outline, RawSection } from "./sections.js";
import { YOU_ARE } from "./section-bodies.js";
import type { Decision } from "./trace.js";
import { reclaimScript } from "./script-side.js";
import { pastedPersona } from "./pasted-persona.js";

/** Sections only a described customer has: what they worry about, how they sound, the moment they pick up. */
export const CALLEE_ONLY: ReadonlySet<SectionKind> = new Set(["concerns", "situation", "style", "stylePositive", "styleNegative"]);

/** "你扮演…", "You will play the customer", "用户模拟器": sentences that hand the reader a persona to play. */
const PERSONA_CUE = /你(?:将|要)?扮演|你(?:将|要)?模拟|模拟(?:客户|用户)|客户模拟|用户模拟|\byou (?:will |are going to |)play\b|\byou are playing\b|\b(?:user|customer|caller) simulator\b|\bsimulated (?:user|customer)\b/i;

/** A line opening on a person's name and age: a persona card's first words. */
const PERSON_CARD = /^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+){1,2},\s*\d{1,3}\b|^\s*\p{Script=Han}{2,4}[，,]\s*\d{1,3}\s*岁/u;

/** Kinds a caller section takes when a weakly implied callee section is given back to it. */
const BACK_TO_CALLER: Partial<Record<SectionKind, SectionKind | null>> = {
  background: null, situation: "customerProfile", concerns: "customerProfile", behaviours: null,
};

export function hasPersonaCue(lines: readonly SourceLine[]): boolean {
  return lines.some((line) => PERSONA_CUE.test(line.text));
}

/** Weighs an implied callee side, then gives a prompt's "you are…" preface to the caller when no callee is left. */
export function resolveSides(doc: Outline, decisions: Decision[]): void {
  reclaimScript(doc, decisions);
  personaFirst(doc, decisions);
  sidesByBlocks(doc, decisions);
  weighImpliedCallee(doc, decisions);
  adoptPreface(doc, decisions);
  pastedPersona(doc, decisions);
  doc.caller = othersProfiles(doc.caller, decisions);
}

/** "your profile", "我的角色": a qualifier that is the reader itself, not another person. */
const OWN = /(?<![a-z])(?:your|you|my|own|our)(?![a-z])|你|我|自己/iu;

/**
 * "### Donor profile" beside the caller's own identity (a role section or the text under its side heading): a profile
 * named after someone else describes the person called, so it is the customer profile, not a second role.
 */
function othersProfiles(sections: RawSection[], decisions: Decision[]): RawSection[] {
  const own = (s: RawSection): boolean => (s.intro && s.body.some((l) => l.text.trim() !== "")) || (s.kind === "role" && !qualified(s.title));
  if (!sections.some(own)) return sections;
  return sections.map((s) => {
    // A bare role name with fields about the customer only when the caller's identity is given in another section.
    const aboutCustomer = fieldsAboutCustomer(s) && sections.some((o) => o !== s && own(o));
    if (s.kind !== "role" || !(qualified(s.title) || aboutCustomer) || sideOf(s.title) !== null || OWN.test(s.title)) return s;
    decisions.push({ field: "caller.customerProfile", lines: [s.line], evidence: `'${s.title}' names a profile of someone other than the caller, whose own identity is given elsewhere` });
    return { ...s, kind: "customerProfile" };
  });
}

/** "## Profile" over "- 用户姓名：…", "- Customer name: …": fields labelled with the customer's word describe the customer. */
function fieldsAboutCustomer(s: RawSection): boolean {
  const labels = s.body.map((l) => /^\s*(?:[-*+•]\s+)?([^:：]{1,16})[:：]/u.exec(l.text)?.[1]).filter((l): l is string => l !== undefined);
  return labels.length > 0 && labels.some((label) => sideOf(label) === "callee");
}

/** A role name with another word before or after it ("Donor profile"), not the bare name ("Profile", "角色"). */
function qualified(title: string): boolean {
  return title.trim() !== "" && classifyHeading(title, true).kind !== "role";
}

/**
 * No callee side, and text before the first known section that says who "you" are: the caller's prompt, whose script
 * may be in prose or bold stages, even when a later label ("Closing:", "问：", "## Personality") was read as a section.
 */
function adoptPreface(doc: Outline, decisions: Decision[]): void {
  if (doc.callee.length > 0 || doc.sideLine.caller !== null || doc.preface.length === 0) return;
  const you = doc.preface.find((s) => s.body.some((line) => YOU_ARE.test(line.text)));
  if (you === undefined || doc.preface.some((s) => hasPersonaCue(s.body))) return;
  decisions.push({ field: "caller side", lines: [you.line], evidence: "no side headings; the text says who 'you' are, so it is the caller's prompt" });
  const intro = doc.preface.map((s, i) => (i === 0 && s.title === "" ? { ...s, intro: true } : s));
  doc.caller = [...intro, ...doc.caller].sort((a, b) => a.line - b.line);
  doc.preface = [];
}

/**
 * "PERSONA … AGENT …": the customer described first, the caller's side heading after it. Sections before that heading
 * were read with no side yet (so on the caller's); when the customer's own sections are among them, they are all the
 * customer's: a document does not describe the caller, then the customer, then name the caller's side.
 */
function personaFirst(doc: Outline, decisions: Decision[]): void {
  const heading = doc.sideLine.caller;
  if (heading === null || doc.sideLine.callee !== null) return;
  const before = (s: RawSection): boolean => s.line < heading;
  if (!doc.callee.some((s) => before(s) && s.kind !== null && CALLEE_ONLY_OR_BEHAVIOUR.has(s.kind))) return;
  // Text before any side ("## The person you are calling" over who they are) is the customer's too, even under the
  // heading read as the title: a title over text, with the customer's parts after it, introduces the customer.
  const preface = doc.preface.filter((s) => before(s) && s.body.some((l) => l.text.trim() !== ""));
  const moved = [...preface, ...doc.caller.filter((s) => before(s) && (s.kind === null || PERSON_KINDS.has(s.kind)))].sort((a, b) => a.line - b.line);
  if (moved.length === 0) return;
  doc.preface = doc.preface.filter((s) => !preface.includes(s));
  decisions.push({ field: "callee side", lines: moved.map((s) => s.line), evidence: `the customer is described before the caller's side heading (line ${heading}): ${moved.map((s) => `'${s.title}'`).join(", ")} read as the customer's` });
  const taken = new Set(moved);
  doc.caller = doc.caller.filter((s) => !taken.has(s));
  doc.callee = [...moved.map((s, i) => (i === 0 && s.kind === null ? { ...s, intro: true } : s)), ...doc.callee].sort((a, b) => a.line - b.line);
  doc.sideLine.callee = moved[0]?.line ?? null;
}


/**
 * Blocks apart by dividers (a rule, a level-1 heading, a banner), each weighed on its own: a block with the customer's
 * own parts (concerns, situation, style) and none of the caller's is the customer's, a block with the caller's parts
 * and none of the customer's is the caller's. Applied only when one block is each and no side heading says otherwise:
 * then "# Persona", "---" or a second "## Role" ends the caller's side though no word names the customer.
 */
function sidesByBlocks(doc: Outline, decisions: Decision[]): void {
  if (doc.dividers.length === 0 || (doc.sideLine.caller !== null && doc.sideLine.callee !== null)) return;
  const sections = [...doc.caller, ...doc.callee].sort((a, b) => a.line - b.line);
  // One sweep: each section's block is the number of dividers at or before its line.
  const blockOf = new Map<RawSection, number>();
  let block = 0;
  for (const s of sections) {
    while (block < doc.dividers.length && (doc.dividers[block] ?? Infinity) <= s.line) block++;
    blockOf.set(s, block);
  }
  const evidence = new Map<number, { caller: boolean; callee: boolean }>();
  for (const s of sections) {
    const seen = evidence.get(blockOf.get(s) ?? 0) ?? { caller: false, callee: false };
    if (s.kind !== null && CALLER_KINDS.has(s.kind)) seen.caller = true;
    if (s.kind !== null && CALLEE_ONLY.has(s.kind)) seen.callee = true;
    evidence.set(blockOf.get(s) ?? 0, seen);
  }
  const verdict = (b: number): Side | null => {
    const seen = evidence.get(b);
    return seen === undefined || seen.caller === seen.callee ? null : seen.caller ? "caller" : "callee";
  };
  // The sides must be two runs of blocks, one after the other: one change of verdict, no more.
  const order = [...evidence.keys()].sort((a, b) => a - b).map((b) => [b, verdict(b)] as const).filter(([, v]) => v !== null);
  const changes = order.filter(([, v], i) => i > 0 && v !== order[i - 1]?.[1]);
  if (changes.length !== 1) return;
  const [firstSide, cut] = [order[0]?.[1] ?? "caller", changes[0]?.[0] ?? 0];
  const firstBlock = order[0]?.[0] ?? 0;
  const secondSide: Side = firstSide === "caller" ? "callee" : "caller";
  // Blocks before the first weighed one (a title, a preface) keep their reading; empty banner blocks go with what follows.
  const lastFirst = order.filter(([b]) => b < cut).at(-1)?.[0] ?? firstBlock;
  const onCallee = new Set(doc.callee);
  const readAs = (s: RawSection): Side => (onCallee.has(s) ? "callee" : "caller");
  const sideOf2 = (s: RawSection): Side => {
    const b = blockOf.get(s) ?? 0;
    if (b < firstBlock) return readAs(s);
    return b <= lastFirst ? firstSide : secondSide;
  };
  // A side heading inside the other side's run: the blocks are not the sides; the reading stays.
  for (const side of ["caller", "callee"] as const) {
    const at = doc.sideLine[side];
    const headed = at === null ? undefined : sections.find((s) => s.line >= at);
    if (headed !== undefined && sideOf2(headed) !== side) return;
  }
  const moved = sections.filter((s) => sideOf2(s) !== readAs(s));
  if (moved.length === 0) return;
  // A side is a person: blocks given to a side they were not read as must say who that person is (a role section).
  if (!moved.some((s) => s.kind === "role")) return;
  // And the two runs meet at a divider that names no part of either side: a rule, a banner or heading naming a side,
  // a role or nothing the reader knows ("# Persona", "---"), never a section of its own ("FAQ", "Steps").
  const boundary = doc.dividers[lastFirst];
  const opened = boundary === undefined ? undefined : sections.find((s) => s.line === boundary);
  if (boundary === undefined || (opened !== undefined && opened.kind !== null && opened.kind !== "role")) return;
  decisions.push({ field: "sides", lines: moved.map((s) => s.line), evidence: `two runs of blocks apart by rules or top-level headings, each holding one side's parts only: ${moved.map((s) => `'${s.title}'`).join(", ")} moved to the ${secondSide === "callee" && moved.every((s) => sideOf2(s) === "callee") ? "callee" : "other side"}` });
  doc.caller = sections.filter((s) => sideOf2(s) === "caller");
  doc.callee = sections.filter((s) => sideOf2(s) === "callee");
}

/** Kinds that describe a person, either side's: read before the caller's heading, they are the customer's. */
const PERSON_KINDS: ReadonlySet<SectionKind> = new Set(["role", "background", "situation", "concerns", "behaviours", "style", "stylePositive", "styleNegative", "endConditions"]);
const CALLEE_ONLY_OR_BEHAVIOUR: ReadonlySet<SectionKind> = new Set([...CALLEE_ONLY, "behaviours", "background"]);

/** Gives weakly implied callee sections back to the caller when nothing in them describes a customer to play. */
function weighImpliedCallee(doc: Outline, decisions: Decision[]): void {
  if (doc.sideLine.callee !== null || doc.callee.length === 0) return;
  // "Practice customer" over "You're Ann Lee, 64, …": a part titled for the customer that tells the reader who they are.
  // So does one opening on a person's card: a name and an age ("Ann Lee, 64, retired…", "某某某，71岁，…").
  const addressed = (s: RawSection): boolean => s.title !== "" && s.intro && (s.body.some((l) => YOU_ARE.test(l.text)) || PERSON_CARD.test(s.body.find((l) => l.text.trim() !== "")?.text ?? ""));
  const evidence = doc.callee.find((s) => s.kind !== null && CALLEE_ONLY.has(s.kind)) ?? doc.callee.find((s) => hasPersonaCue(s.body) || addressed(s));
  if (evidence !== undefined) {
    decisions.push({ field: "callee side", lines: doc.callee.map((s) => s.line), evidence: `implied by sections such as '${evidence.title}' (line ${evidence.line}) that describe a customer` });
    return;
  }
  // "## About the customer" opened the implied side by naming the customer: back with the caller, it is what the caller
  // knows of the person it calls.
  const moved: RawSection[] = doc.callee.map((s) =>
    s.kind === null
      ? s.intro && s.title !== "" && namesTheCustomer(s.title) ? { ...s, kind: "customerProfile", intro: false } : s
      : { ...s, kind: s.kind in BACK_TO_CALLER ? (BACK_TO_CALLER[s.kind] ?? null) : s.kind },
  );
  decisions.push({
    field: "callee side",
    lines: moved.map((s) => s.line),
    evidence: `no callee heading, persona sentence or customer-only section: ${moved.map((s) => `'${s.title}'`).join(", ")} kept with the caller`,
  });
  doc.caller = [...doc.caller, ...moved].sort((a, b) => a.line - b.line);
  doc.callee = [];
}
