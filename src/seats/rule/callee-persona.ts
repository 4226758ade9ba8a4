// The rule callee's material, read once from the callee's own side of the document (cached per Scenario):
// its voice (positive examples and lines quoted in its behaviours), what it must never say, the questions
// its concerns imply, its experiences, and its end conditions with the line each one calls for.
import type { CalleeSide, Language } from "../../schema/index.js";
import type { CalleeView } from "../seat.js";
import { similar as similarity } from "./memo.js";
import { FigureIndex } from "../../text/figures.js";
import { cuesOf, type Cue } from "./cues.js";
import { endClassesOf, type EndClass } from "./end-classes.js";
import { genericEnding } from "./callee-phrases.js";
import { concernQuestionVariants, firstPerson } from "./concern-questions.js";

export interface PersonaLine {
  text: string;
  cues: ReadonlySet<Cue>;
  /** Said at pick-up ("喂？哪位？", "I've got ten minutes. Go."). */
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
  /** Can the callee steer towards it on its own (not only as a reaction to caller misconduct)? */
  targetable: boolean;
}

export interface Persona {
  language: Language;
  lines: readonly PersonaLine[];
  negatives: readonly string[];
  questions: readonly string[];
  /** Other wordings of a concern question (keyed by its plainest wording), to vary calls. */
  wordings: ReadonlyMap<string, readonly string[]>;
  experiences: readonly string[];
  endings: readonly PersonaEnding[];
  /** Chance of cutting in on a long caller turn. */
  interruptRate: number;
  /** The persona gets called away mid-call ("等一下，我接个电话"). */
  holds: boolean;
  /** Figures the callee knows from its own side. */
  knownFigures: FigureIndex;
}

const NEGATIVE_LIMIT = 0.5;
const OPENER = /^喂|哪位|你快说|你说吧|啥事|什么事|有什么事|^go\b|\bgo\.?$|go ahead|who(?:'s| is) (?:this|calling)|minutes? before|i'?ve got (?:about )?\w+ minutes/i;
const HEARD = /(?:听到|听见|一听|对方|念|说出|提到|hears?|caller|vendor|phrases? like|words? like|such as)[^“"「]{0,4}$/i;
const SAYS = /(?:说|道|句|问|喊|[:：]|\bsays?\b[^"“]{0,14}|\bsaying\b[^"“]{0,14})$/i;
const QUOTE = /[“"「]([^”"」\n]{2,120})[”"」]/g;

function longEnough(text: string, language: Language): boolean {
  return language === "zh" ? (text.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 4 : text.split(/\s+/).length >= 3;
}

/** Lines the persona says, quoted inside its behaviour descriptions (not phrases it hears from the caller). */
export function quotedSpeech(text: string, language: Language): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(QUOTE)) {
    const quote = (match[1] ?? "").trim();
    const before = text.slice(Math.max(0, (match.index ?? 0) - 10), match.index ?? 0);
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 2);
    if (HEARD.test(before) || /^(?:式|这类|之类|一类|类)/.test(after) || !longEnough(quote, language)) continue;
    // A bare phrase in quotes is a concept ("较真式…"), not something said, unless it is long.
    if (language === "zh" && !/[，,。？?！!…]/.test(quote) && (quote.match(/[\u3400-\u9fff]/g)?.length ?? 0) < 6) continue;
    found.push(quote);
  }
  return found;
}

function tooClose(text: string, negatives: readonly string[]): boolean {
  return negatives.some((neg) => neg === text || similarity(text, neg) >= NEGATIVE_LIMIT);
}

const LABEL = /^[^：:，,。.]{1,24}[：:]\s*/;
export { concernQuestions } from "./concern-questions.js";

/** First-person statements of what happened to the persona, from its background. */
function experiences(side: CalleeSide, language: Language): string[] {
  const text = side.background;
  const parts = text.split(/\n|[。；;]|(?<=\.)\s+/).map((p) => p.replace(/^[-*\s]+/, "").replace(LABEL, "").trim());
  const found: string[] = [];
  for (const part of parts) {
    const cues = cuesOf(part);
    if (!cues.has("complaint")) continue;
    let line = language === "zh" ? part.replaceAll(side.name, "我").replace(/[他她]/g, "我") : firstPerson(part.replaceAll(side.name, "I"));
    if (language === "zh" ? line.length > 70 : line.split(/\s+/).length > 40) continue;
    line = line.replace(/[，,]$/, "");
    found.push(language === "zh" ? `${line}。` : `${line}.`);
  }
  return found;
}

function endingLine(condition: string, classes: ReadonlySet<EndClass>, lines: readonly PersonaLine[], language: Language, negatives: readonly string[]): string {
  const quoted = [...condition.matchAll(QUOTE)]
    .filter((m) => SAYS.test(condition.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0)))
    .map((m) => (m[1] ?? "").trim())
    .filter((q) => q.length >= 2 && !tooClose(q, negatives));
  if (quoted[0] !== undefined) return /[。！？.!?]$/.test(quoted[0]) ? quoted[0] : `${quoted[0]}${language === "zh" ? "。" : "."}`;
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
    if (shared === 0) continue;
    const foreign = (["busy", "written", "refuse", "cancel", "escalate"] as Cue[]).filter((cue) => line.cues.has(cue) && !want.includes(cue)).length;
    const score = shared - 0.6 * foreign + similarity(line.text, condition);
    if (score > bestScore) {
      best = line.text;
      bestScore = score;
    }
  }
  // "…are clear; she says thanks and hangs up": a thank-you ending is a done ending, whatever it was about.
  const thanked = classes.has("done") && /谢|thank/i.test(condition);
  const primary: EndClass = thanked ? "done" : classes.has("busy") ? "busy" : classes.has("interrupted") ? "interrupted" : classes.has("written") ? "written" : classes.has("escalate") ? "escalate" : classes.has("cancel") ? "cancel" : classes.has("defer") && !classes.has("done") ? "defer" : classes.has("novalue") ? "novalue" : classes.has("refuse") ? "refuse" : "done";
  return best ?? genericEnding(language, primary, thanked);
}

const personas = new WeakMap<CalleeView, Persona>();

export function persona(scenario: CalleeView): Persona {
  const cached = personas.get(scenario);
  if (cached !== undefined) return cached;
  const side = scenario.callee;
  const language = scenario.language;
  const negatives = side.style.negative;
  const texts = [...side.style.positive, ...side.behaviours.flatMap((b) => quotedSpeech(b, language))];
  const lines: PersonaLine[] = [];
  for (const text of texts) {
    if (lines.some((l) => l.text === text) || tooClose(text, negatives)) continue;
    lines.push({ text, cues: cuesOf(text), opener: OPENER.test(text) });
  }
  const wordings = new Map<string, string[]>();
  for (const variants of side.concerns.flatMap((c) => concernQuestionVariants(c, language))) {
    const kept = variants.filter((v) => !tooClose(v, negatives));
    if (kept.length > 1 && kept[0] !== undefined) wordings.set(kept[0], kept);
  }
  const questions = [
    ...lines.filter((l) => l.cues.has("question") && !l.opener).map((l) => l.text),
    ...side.concerns.flatMap((c) => concernQuestionVariants(c, language).map((v) => v.find((w) => !tooClose(w, negatives)) ?? "")),
  ].filter((q, i, all) => q !== "" && all.indexOf(q) === i && !tooClose(q, negatives));
  const endings = side.endConditions.map((condition, i): PersonaEnding => {
    const classes = endClassesOf(condition);
    // A condition about the caller's misconduct (hard sell, pitching) is a reaction, never a plan.
    const targetable = !classes.has("misconduct") && [...classes].some((c) => c !== "hostile" && c !== "fraud" && c !== "identity");
    return {
      condition: i + 1,
      text: condition,
      classes,
      line: endingLine(condition, classes, lines, language, negatives),
      hangUp: /挂断|挂掉|终止|hangs? up|hung up/i.test(condition),
      targetable,
    };
  });
  const behaviour = side.behaviours.join("\n");
  const result: Persona = {
    language,
    lines,
    negatives,
    questions,
    wordings,
    experiences: experiences(side, language).filter((e) => !tooClose(e, negatives)),
    endings,
    interruptRate: /打断|插话|抢|催|不耐烦|直接说|interrupt|cuts? in|impatien/i.test(behaviour) ? 0.45 : 0.1,
    holds: /等一下|等下|稍等|接个电话|插播|hold on|one sec|another call/i.test(behaviour + side.style.positive.join("\n")),
    knownFigures: new FigureIndex([side.role, side.background, side.situation ?? "", ...side.concerns]),
  };
  personas.set(scenario, result);
  return result;
}

export function isNegative(text: string, p: Persona): boolean {
  return tooClose(text, p.negatives);
}
