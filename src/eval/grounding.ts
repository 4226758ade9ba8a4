// `grounding`: every figure the caller states is in the scenario's facts or was said by the customer earlier.
// Each invented figure is listed with its turn.
import type { Check } from "../schema/index.js";
import { FigureIndex, ungroundedFigures } from "../text/figures.js";
import { turnList, type EvalContext } from "./context.js";

export function groundingCheck(ctx: EvalContext): Check {
  const known = new FigureIndex(ctx.scenario.facts.map((fact) => fact.text));
  const invented: { turn: number; figure: string }[] = [];
  let stated = 0;
  for (const turn of ctx.turns) {
    if (turn.speaker === "callee") {
      known.add(turn.text);
      continue;
    }
    const loose = ungroundedFigures(turn.text, known);
    for (const figure of loose) invented.push({ turn: turn.index, figure: figure.text });
    stated += loose.length;
  }
  return {
    id: "grounding",
    passed: invented.length === 0,
    severity: "critical",
    message:
      invented.length === 0
        ? "every figure the caller stated is in the scenario or came from the customer"
        : `invented figures: ${invented.map((i) => `"${i.figure}" (turn ${i.turn})`).join(", ")}`,
    turns: turnList(invented.map((i) => i.turn)),
    details: { invented, ungrounded: stated },
  };
}
