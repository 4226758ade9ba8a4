// The rule callee's material, read once from the callee's own side of the document (cached per CalleeView): its
// voice (positive examples and lines quoted in its behaviours, brackets and stage notes stripped), what it must
// never say, the questions its concerns imply, its traits, and its end conditions with the line and trigger of each.
import type { CalleeSide } from "../../schema/index.js";
import type { CalleeView } from "../seat.js";
import { fill, packFor, type LanguagePack } from "../../lang/index.js";
import { similar as similarity } from "./memo.js";
import { FigureIndex } from "../../text/figures.js";
import { cuesOf, type Cue } from "./cues.js";
import { endClassesOf, type EndClass } from "./end-classes.js";
import { tokenize } from "../../text/tokenize.js";
import { describedRuns, ownWordings } from "./callee-own-words.js";

export interface PersonaLine {
  text: string;
  cues: ReadonlySet<Cue>;
  /** Said at pick-up ("Who's this?", "I've got ten minutes. Go."). */
  opener: boolean;
}

export interface PersonaEnding {
  /** 1-based index into callee.endConditions. */
  condition: number;
  /** The condition as written. */
  text: string;
  classes: ReadonlySet<EndClass>;
  line: string;
  hangUp: boolean;
  /** Can the callee steer towards it on its own (its cause is the customer's own state)? */
  targetable: boolean;
  /** Content words of the condition: a reactive ending fires only once the call has talked about them. */
  trigger: ReadonlySet<string>;
}

export interface Traits {
  /** Chance of cutting in on a long caller turn. */
  interruptRate: number;
  /** The persona gets called away mid-call. */
  holds: boolean;
  /** Terse reactions rather than calm ones. */
  curt: boolean;
  /** The person answering is a relative or colleague of the customer, never the customer. */
  relative: string | null;
  /** A relative or colleague the persona text names, who may take the call (and how often, 0..1). */
  household: { relation: string; rate: number } | null;
}

export interface Persona {
  pack: LanguagePack;
  lines: readonly PersonaLine[];
  negatives: readonly string[];
  questions: readonly string[];
  /** Other wordings of a concern question (keyed by its plainest wording), to vary calls. */
  wordings: ReadonlyMap<string, readonly string[]>;
  endings: readonly PersonaEnding[];
  traits: Traits;
  /** Figures the callee knows from its own side. */
  knownFigures: FigureIndex;
  /** Its own side's prose (role, background, situation, behaviours, concerns): what it says it wants or cannot do. */
  ownText: string;
}

const NEGATIVE_LIMIT = 0.5;
const QUOTE = /[“"「]([^”"」\n]{2,120})[”"」]/g;
/** Brackets hold stage directions and notes, never speech. */
const BRACKETED = /[（(［[【][^）)］\]】]*[）)］\]】]/g;
/** Classes whose cause is the customer's own state or wish: the customer may steer there unprompted. */
/** Endings that ask the caller for something: the customer waits for the caller's answer before the call ends. */
const REQUEST_ENDINGS: readonly EndClass[] = ["written", "escalate"];
/** A request said before the reason for going ("escalate" is also a supervisor, so it is not composed). */
const COMPOSED_REQUESTS: readonly EndClass[] = ["written"];
const ASKS_CALLER = new Set<Cue>(["written", "escalate"]);
const SELF_CAUSED = new Set<EndClass>(["done", "written", "busy", "refuse", "defer", "novalue", "cancel", "suggestion", "escalate", "alternative"]);
/** Classes that need their cause to have come up in the call first. */
const NEEDS_CAUSE = new Set<EndClass>(["urgent", "hearing", "interrupted", "hostile", "misconduct", "fraud", "identity"]);

function spoken(text: string): string {
  return text.replace(BRACKETED, "").replace(/\s{2,}/g, " ").trim();
}

/** Lines the persona says, quoted inside its behaviour descriptions (not phrases it hears from the caller). */
export function quotedSpeech(text: string, pack: LanguagePack): string[] {
  const found: string[] = [];
  const { heardBefore, conceptAfter } = pack.document;
  for (const match of text.matchAll(QUOTE)) {
    const quote = spoken(match[1] ?? "");
    const at = match.index ?? 0;
    const before = text.slice(Math.max(0, at - 10), at);
    const after = text.slice(at + match[0].length, at + match[0].length + 6);
    if (heardBefore.test(before) || conceptAfter.test(after) || pack.speech.units(quote) < pack.speech.minLineUnits) continue;
    if (pack.grammar.isConcept(quote)) continue;
    found.push(quote);
  }
  return found;
}

function tooClose(text: string, negatives: readonly string[]): boolean {
  return negatives.some((neg) => neg === text || similarity(text, neg) >= NEGATIVE_LIMIT);
}

/** A quoted question said with a question's tone: the quote's own mark is often left outside it in the persona. */
function asked(line: string, pack: LanguagePack): string {
  return /[。！？.!?…~～]$/u.test(line) ? line : `${line}${pack.speech.questionMark}`;
}

/** A condition's own quoted line ("says 'mail it to me'"), else a persona line carrying its cues, else the pack's. */
function endingLine(condition: string, classes: ReadonlySet<EndClass>, lines: readonly PersonaLine[], pack: LanguagePack, negatives: readonly string[]): string {
  const quoted = [...condition.matchAll(QUOTE)]
    .filter((m) => pack.document.saysBefore.test(condition.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0)))
    .map((m) => spoken(m[1] ?? ""))
    .filter((q) => q.length >= 2 && !tooClose(q, negatives));
  if (quoted[0] !== undefined) return /[。！？.!?]$/.test(quoted[0]) ? quoted[0] : `${quoted[0]}${pack.speech.joiner === "" ? "。" : "."}`;
  const want: Cue[] = [];
  if (classes.has("busy") || classes.has("interrupted")) want.push("busy");
  if (classes.has("written")) want.push("written");
  if (classes.has("refuse") || classes.has("novalue")) want.push("refuse");
  if (classes.has("escalate")) want.push("escalate");
  if (classes.has("cancel")) want.push("cancel");
  if (classes.has("done")) want.push("bye", "thanks");
  let best: string | null = null;
  let bestScore = 0.5;
  for (const line of lines) {
    if (line.opener || line.cues.has("question")) continue;
    const shared = want.filter((cue) => line.cues.has(cue)).length;
    // A line that leaves out what the ending asks the caller for (send it in writing, call back) will not do.
    if (shared === 0 || want.some((cue) => ASKS_CALLER.has(cue) && !line.cues.has(cue))) continue;
    const foreign = (["busy", "written", "refuse", "cancel", "escalate"] as Cue[]).filter((cue) => line.cues.has(cue) && !want.includes(cue)).length;
    const score = shared - 0.6 * foreign + similarity(line.text, condition);
    if (score > bestScore) {
      best = line.text;
      bestScore = score;
    }
  }
  if (best !== null) return best;
  // An ending where the customer thanks the caller as she goes: is a done ending, whatever it was about.
  if (classes.has("done") && pack.document.thanks.test(condition)) return pack.callee.thanked;
  const order: EndClass[] = ["urgent", "hearing", "busy", "interrupted", "written", "escalate", "cancel", "defer", "novalue", "refuse", "suggestion", "done"];
  const primary = order.find((name) => classes.has(name) && !(name === "defer" && classes.has("done"))) ?? "done";
  // A busy customer who wants it sent: the request first, then the reason for going.
  const request = COMPOSED_REQUESTS.find((name) => classes.has(name) && name !== primary);
  return request === undefined ? pack.callee.endings[primary] : `${pack.callee.endings[request]}${pack.speech.joiner}${pack.callee.endings[primary]}`;
}

/** The relation the persona has to the customer, when its own role says it answers for someone else. */
function relationOf(side: CalleeSide, pack: LanguagePack): string | null {
  // Only the role's first sentence says who the persona is: "<name>'s husband often picks up" further on names a
  // household member who may answer (householdOf), not the persona.
  const first = side.role.trim().split(FIRST_SENTENCE_END)[0] ?? "";
  const match = pack.document.relativeRole.exec(first);
  if (match === null) return null;
  return fill(pack.callee.relationPlain, { relation: match.slice(1).find((group) => group !== undefined) ?? pack.callee.relationFallback });
}

/** Where a role's first sentence ends: a full stop (not inside "Mrs.", "St."), a question or exclamation mark, a line break. */
const FIRST_SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Mt))[.!?](?=\s|$)|[。！？\n]/u;

/** How often someone the persona names takes the call: more when the text says they usually answer. */
export const HOUSEHOLD_ANSWERS = { named: 0.15, usually: 0.3 } as const;

/** A relative or colleague the persona's own text names ("his wife Linda often answers"), who may pick up. */
function householdOf(side: CalleeSide, pack: LanguagePack): { relation: string; rate: number } | null {
  const text = [side.role, side.background, side.situation ?? "", ...side.behaviours].join("\n");
  const match = pack.document.householdMember.exec(text);
  const relation = match?.[1];
  if (relation === undefined) return null;
  return { relation: relation.toLowerCase(), rate: pack.document.answersForCustomer.test(text) ? HOUSEHOLD_ANSWERS.usually : HOUSEHOLD_ANSWERS.named };
}

const personas = new WeakMap<CalleeView, Persona>();

export function persona(scenario: CalleeView): Persona {
  const cached = personas.get(scenario);
  if (cached !== undefined) return cached;
  const side = scenario.callee;
  const pack = packFor(scenario.language);
  const negatives = side.style.negative;
  // A line quoted in a behaviour about answering the phone belongs to the pick-up, never to the middle of the call.
  const pickUpLines = new Set(side.behaviours.filter((b) => pack.document.pickUp.test(b)).flatMap((b) => quotedSpeech(b, pack)));
  const texts = [...side.style.positive.map(spoken), ...side.behaviours.flatMap((b) => quotedSpeech(b, pack))];
  const lines: PersonaLine[] = [];
  for (const text of texts) {
    if (text === "" || lines.some((l) => l.text === text) || tooClose(text, negatives)) continue;
    lines.push({ text, cues: cuesOf(text, pack), opener: pack.document.opener.test(text) || pickUpLines.has(text) });
  }
  const wordings = new Map<string, string[]>();
  const described = describedRuns(side, pack);
  // Each concern said in the customer's own words: wordings that read its description out are kept only when all do.
  const concerns = side.concerns.length > 0 ? side.concerns : proseConcerns(side, pack);
  const concernWordings = concerns.flatMap((c) => pack.grammar.concernQuestions(spoken(c)).map((v) => ownWordings(v.filter((w) => !tooClose(w, negatives)), described, pack)));
  for (const kept of concernWordings) {
    if (kept.length > 1 && kept[0] !== undefined) wordings.set(kept[0], kept);
  }
  const questions = [
    ...lines.filter((l) => l.cues.has("question") && !l.opener).map((l) => asked(l.text, pack)),
    ...concernWordings.map((kept) => kept[0] ?? ""),
  ].filter((q, i, all) => q !== "" && all.indexOf(q) === i && !tooClose(q, negatives));
  const endings = side.endConditions.map((condition, i): PersonaEnding => {
    const classes = endClassesOf(condition, pack);
    // An ending the caller's own conduct causes waits for that conduct; the customer never plans it.
    const targetable = [...classes].some((c) => SELF_CAUSED.has(c)) && ![...classes].some((c) => NEEDS_CAUSE.has(c)) && !pack.document.callerCause.test(condition);
    return {
      condition: i + 1,
      text: condition,
      classes,
      line: endingLine(condition, classes, lines, pack, negatives),
      hangUp: pack.document.hangsUp.test(condition) && !REQUEST_ENDINGS.some((name) => classes.has(name)),
      targetable,
      // What must happen in the call is the cause, not the customer's reaction or the words she is to say.
      trigger: new Set(tokenize((condition.split(pack.document.consequence)[0] ?? condition).replace(QUOTE, " "))),
    };
  });
  const behaviour = side.behaviours.join("\n");
  const result: Persona = {
    pack,
    lines,
    negatives,
    questions,
    wordings,
    endings,
    traits: {
      interruptRate: pack.document.impatient.test(behaviour) ? 0.45 : 0.1,
      holds: pack.document.holds.test(behaviour + side.style.positive.join("\n")),
      curt: pack.document.impatient.test(`${behaviour}\n${side.role}`),
      relative: relationOf(side, pack),
      household: householdOf(side, pack),
    },
    knownFigures: new FigureIndex([side.role, side.background, side.situation ?? "", ...side.concerns]),
    ownText: [side.role, side.background, side.situation ?? "", ...side.behaviours, ...side.concerns].join("\n"),
  };
  personas.set(scenario, result);
  return result;
}

/** Concerns read from a persona written as prose, at most this many. */
const PROSE_CONCERNS_MAX = 4;

/** What a persona with no list of concerns wants to know or fears, from its own prose (role, background, situation):
 *  "He … wants to know whether he can cancel later" is a concern as much as a "Concerns:" line is. */
function proseConcerns(side: CalleeSide, pack: LanguagePack): string[] {
  const { pattern, worry } = pack.document.proseConcern;
  const text = [side.role, side.background, side.situation ?? ""].join("\n");
  const found: string[] = [];
  for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))) {
    const ask = m.groups?.["ask"];
    const fear = m.groups?.["worry"];
    const concern = ask !== undefined ? ask.trim() : fear !== undefined ? fill(worry, { worry: fear.trim() }) : "";
    // A quoted line (会问 + a quote) is the persona's own speech, and asking who calls is no concern.
    if (concern === "" || /^[“"「'‘]/u.test(concern) || pack.hearing.acts["asks-who"].test(concern) || found.includes(concern)) continue;
    found.push(concern);
  }
  return found.slice(0, PROSE_CONCERNS_MAX);
}

export function isNegative(text: string, p: Persona): boolean {
  return tooClose(text, p.negatives);
}

/** The plainest question of each clause of a concern (tests show these). */
export function concernQuestions(concern: string, pack: LanguagePack): string[] {
  return pack.grammar.concernQuestions(concern).map((wordings) => wordings[0] ?? "");
}
