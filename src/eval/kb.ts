// `kb`: for each customer question that matches a knowledge-base entry, does the caller's reply agree with the entry?
// Figures decide first (a reply figure of the same unit class as the entry's, with none of the entry's values, is a
// contradiction; so is a yes where the entry says no); then content overlap grades correct / partial / unanswered.
import type { Check, KbEntry } from "../schema/index.js";
import { extractFigures, FigureIndex, type Figure } from "../text/figures.js";
import { unitClass } from "../text/units.js";
import { similarity, coverage } from "../text/similarity.js";
import { QUESTION } from "./cues.js";
import { bestLine, sentences } from "./segments.js";
import { THRESHOLDS } from "./thresholds.js";
import { turnList, type EvalContext } from "./context.js";

export type KbVerdict = "correct" | "partial" | "contradicted" | "unanswered";

export interface KbAsk {
  /** Callee turn that asked. */
  turn: number;
  /** 0-based knowledge-base entry. */
  entry: number;
  /** Caller turns that replied. */
  replyTurns: number[];
  verdict: KbVerdict;
  /** Why: the reply figures that disagree, or the entry figures missing from the reply. */
  conflicts: string[];
  missing: string[];
}

/** Customer questions matched to entries (first ask of each entry only: later asks repeat it). */
export function kbAsks(ctx: EvalContext): KbAsk[] {
  return ctx.once("kb", () => {
    const entries = ctx.scenario.caller.knowledgeBase;
    const questions = entries.map((e) => e.question);
    const seen = new Set<number>();
    const asks: KbAsk[] = [];
    for (const turn of ctx.calleeTurns) {
      const asked = sentences(turn.text).filter((s) => QUESTION.test(s)).join(" ");
      if (asked === "") continue;
      const hit = bestLine(asked, questions, { minShared: 2, fullShort: true });
      const entry = entries[hit.index];
      if (entry === undefined || hit.score < THRESHOLDS.kbQuestion || seen.has(hit.index)) continue;
      seen.add(hit.index);
      const reply = ctx.replyTo(turn.index);
      asks.push({ turn: turn.index, entry: hit.index, replyTurns: reply.map((t) => t.index), ...judgeReply(entry, reply.map((t) => t.text).join(" ")) });
    }
    return asks;
  });
}

const YES = /^\s*(是的|是|可以|能|有的|有|会|支持|yes\b|sure\b|absolutely\b|of course\b|definitely\b|you can\b|we do\b|it does\b)/iu;
const NO = /^\s*(?:[^，,。.]{0,6}?)(不是|不可以|不能|不行|不会|不支持|没有|没法|无法|\bno\b|\bnot\b|\bunfortunately\b|\bwe don't\b|\bwe do not\b|\bcan't\b|\bcannot\b|\bit doesn't\b)/iu;

/** Compare one reply with one entry's answer. */
export function judgeReply(entry: KbEntry, reply: string): Pick<KbAsk, "verdict" | "conflicts" | "missing"> {
  if (reply.trim() === "") return { verdict: "unanswered", conflicts: [], missing: [] };
  const answerFigures = extractFigures(entry.answer);
  const replyFigures = extractFigures(reply);
  const conflicts = conflictingFigures(answerFigures, replyFigures);
  if (YES.test(entry.answer) && NO.test(reply) && !NO.test(entry.answer)) conflicts.push("yes/no");
  if (conflicts.length > 0) return { verdict: "contradicted", conflicts, missing: [] };
  const said = new FigureIndex([reply]);
  const missing = answerFigures.filter((f) => !said.has(f)).map((f) => f.text);
  const content = Math.max(similarity(reply, entry.answer), coverage(reply, entry.answer));
  if (missing.length === 0 && content >= THRESHOLDS.kbAnswerCorrect) return { verdict: "correct", conflicts, missing };
  if (missing.length < answerFigures.length || content >= THRESHOLDS.kbAnswerAny) return { verdict: "partial", conflicts, missing };
  return { verdict: "unanswered", conflicts, missing };
}

/** Reply figures of a unit class (or dates) the entry states, when the reply has none of the entry's values for it. */
function conflictingFigures(answer: readonly Figure[], reply: readonly Figure[]): string[] {
  const classOf = (f: Figure): string => (f.unit === "date" || f.unit === "time" ? f.unit : unitClass(f.unit));
  const known = new FigureIndex();
  const out: string[] = [];
  const answerClasses = new Set(answer.map(classOf).filter((c) => c !== ""));
  for (const f of answer) known.add(f.text);
  for (const cls of answerClasses) {
    const mine = reply.filter((f) => classOf(f) === cls);
    if (mine.length > 0 && !mine.some((f) => known.has(f))) out.push(...mine.map((f) => f.text));
  }
  return out;
}

export function kbCheck(ctx: EvalContext): Check {
  const asks = kbAsks(ctx);
  if (asks.length === 0) {
    return { id: "kb", passed: true, severity: "info", message: "the customer asked no knowledge-base question", turns: [], details: { applicable: false, asks: [] } };
  }
  const count = (v: KbVerdict): number => asks.filter((a) => a.verdict === v).length;
  const bad = asks.filter((a) => a.verdict === "contradicted" || a.verdict === "unanswered");
  const describe = (a: KbAsk): string =>
    `Q${a.entry + 1} asked at turn ${a.turn}: ${a.verdict}` +
    (a.conflicts.length > 0 ? ` (${a.conflicts.join(", ")})` : "") +
    (a.replyTurns[0] !== undefined ? ` in turn ${a.replyTurns[0]}` : "");
  return {
    id: "kb",
    passed: bad.length === 0,
    severity: "major",
    message:
      `${asks.length} knowledge-base question(s): ${count("correct")} correct, ${count("partial")} partial, ${count("contradicted")} contradicted, ${count("unanswered")} unanswered` +
      (bad.length > 0 ? `; ${bad.map(describe).join("; ")}` : ""),
    turns: turnList(bad.flatMap((a) => [a.turn, ...a.replyTurns])),
    details: {
      fraction: (count("correct") + 0.5 * count("partial")) / asks.length,
      asks: asks.map((a) => ({ ...a, question: ctx.scenario.caller.knowledgeBase[a.entry]?.question ?? "" })),
    },
  };
}
