// A style example said whole that echoes a figure nobody gave ("Nine hundred? That's steep." before any price was
// said): the customer recites its persona's line instead of answering the call it is in. A figure the example
// states as the customer's own ("my rent is due on the 3rd") is its to give; only a figure asked back is a reaction.
import { perScenario, type EvalContext } from "../context.js";
import { memoByText } from "../../util/bounded-memo.js";
import type { Fault } from "../faults.js";
import { spokenValues } from "../spoken-values.js";

/**
 * A style example counts as said whole from this length (shorter ones, "Aye." or "嗯", are ordinary words); its
 * figure is one the caller gave when the caller said a value within `near` of it; a figure below `least` (a count, a
 * "one moment") is not a figure the line reacts to.
 */
export const STYLE_FIGURE = { words: 3, cjkChars: 4, near: 0.05, least: 10, echoWords: 3, echoCjkChars: 5 } as const;

const CLAUSE = /[^,.!?;，。！？；…]+[,.!?;，。！？；…]*/gu;
const ASKED = /[?？]\s*$/u;

/** The figure a short clause asks back ("Nine hundred?", "八百？"), the largest if several, or null. */
function echoedFigure(example: string): number | null {
  let best: number | null = null;
  for (const m of example.matchAll(CLAUSE)) {
    const clause = m[0].trim();
    if (!ASKED.test(clause)) continue;
    const short = CJK.test(clause) ? clause.replace(/[^\u3400-\u9fff]/gu, "").length <= STYLE_FIGURE.echoCjkChars : clause.split(/\s+/u).length <= STYLE_FIGURE.echoWords;
    if (!short) continue;
    const figure = Math.max(...spokenValues(clause));
    if (Number.isFinite(figure) && figure >= STYLE_FIGURE.least && (best === null || figure > best)) best = figure;
  }
  return best;
}

const CJK = /[\u3400-\u9fff]/u;
/** Kept per text (rule calls repeat their turns). */
const compact = memoByText((text: string): string => text.toLowerCase().replace(/[’‘]/gu, "'").replace(/[^\p{L}\p{N}']+/gu, " ").trim(), 5000);

function longEnough(example: string): boolean {
  return CJK.test(example) ? example.replace(/[^\u3400-\u9fff]/gu, "").length >= STYLE_FIGURE.cjkChars : example.split(" ").length >= STYLE_FIGURE.words;
}

export function styleFigureFaults(ctx: EvalContext): Fault[] {
  return ctx.once("simStyleFigure", () => {
    // The examples depend on the document only: read once per scenario (a batch scores many calls of one).
    const examples = perScenario(ctx.scenario, "simStyleFigureExamples", () =>
      ctx.scenario.callee.style.positive
        .map((raw) => ({ said: compact(raw), figure: echoedFigure(raw) }))
        .filter((e): e is { said: string; figure: number } => e.figure !== null && e.said !== "" && longEnough(e.said)),
    );
    if (examples.length === 0) return [];
    const faults: Fault[] = [];
    for (const turn of ctx.calleeTurns) {
      const line = ` ${compact(turn.text)} `;
      const example = examples.find((e) => line.includes(` ${e.said} `));
      if (example === undefined) continue;
      const figure = example.figure;
      const given = ctx.callerTurns.some((t) => t.index < turn.index && [...spokenValues(ctx.turns[t.index]?.text ?? "")].some((v) => Math.abs(v - figure) <= figure * STYLE_FIGURE.near));
      if (!given) faults.push({ turn: turn.index, message: `says its style example "${example.said}" whole, asking back a figure (${figure}) nobody gave` });
    }
    return faults;
  });
}
