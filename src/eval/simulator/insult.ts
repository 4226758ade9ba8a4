// An insult from a persona that is not written rough: a negative style even when the document's style-to-avoid list
// does not spell it out. A persona described as short-tempered, or whose own examples insult, may insult.
import { perScenario, type EvalContext } from "../context.js";
import type { Fault } from "../faults.js";
import { SIM_LANGS } from "../lang/sim.js";
import { personaText } from "./persona-text.js";

export function insultFaults(ctx: EvalContext): Fault[] {
  return ctx.once("simInsult", () => {
    const lang = SIM_LANGS[ctx.scenario.language];
    if (mayInsult(ctx)) return [];
    return ctx.calleeTurns.flatMap((t) => {
      // The remembered test first: most lines insult nobody, and exec is not remembered.
      const hit = lang.insult.test(ctx.low(t.index)) ? lang.insult.exec(ctx.low(t.index))?.[0] : undefined;
      return hit === undefined ? [] : [{ turn: t.index, message: `insults the caller ("${hit.trim()}"), which its persona is not written to do` }];
    });
  });
}

/** The persona is written rough, or its own examples insult: read once per scenario. */
function mayInsult(ctx: EvalContext): boolean {
  return perScenario(ctx.scenario, "simMayInsult", () => {
    const lang = SIM_LANGS[ctx.scenario.language];
    const persona = personaText(ctx.scenario).prose;
    const ownExamples = ctx.scenario.callee.style.positive.map((line) => line.toLowerCase());
    const rough = [...persona.matchAll(lang.roughTrait)].some((m) => !lang.traitDenied.test(persona.slice(Math.max(0, m.index - 16), m.index)));
    return rough || ownExamples.some((line) => lang.insult.test(line));
  });
}
