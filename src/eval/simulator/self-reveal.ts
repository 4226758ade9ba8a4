// The customer steps out of the play: it says it is an AI, a model, a simulation or someone playing a role. Every
// such line is a persona break where said (and not charged again as an assistant's voice).
import type { EvalContext } from "../context.js";
import type { Fault } from "../faults.js";
import { SIM_LANGS } from "../lang/sim.js";

export function selfRevealFaults(ctx: EvalContext): Fault[] {
  return ctx.once("simSelfReveal", () => {
    const cue = SIM_LANGS[ctx.scenario.language].selfReveal;
    return ctx.calleeTurns.flatMap((t) => {
      const hit = cue.exec(ctx.low(t.index))?.[0];
      return hit === undefined ? [] : [{ turn: t.index, message: `says it is not the person it plays ("${hit.trim()}")` }];
    });
  });
}
