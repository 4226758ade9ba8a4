// A knowledge base the reader left inside a section of its own ("Questions she may ask", "常问"): when the scenario
// came with no entries, the lines of such a section written as a question and its answer ("Q → A", "Q -> A", "Q? A")
// are the entries the scorer holds the caller to. The scenario is returned unchanged otherwise (same object).
import type { KbEntry, Scenario } from "../schema/index.js";
import type { EvalLang } from "./lang/index.js";

/** A list mark at the start of a line ("- ", "• ", "1. ", "(2)"). */
const BULLET = /^\s*(?:[-*•·◦▪]|\d{1,2}[.)．、]|\(\d{1,2}\))\s*/u;
/** An arrow between a question and its answer. */
const ARROW = /\s*(?:→|->|=>|⇒)\s*/u;
/** A question ending in its mark, then the answer on the same line. */
const ASKED_THEN_ANSWER = /^(.{2,120}?[?？])\s*(\S.{1,})$/u;
/** Answers shorter than this are no answer ("Yes"). */
const MIN_ANSWER = 2;

function entryOf(line: string): KbEntry | null {
  const text = line.replace(BULLET, "").trim();
  if (text === "") return null;
  const arrow = ARROW.exec(text);
  if (arrow !== null && arrow.index > 0) {
    const question = text.slice(0, arrow.index).trim();
    const answer = text.slice(arrow.index + arrow[0].length).trim();
    return answer.length >= MIN_ANSWER ? { question, answer } : null;
  }
  const asked = ASKED_THEN_ANSWER.exec(text);
  return asked === null ? null : { question: (asked[1] ?? "").trim(), answer: (asked[2] ?? "").trim() };
}

const derived = new WeakMap<Scenario, Scenario>();

export function withSectionKb(scenario: Scenario, lang: EvalLang): Scenario {
  if (scenario.caller.knowledgeBase.length > 0) return scenario;
  const known = derived.get(scenario);
  if (known !== undefined) return known;
  const entries = scenario.caller.extraSections
    .filter((section) => lang.faqTitle.test(section.title.toLowerCase()))
    .flatMap((section) => section.body.split("\n").map(entryOf))
    .filter((entry): entry is KbEntry => entry !== null);
  const out = entries.length === 0 ? scenario : { ...scenario, caller: { ...scenario.caller, knowledgeBase: entries } };
  derived.set(scenario, out);
  return out;
}
