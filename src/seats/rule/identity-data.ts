// Verification data, read from one side's own text and checked or given by kind (a birth date, a postcode, the
// last digits of a number…): the kinds are the language pack's; what to do with them is the tables below.
import { fill, type LanguagePack, type VerifyKind, type VerifyKindName } from "../../lang/index.js";
import type { CallerSide } from "../../schema/index.js";
import { memoByText } from "../../util/bounded-memo.js";
import { createRandom, type Random } from "../../util/random.js";
import type { AskedData } from "./identity-question.js";

/** Where a side's own text may state an item: clauses, so a label and its value stay together. */
// A side's texts are the same call after call: each text's clauses and normal form are kept (read-only, bounded).
const textClauses = memoByText((t: string): readonly string[] => t.split(/[;；。\n]|，|,(?!\s*\d)/).map((c) => c.trim()).filter((c) => c !== ""), 5000);
const clausesOf = (texts: readonly string[]): string[] => texts.flatMap(textClauses);
const digitsOf = (text: string): string => text.replace(/\D/g, "");
const normal = memoByText((text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""), 5000);
/** A pattern with the g flag added (for matchAll, which copies it: the one kept never moves), made once per pattern. */
const GLOBAL = new WeakMap<RegExp, RegExp>();
const globalOf = (pattern: RegExp): RegExp => {
  let out = GLOBAL.get(pattern);
  if (out === undefined) GLOBAL.set(pattern, (out = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`)));
  return out;
};
const kindShapes = (kind: VerifyKind, text: string): string[] => [...text.matchAll(globalOf(kind.shape))].map((m) => m[0]);
const shapeMatches = (asked: AskedData, text: string): string[] => kindShapes(asked.kind, text);
/** Values a text states with no label before them, for the kinds whose shape says what they are. */
const bareValues = (kind: VerifyKind, text: string): string[] => (kind.bare === null ? [] : [...text.matchAll(globalOf(kind.bare))].map((m) => m[0]));

/** The caller's record: the texts of its own side the check reads (profile, task, notes). */
/** A role written as one paragraph, the customer's data in brackets after the name, is part of it. */
export const recordTexts = (caller: CallerSide): string[] => [...caller.customerProfile, caller.task, caller.role, ...caller.extraSections.map((x) => x.body)];

/** The clauses that state a verification item of one of the pack's kinds (its label, then a value of its shape). */
export function dataClauses(texts: readonly string[], pack: LanguagePack): string[] {
  const states = (clause: string, kind: VerifyKind): boolean => {
    const label = kind.label.exec(clause);
    return (label !== null && kindShapes(kind, clause.slice(label.index)).length > 0) || bareValues(kind, clause).length > 0;
  };
  return clausesOf(texts).filter((clause) => LABELLED_NUMBER.test(clause) || pack.document.verifyKinds.some((kind) => states(clause, kind)));
}

/** Values of the right shape in a text (for "the last N digits": runs of exactly N digits). */
export function shapedValues(asked: AskedData, text: string): string[] {
  const found = shapeMatches(asked, text);
  return asked.count === null ? found : found.map(digitsOf).filter((d) => d.length === asked.count);
}

/** Character pairs shared with the asking sentence: which of several stated numbers the caller means. */
function overlap(a: string, b: string): number {
  const pairs = (t: string): Set<string> => new Set([...normal(t)].map((c, i, all) => c + (all[i + 1] ?? "")).slice(0, -1));
  const of = pairs(b);
  return [...pairs(a)].filter((p) => of.has(p)).length;
}

/** A value a side's text states, and how well its label's words fit the asking sentence. */
export interface Stated {
  value: string;
  fit: number;
}

/** The values a side's own text states for the item asked (the clauses whose words best fit the question). */
export function statedValues(asked: AskedData, texts: readonly string[], kinds: readonly VerifyKind[] = []): string[] {
  return statedFits(asked, texts, null, kinds).map((f) => f.value);
}

/** Last digits of a named item: a clause that states the item the asking sentence names (by another kind's label,
 *  "<item> number: XY-1234") gives those digits, as a clause labelled with the last-digits label does. */
function namedItemDigits(asked: AskedData, clause: string, kinds: readonly VerifyKind[]): { value: string; labelEnd: number } | null {
  if (asked.count === null) return null;
  for (const kind of kinds) {
    if (kind === asked.kind || !kind.asked.test(asked.sentence)) continue;
    const label = kind.label.exec(clause);
    if (label === null) continue;
    const digits = kindShapes(kind, clause.slice(label.index)).map(digitsOf).find((d) => d.length >= (asked.count ?? 0));
    if (digits !== undefined) return { value: digits.slice(-asked.count), labelEnd: label.index + label[0].length };
  }
  return null;
}

/** A clause that is only a label and a long number ("学号：1234567", "Member no: 1234567"). */
const LABELLED_NUMBER = /^(?<label>[^\d:：]{1,24})[:：]\s*(?<value>[A-Za-z]{0,3}-?\d(?:[\s-]?\d){4,})$/u;

/** Words of a label (for unspaced text, its two-character runs) that the asking sentence also says. */
function namedBy(label: string, sentence: string): number {
  const said = normal(sentence);
  const words = label.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  const runs = label.split(/[^\u3400-\u9fff]+/u).flatMap((part) => [...part].slice(0, -1).map((c, i) => c + (part[i + 1] ?? "")));
  return [...words, ...runs].filter((key) => said.includes(key)).length;
}

/** Last digits of an item stated as "<label>: <number>" that the asking sentence names by its label's words. */
function labelledNumberDigits(asked: AskedData, texts: readonly string[]): Stated[] {
  const count = asked.count ?? 0;
  return clausesOf(texts).flatMap((clause) => {
    const m = LABELLED_NUMBER.exec(clause);
    const digits = digitsOf(m?.groups?.["value"] ?? "");
    const fit = namedBy(m?.groups?.["label"] ?? "", asked.sentence);
    return m !== null && digits.length >= count && fit > 0 ? [{ value: digits.slice(-count), fit }] : [];
  });
}

/** The best-fitting values a text states for the item asked, with their fit. */
export function statedFits(asked: AskedData, texts: readonly string[], correction: RegExp | null = null, kinds: readonly VerifyKind[] = []): Stated[] {
  const found: Stated[] = [];
  for (const clause of clausesOf(texts)) {
    const label = asked.kind.label.exec(clause);
    const named = label === null ? namedItemDigits(asked, clause, kinds) : null;
    if (named !== null) found.push({ value: named.value, fit: overlap(clause.slice(0, named.labelEnd), asked.sentence) });
    if (label === null) continue;
    const after = clause.slice(label.index);
    // "last 3 digits 213": the label's own count is no value; a number shorter than the count asked says nothing.
    const values = shapeMatches(asked, after).filter((v) => asked.count === null || digitsOf(v).length >= asked.count);
    // A value said, taken back with a "no" and said again: the one said last is the value.
    const value = correction !== null && values.length > 1 && correction.test(after) ? values.at(-1) : values[0];
    if (value === undefined) continue;
    const digits = digitsOf(value);
    // "Ending 0000" answers "the last four digits"; a stated number shorter than the count asked says nothing.
    if (asked.count !== null && digits.length < asked.count) continue;
    found.push({ value: asked.count !== null ? digits.slice(-asked.count) : value, fit: overlap(clause.slice(0, label.index + label[0].length), asked.sentence) });
  }
  // "The last four digits of the item": a record line "<item>: <long number>" whose item the asking
  // sentence names, though no kind of the pack labels it, gives its last digits.
  if (found.length === 0 && asked.count !== null) found.push(...labelledNumberDigits(asked, texts));
  // A record that names no item of the kind may still state one whose shape says what it is (a street address).
  if (found.length === 0) for (const clause of clausesOf(texts)) for (const value of bareValues(asked.kind, clause)) found.push({ value, fit: 0 });
  const best = Math.max(...found.map((f) => f.fit));
  return found.filter((f) => f.fit === best);
}

/** A date as year and the other two numbers (order-free: 02/17 and 17.02 are the same day). */
function dateKey(text: string, pack: LanguagePack): string {
  let low = text.toLowerCase();
  pack.document.monthNames.forEach((name, i) => {
    low = low.replace(new RegExp(`\\b${name.slice(0, 3)}[a-z]*\\.?`, "g"), ` ${i + 1} `);
  });
  const numbers = (low.match(/\d+/g) ?? []).map(Number);
  const year = numbers.find((n) => n >= 1000) ?? numbers.at(-1) ?? 0;
  const rest = numbers.filter((n, i) => i !== numbers.indexOf(year)).sort((a, b) => a - b);
  return `${year % 100}:${rest.join("-")}`;
}

/** How two values of a kind are the same item. */
const SAME: Record<VerifyKindName, (known: string, given: string, pack: LanguagePack) => boolean> = {
  lastDigits: (known, given) => digitsOf(known) === digitsOf(given),
  birthYear: (known, given) => digitsOf(known) === digitsOf(given),
  birthDate: (known, given, pack) => dateKey(known, pack) === dateKey(given, pack),
  postcode: (known, given) => normal(known) === normal(given),
  address: (known, given) => normal(known).includes(normal(given)) || normal(given).includes(normal(known)),
  place: (known, given) => normal(known).includes(normal(given)) || normal(given).includes(normal(known)),
  email: (known, given) => known.trim().toLowerCase() === given.trim().toLowerCase(),
  // A plate whole, or its tail where one side leaves out the region mark before it.
  plate: (known, given) => normal(known) === normal(given) || (normal(given).length >= 5 && normal(known).endsWith(normal(given))),
  // A short reference (a letter and three digits) only as a whole; a long one by its digits, said in part or in full.
  reference: (known, given) => normal(known) === normal(given) || (digitsOf(known).length >= 4 && (digitsOf(given).endsWith(digitsOf(known)) || digitsOf(known).endsWith(digitsOf(given)))),
};

export type DataVerdict = "confirmed" | "failed" | "none";

interface DataCase {
  known: readonly string[];
  given: readonly string[];
  same: (known: string, given: string) => boolean;
}

/** The caller's check of the data given, as a table: the record decides where it states the item, else the shape. */
const DATA_CHECK: readonly { name: string; when: (c: DataCase) => boolean; act: DataVerdict }[] = [
  { name: "nothing-of-the-shape", when: (c) => c.given.length === 0, act: "none" },
  { name: "matches-the-record", when: (c) => c.known.some((k) => c.given.some((g) => c.same(k, g))), act: "confirmed" },
  { name: "contradicts-the-record", when: (c) => c.known.length > 0, act: "failed" },
  { name: "right-shape-no-record", when: () => true, act: "confirmed" },
];

/** The values the record states for the item asked; a request that offers items to choose from ("the last four of
 *  your member number, or of your phone") is checked against the best fit of each item offered that it names. */
export function knownValues(asked: AskedData, callerTexts: readonly string[], pack: LanguagePack): string[] {
  const kinds = pack.document.verifyKinds;
  const split = new RegExp(pack.document.offersAlternative.source, `${pack.document.offersAlternative.flags.replace("g", "")}g`);
  const offered = asked.sentence.split(split).filter((part) => part.trim() !== "");
  const parts = offered.length > 1 ? offered : [];
  return [...new Set([...statedValues(asked, callerTexts, kinds), ...parts.flatMap((part) => statedFits({ ...asked, sentence: part }, callerTexts, null, kinds).filter((f) => f.fit > 0).map((f) => f.value))])];
}

/** Checks the customer's answer against what the caller's own text states (a bare "yes" gives nothing). */
export function checkData(asked: AskedData, answer: string, callerTexts: readonly string[], pack: LanguagePack): DataVerdict {
  const verdict = (item: AskedData): DataVerdict => {
    const c: DataCase = { known: knownValues(item, callerTexts, pack), given: shapedValues(item, answer), same: (k, g) => SAME[item.kind.name](k, g, pack) };
    return DATA_CHECK.find((rule) => rule.when(c))?.act ?? "none";
  };
  const first = verdict(asked);
  const checkable = otherItems(asked, pack).filter((item) => knownValues(item, callerTexts, pack).length > 0);
  // A request offering two items ("A or B?"): the other one, given and matching the record, passes too.
  if (checkable.some((item) => verdict(item) === "confirmed")) return "confirmed";
  // A value the record cannot check, where it holds another item offered, confirms nothing: that item is asked for.
  if (first === "confirmed" && knownValues(asked, callerTexts, pack).length === 0 && checkable.length > 0) return "none";
  return first;
}

/** The other items of the pack's table the asking sentence offers beside the one read as asked. */
function otherItems(asked: AskedData, pack: LanguagePack): AskedData[] {
  return pack.document.verifyKinds.filter((kind) => kind !== asked.kind && kind.asked.test(asked.sentence)).map((kind) => ({ ...asked, kind, count: null }));
}

interface DataReplyCase {
  asked: AskedData;
  pack: LanguagePack;
  random: Random;
  own: Stated | null;
  /** The value the customer's own data (stated on the caller's record, see CalleeView.ownData) gives. */
  known: Stated | null;
  /** A value its own data gives for another item the request offers ("A or B?"). */
  other: Stated | null;
  ownKey: string;
  unknown: boolean;
  relative: boolean;
  gives: boolean;
}

/** A value of the asked shape the customer must make up when its own text does not state it: drawn from the
 *  persona's own text, so the same person gives the same value every time it is asked, in every call. */
function madeUp(c: DataReplyCase): string {
  const random = createRandom(`${c.asked.kind.name}:${c.ownKey}`);
  const two = (n: number): string => String(n).padStart(2, "0");
  const month = 1 + random.int(12);
  const name = c.pack.document.monthNames[month - 1] ?? "";
  const form = c.asked.kind.form === "" ? "#".repeat(c.asked.count ?? 4) : c.asked.kind.form;
  return fill(form, { year: String(1940 + random.int(50)), month: String(month), monthName: name.charAt(0).toUpperCase() + name.slice(1), day: two(1 + random.int(28)) }).replace(/#/g, () => String(random.int(10)));
}

/** The customer's reply to a request for data, as a table: what its own side holds, in the shape asked. */
const DATA_REPLY: readonly { name: string; when: (c: DataReplyCase) => boolean; act: (c: DataReplyCase) => string }[] = [
  { name: "relative-has-none-of-it", when: (c) => c.relative, act: (c) => c.random.pick(c.pack.callee.dataNotMine) },
  { name: "persona-does-not-know", when: (c) => c.unknown, act: (c) => c.random.pick(c.pack.callee.dataUnknown) },
  { name: "holds-back", when: (c) => !c.gives, act: (c) => c.random.pick(c.pack.callee.noCode) },
  // The persona's value first, unless its words name another item than the one asked and the own data's name it.
  { name: "gives-own-value", when: (c) => c.own !== null && (c.known === null || c.own.fit >= c.known.fit), act: (c) => fill(c.random.pick(c.pack.callee.codeAnswer), { code: c.own?.value ?? "" }) },
  { name: "gives-known-value", when: (c) => c.known !== null, act: (c) => fill(c.random.pick(c.pack.callee.codeAnswer), { code: c.known?.value ?? "" }) },
  // Offered a choice of items, the customer gives the one it knows rather than make the other up.
  { name: "gives-the-offered-item-it-knows", when: (c) => c.other !== null, act: (c) => fill(c.random.pick(c.pack.callee.codeAnswer), { code: c.other?.value ?? "" }) },
  // A place name nobody's text states is not made up: the customer says it does not know.
  { name: "cannot-make-it-up", when: (c) => c.asked.kind.inventable === false, act: (c) => c.random.pick(c.pack.callee.dataUnknown) },
  { name: "gives-a-value-of-the-shape", when: () => true, act: (c) => fill(c.random.pick(c.pack.callee.codeAnswer), { code: madeUp(c) }) },
];

/** What the customer's own texts hold for a request for data: everything of the reply that draws no random number. */
export interface HeldData {
  own: Stated | null;
  known: Stated | null;
  other: Stated | null;
  ownKey: string;
  unknown: boolean;
  readily: boolean;
}

/** What the customer's own texts and data hold for the item asked (a pure function of its arguments). */
export function heldData(asked: AskedData, ownTexts: readonly string[], ownData: readonly string[], pack: LanguagePack): HeldData {
  const unknown = clausesOf(ownTexts).some((c) => asked.kind.label.test(c) && pack.document.notKnown.test(c));
  // A persona that says it gives the item readily ("from memory") does not hold it back.
  const readily = clausesOf(ownTexts).some((c) => asked.kind.label.test(c) && pack.document.givesReadily.test(c) && !pack.document.notKnown.test(c));
  const other = otherItems(asked, pack).flatMap((item) => [...statedFits(item, ownTexts, pack.document.selfCorrection), ...statedFits(item, ownData, null, pack.document.verifyKinds)])[0] ?? null;
  return { ownKey: ownTexts.join("\n"), own: statedFits(asked, ownTexts, pack.document.selfCorrection)[0] ?? null, known: statedFits(asked, ownData, null, pack.document.verifyKinds)[0] ?? null, other, unknown, readily };
}

/** What the customer says when asked for verification data: its persona's value, else its own data's, else one made up.
 *  `held` is heldData(asked, ownTexts, ownData, pack), given when the caller keeps it. */
export function replyWithData(asked: AskedData, ownTexts: readonly string[], ownData: readonly string[], who: { relative: boolean; gives: boolean }, pack: LanguagePack, random: Random, held: HeldData = heldData(asked, ownTexts, ownData, pack)): string {
  const c: DataReplyCase = { asked, pack, random, ownKey: held.ownKey, own: held.own, known: held.known, other: held.other, unknown: held.unknown, relative: who.relative, gives: who.gives || held.readily };
  const rule = DATA_REPLY.find((r) => r.when(c));
  return rule === undefined ? random.pick(pack.callee.noCode) : rule.act(c);
}
