// A script step written as a direction to the caller ("Ask for the postcode and compare it…", "告知逾期的书和费用")
// becomes an act in the caller's own words: nothing (the opening did it, or it is another person's branch), the
// closing, or a request, question, reminder or statement built from the pack's templates; a direction is never read out.
import { fill, type LanguagePack } from "../../lang/index.js";

export type StepAct = { kind: "say"; text: string } | { kind: "silent" } | { kind: "close" };

/** A profile fact a direction names must hold a figure to be worth saying in its place. */
const FIGURE = /\d/;
/** Profile facts said for one direction at most. */
const MAX_FACTS = 2;
/** A direction that only names record items ("tell her the balance") has most of its content words in the facts it
 *  names; one that says its own news ("tell him the mechanic found the chain worn…") keeps its words. */
const NAMED_SHARE_MIN = 0.5;

/** What the caller does for a line (or a line-less step's title); null when it is no direction: say it as written. */
export function stepAct(line: string, pack: LanguagePack, profile: readonly string[]): StepAct | null {
  const cues = pack.stepActs;
  const text = line.replace(cues.lead, "").trim();
  const compound = directions(text, pack, profile);
  if (compound !== null) return compound;
  if (cues.note.test(text) || cues.branch.test(text) || cues.silent.some((pattern) => pattern.test(text)) || forACase(text, cues)) return { kind: "silent" };
  // "逐个念：…" / "Read out: …": the lead is the caller's, what follows is said (or is a direction itself).
  const read = cues.readOut.exec(text);
  if (read !== null && text.length > read[0].length) {
    const rest = text.slice(read[0].length);
    return stepAct(rest, pack, profile) ?? { kind: "say", text: rest };
  }
  if (cues.close.test(text)) return { kind: "close" };
  if (cues.speech.test(text.replace(cues.drop, ""))) return null;
  for (const act of cues.acts) {
    const rest = act.when.exec(text)?.groups?.["rest"];
    if (rest === undefined) continue;
    const about = toYou(rest.replace(cues.drop, "").trim(), pack);
    const named = act.lookup === undefined || FIGURE.test(about) ? [] : namedFacts(about, profile, pack);
    if (act.lookup === "needed" && named.length === 0) continue;
    const said = named.length > 0 ? named.join(pack.speech.joiner).replace(/[.。!！]+$/, "") : about;
    return { kind: "say", text: capitalised(fill(act.say, { rest: said }), pack) };
  }
  return null;
}

/** Sentences of a compound direction ("Check identity. Ask for the postcode."). */
const DIRECTION_SENTENCE = /(?<=[.。!！；;])\s*(?=\S)/u;

/**
 * A direction made of several sentences, each itself a direction (none a spoken line) and at least one saying
 * something ("Check identity. Ask for the postcode."): what those sentences say, in order. A heading
 * sentence that only names the task ("Check identity.") must not silence the request after it.
 */
function directions(text: string, pack: LanguagePack, profile: readonly string[]): StepAct | null {
  const parts = text.split(DIRECTION_SENTENCE).map((part) => part.trim()).filter((part) => part !== "");
  if (parts.length < 2) return null;
  const acts = parts.map((part) => stepAct(part, pack, profile));
  if (acts.some((act) => act === null || act.kind === "close")) return null;
  const says = acts.flatMap((act) => (act?.kind === "say" ? [act.text] : []));
  return says.length === 0 ? null : { kind: "say", text: says.join(pack.speech.joiner) };
}

/** A line for one case of the step ("客户要…：…"), its head not addressed to the customer. */
function forACase(text: string, cues: LanguagePack["stepActs"]): boolean {
  const head = cues.situation.exec(text)?.[0];
  return head !== undefined && !cues.speech.test(head);
}

function toYou(text: string, pack: LanguagePack): string {
  return pack.stepActs.toYou.reduce((said, [pattern, you]) => said.replace(pattern, you), text);
}

const capitalised = (text: string, pack: LanguagePack): string => (pack.id === "en" ? text.charAt(0).toUpperCase() + text.slice(1) : text);

/** The profile facts with a figure that share a word (or, without spaces, two characters) with what the direction is about. */
function namedFacts(about: string, profile: readonly string[], pack: LanguagePack): string[] {
  const keys = keysOf(about, pack);
  if (keys.length === 0) return [];
  const named = profile.filter((fact) => FIGURE.test(fact) && keys.some((key) => fact.toLowerCase().includes(key))).slice(0, MAX_FACTS);
  const covered = keys.filter((key) => named.some((fact) => fact.toLowerCase().includes(key))).length;
  return covered / keys.length < NAMED_SHARE_MIN ? [] : named.map((fact) => sentenceOf(valueOf(fact), pack));
}

/** Content words of the direction: words apart from common ones, or for unspaced text its two-character runs. */
function keysOf(about: string, pack: LanguagePack): string[] {
  const low = about.toLowerCase();
  if (/\s/.test(low.trim()) || /^[a-z]/.test(low)) return low.split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !pack.stepActs.common.test(w));
  const runs: string[] = [];
  for (const part of low.split(/[^\u3400-\u9fff]+/)) for (let i = 0; i + 2 <= part.length; i++) runs.push(part.slice(i, i + 2));
  return runs.filter((run) => ![...run].some((ch) => pack.stepActs.common.test(ch)) && !pack.stepActs.common.test(run));
}

/** A record line's value ("Free slots: A or B" → "A or B"): its key is a label, not speech. */
const valueOf = (fact: string): string => fact.replace(/^[^:：]{1,24}[:：]\s*/, "").trim();

const sentenceOf = (text: string, pack: LanguagePack): string => {
  const bare = text.replace(/[；;，,、\s]+$/u, "");
  return /[.。!！?？]$/.test(bare) ? bare : `${bare}${pack.speech.fullStop}`;
};
