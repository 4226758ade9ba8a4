// `invented-figure`: every figure the caller states is in the document (facts, profile, script, knowledge base) or
// was said by the customer earlier. Masks (0000000, ****) are not figures (src/text/figures.ts drops them).
import type { Check } from "../schema/index.js";
import { FigureIndex, ungroundedFigures } from "../text/figures.js";
import { perScenario, type EvalContext } from "./context.js";
import { faultCheck, type Fault } from "./faults.js";

/** Every text of the caller's side of the document: what the caller may quote. */
function documentFigures(ctx: EvalContext): FigureIndex {
  return perScenario(ctx.scenario, "documentFigures", () => {
    const caller = ctx.scenario.caller;
    return new FigureIndex([
      ...ctx.scenario.facts.map((fact) => fact.text),
      ...caller.customerProfile,
      ...ctx.callerScript(),
      ...caller.knowledgeBase.map((e) => e.question),
      caller.role,
      caller.task,
      ...caller.endConditions,
      ...caller.extraSections.map((s) => s.body),
    ]);
  });
}

export function inventedFigureCheck(ctx: EvalContext): Check {
  const document = documentFigures(ctx);
  const said = new FigureIndex();
  const faults: Fault[] = [];
  const invented: { turn: number; figure: string }[] = [];
  for (const turn of ctx.turns) {
    if (turn.speaker === "callee") {
      said.add(turn.text);
      continue;
    }
    const loose = ungroundedFigures(turn.text, document).filter((f) => !said.has(f));
    for (const f of loose) invented.push({ turn: turn.index, figure: f.text });
    if (loose.length > 0) faults.push({ turn: turn.index, message: `invented ${loose.map((f) => `"${f.text}"`).join(", ")}` });
  }
  return faultCheck("invented-figure", faults, "every figure the caller stated is in the document or came from the customer", { invented });
}
