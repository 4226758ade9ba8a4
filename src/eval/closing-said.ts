// Which closing the caller said, and the document's closings: each end condition with the line written for it. A
// document may give a condition and its line in one item ("顾客在忙：“…”", "Customer busy: \"…\""): split there.
import type { Scenario } from "../schema/index.js";
import { bestLine, clauses } from "./segments.js";
import { toHalfWidth } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";
import { THRESHOLDS } from "./thresholds.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";

/** The document's closing lines and the end conditions they are written for. */
export interface ClosingTable {
  lines: readonly string[];
  conditions: readonly string[];
}

/** A condition followed by its quoted line: the quote is the line, the words before it the condition. */
const CONDITION_WITH_LINE = /^(.*?)[\s:：,，—–-]*[“"「『]([^”"」』]{2,})[”"」』][\s。.]*$/su;

/** A heading given among the closing lines ("### busy"): the end condition of the line under it. */
const HEADING = /^#{1,6}\s*(\S.*)$/u;

/** Closing lines given under their own headings: each line paired with the heading above it as its condition. */
function underHeadings(closingLines: readonly string[]): ClosingTable | null {
  if (!closingLines.some((line) => HEADING.test(line.trim()))) return null;
  const lines: string[] = [];
  const conditions: string[] = [];
  let heading = "";
  for (const line of closingLines) {
    const hit = HEADING.exec(line.trim());
    if (hit !== null) heading = hit[1]?.trim() ?? "";
    else {
      lines.push(line);
      conditions.push(heading);
    }
  }
  return { lines, conditions };
}

export function closingTable(scenario: Scenario): ClosingTable {
  return perScenario(scenario, "closingTable", () => {
    const { closingLines, endConditions } = scenario.caller;
    const headed = endConditions.length === 0 ? underHeadings(closingLines) : null;
    if (headed !== null) return headed;
    if (closingLines.length > 0) return { lines: closingLines, conditions: endConditions };
    const split = endConditions.map((text) => CONDITION_WITH_LINE.exec(text));
    if (split.some((hit) => hit === null)) return { lines: closingLines, conditions: endConditions };
    return { lines: split.map((hit) => hit?.[2]?.trim() ?? ""), conditions: split.map((hit) => hit?.[1]?.trim() ?? "") };
  });
}

const LAST_CALLER_TURNS = 2;

interface ClosingSaid {
  turn: number;
  /** 0-based closing line, -1 for a plain goodbye. */
  line: number;
}

/** The closing the caller said in its last turns: the best-matching closing line, else a goodbye, else null. */
export function closingSaid(ctx: EvalContext): ClosingSaid | null {
  return ctx.once("closingSaid", () => {
    const lines = closingTable(ctx.scenario).lines;
    let best: { turn: number; line: number; score: number } | null = null;
    for (const turn of ctx.callerTurns.slice(-LAST_CALLER_TURNS)) {
      // The opening, said before the customer spoke, closes nothing, whatever names it shares with a closing line.
      if (!ctx.calleeTurns.some((t) => t.index < turn.index)) continue;
      // The closing lines are the scenario's: the best of them for a text is kept per scenario (read-only).
      const hit = perScenarioText(ctx.scenario, "closingBestLine", turn.text, () => bestLine(turn.text, lines));
      // "Thanks for your time, goodbye" shares its courtesy words with a closing line and says nothing of what it says.
      // A closing line that is itself a courtesy is said only with its own few words, not by any thanks and goodbye.
      if (onlyCourtesy(ctx, turn.text) && !(onlyCourtesy(ctx, lines[hit.index] ?? "") && saysCourtesyWords(ctx, turn.text, lines[hit.index] ?? ""))) continue;
      // A closing line said without the goodbye it ends with, in this turn or the caller's next ("报价我短信发您。"
      // and nothing after), is its errand, not the close.
      const line = (lines[hit.index] ?? "").toLowerCase();
      const dropsGoodbye = ctx.lang.farewell.test(line) && !ctx.callerTurns.some((t) => t.index >= turn.index && ctx.says(t.index, ctx.lang.farewell));
      if (hit.score >= THRESHOLDS.closingLine && !dropsGoodbye && (best === null || hit.score > best.score)) best = { turn: turn.index, line: hit.index, score: hit.score };
    }
    if (best !== null) return { turn: best.turn, line: best.line };
    const bye = ctx.callerTurns.slice(-LAST_CALLER_TURNS).reverse().find((t) => ctx.says(t.index, ctx.lang.farewell));
    return bye === undefined ? null : { turn: bye.index, line: -1 };
  });
}


/** Words a turn may hold besides its goodbye and still say nothing of a closing line ("okay", "thanks", a name). */
const COURTESY_TOKENS = 2;

/** Every clause of the text is a goodbye, but for a word or two: a plain goodbye, whatever it shares with a line. */
export function onlyCourtesy(ctx: EvalContext, text: string): boolean {
  return perScenarioText(ctx.scenario, "onlyCourtesy", text, () => courtesyOnly(ctx, text));
}

/**
 * A space between two CJK characters is a pause in an unpunctuated transcript (ASR text with spaces for commas): Chinese puts
 * no spaces between words, so a supervisor reads it as a comma.
 */
const CJK_PAUSE = /(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/u;

/** The clauses of a line, pauses of an unpunctuated transcript included. */
function spokenClauses(text: string): string[] {
  return clauses(toHalfWidth(text)).flatMap((clause) => clause.split(CJK_PAUSE));
}

/** The words of a line besides its goodbye clauses. */
function besidesGoodbye(ctx: EvalContext, text: string): readonly string[] {
  return tokenize(spokenClauses(text).filter((clause) => !ctx.lang.farewell.test(clause.toLowerCase())).join(" "));
}

/** The turn holds every word the courtesy line has besides its goodbye. */
function saysCourtesyWords(ctx: EvalContext, text: string, line: string): boolean {
  const said = new Set(tokenize(text));
  return besidesGoodbye(ctx, line).every((word) => said.has(word));
}

const GLOBAL_FAREWELL = new WeakMap<RegExp, RegExp>();

/** The language's goodbye cue, matching every goodbye of a clause (built once per language). */
function everyGoodbye(farewell: RegExp): RegExp {
  let global = GLOBAL_FAREWELL.get(farewell);
  if (global === undefined) {
    global = new RegExp(farewell.source, `${farewell.flags.replace("g", "")}g`);
    GLOBAL_FAREWELL.set(farewell, global);
  }
  return global;
}

/**
 * A goodbye clause counts only its goodbye: the rest of it is words too (an unpunctuated
 * transcript puts the whole close in one clause).
 */
function courtesyOnly(ctx: EvalContext, text: string): boolean {
  const all = spokenClauses(text).map((clause) => clause.toLowerCase());
  const bye = everyGoodbye(ctx.lang.farewell);
  const rest = all.map((clause) => clause.replace(bye, " "));
  return rest.some((clause, i) => clause !== all[i]) && tokenize(rest.join(" ")).length <= COURTESY_TOKENS;
}
