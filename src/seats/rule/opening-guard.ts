// Until the customer is confirmed, the opening tells whoever answers no more than who is calling and whom it wants:
// its greeting, its self-introduction (cut after the name) and its identity question. Statements about the matter
// wait until the customer is confirmed; other questions ("do you have two minutes for your claim?") are dropped.
import type { LanguagePack } from "../../lang/index.js";
import { figuresOf } from "./memo.js";
import { asksIdentity } from "./identity-question.js";
import type { Names } from "./phrases.js";

export interface GuardedOpening {
  /** What the caller says first. */
  said: string;
  /** The opening's statements about the matter, said once the customer is confirmed (null: nothing held). */
  held: string | null;
}

const SENTENCE = /(?<=[。！？!?])\s*|(?<=\.)\s+/;
/** A sentence this short with no name in it is a greeting ("Hello!", "您好！"). */
const GREETING_UNITS = 3;

interface Sentence {
  text: string;
  pack: LanguagePack;
  names: Names;
}

/** What becomes of one sentence of the opening, the first rule that holds deciding. */
const OPENING_RULES: readonly { name: string; when: (s: Sentence) => boolean; keep: (s: Sentence) => { said?: string; held?: string } }[] = [
  { name: "ask-who-is-there", when: (s) => asksIdentity(s.text, s.names.customer, s.pack), keep: (s) => askWho(s) },
  { name: "introduce-up-to-the-name", when: (s) => introductionEnd(s) !== null, keep: (s) => ({ said: introductionEnd(s) ?? "" }) },
  { name: "drop-other-questions", when: (s) => /[？?]\s*$/.test(s.text), keep: () => ({}) },
  { name: "greet", when: (s) => greets(s.text, s.pack), keep: (s) => ({ said: s.text }) },
  { name: "hold-the-matter", when: () => true, keep: (s) => ({ held: s.text }) },
];

/** Short, with no name or figure in it: a greeting ("Hello!", "您好！"). */
const greets = (text: string, pack: LanguagePack): boolean => pack.speech.units(text) <= GREETING_UNITS && figuresOf(text).length === 0;

const clausesOf = (text: string, pack: LanguagePack): string[] => text.split(pack.speech.clauseBreak).filter((c) => c !== "");
const joinClauses = (parts: readonly string[], pack: LanguagePack): string => parts.join(pack.speech.joiner === "" ? "" : " ").trim();

/** Clauses said on their own: no trailing comma, ended by a full stop unless they end a sentence already. */
function asSentence(text: string, pack: LanguagePack): string {
  const trimmed = text.replace(/[，,、；;：:\s]+$/u, "");
  return /[。！？.!?]$/u.test(trimmed) ? trimmed : `${trimmed}${pack.speech.fullStop}`;
}

/**
 * The sentence that asks who answered, said up to its question's clause; the matter told in clauses before that
 * question ("我是…，您的…快到期了，请问是…吗？") is held with the opening's other statements. Greetings and
 * clauses naming the caller or its organisation stay.
 */
function askWho(s: Sentence): { said: string; held?: string } {
  const clauses = clausesOf(s.text, s.pack);
  const ask = clauses.findIndex((c) => asksIdentity(c, s.names.customer, s.pack));
  if (ask <= 0) return { said: s.text };
  const named = nameParts(s.names);
  const stays = (c: string): boolean => namesCaller(c, named) || greets(c, s.pack);
  const before = clauses.slice(0, ask);
  const held = before.filter((c) => !stays(c));
  if (held.length === 0) return { said: s.text };
  // Said later as a sentence of its own: it starts with a capital where the script has them.
  const matter = asSentence(joinClauses(held, s.pack), s.pack);
  return { said: joinClauses([...before.filter(stays), ...clauses.slice(ask)], s.pack), held: matter.charAt(0).toUpperCase() + matter.slice(1) };
}

const namesCaller = (clause: string, named: readonly string[]): boolean => {
  // Lower-cased once, not per name: stepLine passes everything the caller said so far.
  const low = clause.toLowerCase();
  return named.some((n) => low.includes(n));
};

/** The self-introduction's clauses up to the last one naming the caller or its organisation, when it names one. */
function introductionEnd({ text, pack, names }: Sentence): string | null {
  const named = nameParts(names);
  const clauses = clausesOf(text, pack);
  let last = -1;
  clauses.forEach((clause, i) => {
    if (namesCaller(clause, named)) last = i;
  });
  if (last < 0) return null;
  const kept = clauses.slice(0, last + 1).filter((c) => figuresOf(c).length === 0 || namesCaller(c, named));
  const joined = joinClauses(kept, pack).replace(/[，,、；;：:\s]+$/u, "");
  return joined === "" ? null : asSentence(joined, pack);
}

/**
 * A later line of step 1 without its own leading self-introduction ("我是…的小王，请您报一下…"), when the
 * opening already said who is calling: a call introduces the caller once. Clauses holding a figure stay.
 */
export function withoutIntroduction(line: string, opening: string, names: Names, pack: LanguagePack): string {
  return namesCaller(opening, nameParts(names)) ? withoutOwnIntroduction(line, names, pack) : line;
}

/** Whether a text names the caller or its organisation, remembered per caller and text (stepLine asks of every caller
 *  turn at every step). A text that does makes every text it is part of do so too. */
export function namesTheCaller(text: string, names: Names): boolean {
  const key = `${names.caller}\u0000${names.organization ?? ""}`;
  let table = namedIn.get(key);
  if (table === undefined) {
    if (namedIn.size >= NAMED_LIMIT) namedIn.clear();
    namedIn.set(key, (table = new Map()));
  }
  let hit = table.get(text);
  if (hit === undefined) {
    hit = namesCaller(text, nameParts(names));
    if (table.size >= NAMED_LIMIT) table.clear();
    table.set(text, hit);
  }
  return hit;
}
const namedIn = new Map<string, Map<string, boolean>>();
const NAMED_LIMIT = 50_000;

/** withoutIntroduction once the caller is known to have said who it is. */
export function withoutOwnIntroduction(line: string, names: Names, pack: LanguagePack): string {
  const named = nameParts(names);
  const clauses = clausesOf(line, pack);
  let cut = 0;
  while (cut < clauses.length && namesCaller(clauses[cut] ?? "", named) && figuresOf(clauses[cut] ?? "").length === 0 && !/[？?]\s*$/u.test(clauses[cut] ?? "")) cut++;
  if (cut === 0 || cut === clauses.length) return line;
  const rest = asSentence(joinClauses(clauses.slice(cut), pack), pack);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Leading part of a name that still names it: a given name, an organisation's first word or first characters. */
const NAME_PART_MIN = 2;
const CJK_ORG_HEAD = 4;

/** The caller's name and organisation, whole and by their leading part: a given name, an organisation's first word, or
 * the first characters of a Chinese one. */
function nameParts(names: Names): readonly string[] {
  const key = `${names.caller}\u0000${names.organization ?? ""}`;
  let parts = partsByNames.get(key);
  if (parts === undefined) {
    if (partsByNames.size >= NAMED_LIMIT) partsByNames.clear();
    partsByNames.set(key, (parts = namePartsOf(names)));
  }
  return parts;
}
const partsByNames = new Map<string, readonly string[]>();

function namePartsOf(names: Names): string[] {
  const parts: string[] = [];
  for (const name of [names.caller, names.organization ?? ""].map((n) => n.trim().toLowerCase())) {
    if (name.length < NAME_PART_MIN) continue;
    parts.push(name);
    const first = name.split(/[\s·]+/u)[0] ?? "";
    if (first.length >= NAME_PART_MIN && first !== name && !/^(?:the|a|an|mr|mrs|ms|dr)\.?$/u.test(first)) parts.push(first);
    if (/^[\u3400-\u9fff]/u.test(name) && name.length > CJK_ORG_HEAD) parts.push(name.slice(0, CJK_ORG_HEAD));
  }
  return parts;
}

/**
 * The opening as said to someone not yet confirmed. An opening that does not ask for the customer gets the script's
 * identity question (`ask`) after its introduction; without one to ask, the opening is said whole.
 */
export function guardedOpening(opening: string, names: Names, pack: LanguagePack, ask: string | null = null): GuardedOpening {
  const sentences = opening.split(SENTENCE).map((s) => s.trim()).filter((s) => s !== "");
  const asks = sentences.some((s) => asksIdentity(s, names.customer, pack));
  if (!asks && ask === null) return { said: opening, held: null };
  if (!asks && ask !== null) sentences.push(ask);
  const said: string[] = [];
  const held: string[] = [];
  for (const text of sentences) {
    const s = { text, pack, names };
    const rule = OPENING_RULES.find((r) => r.when(s));
    const out = rule?.keep(s) ?? {};
    if (out.said !== undefined && out.said !== "") said.push(out.said);
    if (out.held !== undefined) held.push(out.held);
  }
  return { said: said.join(pack.speech.joiner), held: held.length > 0 ? held.join(pack.speech.joiner) : null };
}
