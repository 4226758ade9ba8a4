// How the simulated customer sounds: `negative-style` (it says one of its own "style to avoid" examples),
// `assistant-voice` (it talks like an AI assistant), `stage-direction` (it reads a bracketed direction, or the
// persona's own description of itself, aloud).
import type { Check } from "../../schema/index.js";
import { bestLine } from "../segments.js";
import { THRESHOLDS } from "../thresholds.js";
import type { EvalContext } from "../context.js";
import { faultCheck, notApplicable, type Fault } from "../faults.js";
import { narrationFaults } from "./verbatim.js";

export function negativeStyleCheck(ctx: EvalContext): Check {
  const negatives = ctx.scenario.callee.style.negative;
  if (negatives.length === 0) return notApplicable("negative-style", "the document gives no style to avoid");
  const faults: Fault[] = [];
  for (const turn of ctx.calleeTurns) {
    const hit = bestLine(turn.text, negatives);
    if (hit.score >= THRESHOLDS.negativeExample) faults.push({ turn: turn.index, message: `echoes style-to-avoid example ${hit.index + 1}` });
  }
  return faultCheck("negative-style", faults, "the customer never spoke in a style to avoid");
}

function cueCheck(ctx: EvalContext, id: "assistant-voice" | "stage-direction", cue: RegExp, what: string, pass: string, more: readonly Fault[] = []): Check {
  const faults: Fault[] = [...more];
  for (const turn of ctx.calleeTurns) {
    const match = cue.exec(ctx.low(turn.index));
    if (match !== null && !more.some((f) => f.turn === turn.index)) faults.push({ turn: turn.index, message: `${what} "${match[0].trim()}"` });
  }
  return faultCheck(id, faults, pass);
}

export const assistantVoiceCheck = (ctx: EvalContext): Check =>
  cueCheck(ctx, "assistant-voice", ctx.lang.assistantVoice, "sounds like an assistant:", "the customer sounded like a person");

export const stageDirectionCheck = (ctx: EvalContext): Check =>
  cueCheck(ctx, "stage-direction", ctx.lang.stageDirection, "reads a stage direction aloud:", "the customer read no stage direction aloud", narrationFaults(ctx));
