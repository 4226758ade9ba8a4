// A customer line asking only what the caller's side asks ("how may I be of service?"): the simulated
// customer took the caller's role for that line. It offers help; it asks nothing of the customer's own business, so
// no answer is owed to it (the simulator section charges the voice).
import type { EvalContext } from "./context.js";
import { SIM_LANGS } from "./lang/sim.js";

/** Every question sentence of the customer's turn is in an assistant's voice (and there is one). */
export function offersHelp(ctx: EvalContext, index: number): boolean {
  const cues = [ctx.lang.assistantVoice, SIM_LANGS[ctx.scenario.language].assistantVoice];
  const asked = ctx.sentencesOf(index).filter((s) => ctx.lang.question.test(s));
  return asked.length > 0 && asked.every((s) => cues.some((cue) => cue.test(s.toLowerCase())));
}
