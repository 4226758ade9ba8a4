// A step carried by its own figures: the dates, slots and amounts only that step of the script names. A caller turn
// that says most of them said the step, whatever words carry them (a weekday and an ordinal, an hour span in number
// words, for the script's abbreviated date and digit range); a supervisor hears the offer, not the wording.
import { figuresIn, FigureIndex } from "../text/figures.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import { closingTable } from "./closing-said.js";
import { numeralsAsDigits } from "./numerals-as-digits.js";

/** A step needs at least this many figures of its own, and a turn must say at least this many of them. */
const MIN_OWN_FIGURES = 2;
/** …and at least this share of the step's own figures. */
const OWN_SHARE = 0.5;

interface OwnFigures {
  index: FigureIndex;
  count: number;
}

/** A digit group with a leading zero (an area code, a number's first part) is a number to dial, not an offer. */
const DIALLING = /^0\d{2}/u;

/**
 * Each step's figures that no other step names, left out: bare small numbers (list marks, counts), numbers to call
 * (any closing line gives them, and a message left for a relative is no step of the errand).
 */
function ownFigures(ctx: EvalContext): readonly (OwnFigures | null)[] {
  return perScenario(ctx.scenario, "stepOwnFigures", () => {
    const texts = ctx.scenario.caller.steps.map((step) => [step.title, ...step.lines, ...(step.instructions ?? [])]);
    return texts.map((own, k) => {
      const others = new FigureIndex([...texts.filter((_, j) => j !== k).flat(), ...closingTable(ctx.scenario).lines]);
      const figures = own.flatMap((text) => figuresIn(text)).filter((f) => !others.has(f) && !DIALLING.test(f.text) && !(f.unit === "" && f.value !== null && f.value < 10));
      const distinct = new Set(figures.map((f) => f.text));
      return distinct.size < MIN_OWN_FIGURES ? null : { index: new FigureIndex(figures.map((f) => f.text)), count: distinct.size };
    });
  });
}

/** The first caller turn saying most of step k's own figures (0-based k), or null. */
export function turnSayingStepFigures(ctx: EvalContext, k: number): number | null {
  const own = ownFigures(ctx)[k];
  if (own === null || own === undefined) return null;
  const needed = Math.max(MIN_OWN_FIGURES, Math.ceil(OWN_SHARE * own.count));
  for (const turn of ctx.callerTurns) {
    const said = perScenarioText(ctx.scenario, `stepFiguresSaid:${k}`, turn.text, () => new Set(figuresIn(numeralsAsDigits(turn.text)).filter((f) => own.index.has(f)).map((f) => f.text)).size);
    if (said >= needed) return turn.index;
  }
  return null;
}
