// How the simulated customer sounds: `negative-style` (it says one of its own "style to avoid" examples),
// `assistant-voice` (it talks like an AI assistant), `stage-direction` (it reads a bracketed direction, or the
// persona's own description of itself, aloud).
import type { Check } from "../../schema/index.js";
import { bestLine, clauses } from "../segments.js";
import { THRESHOLDS } from "../thresholds.js";
import { perScenarioText, type EvalContext } from "../context.js";
import { faultCheck, notApplicable, type Fault } from "../faults.js";
import { SIM_LANGS } from "../lang/sim.js";
import { narrationFaults } from "./verbatim.js";
import { nameParts } from "../names.js";
import { identityState } from "../identity.js";
import { selfRevealFaults } from "./self-reveal.js";
import { insultFaults } from "./insult.js";

/**
 * An echo shares at least this many content words with the example, and all of a short one ("Thanks." does not
 * echo "Thank you for …", nor "Right." echo "Right, cheers").
 */
const NEGATIVE_MIN_SHARED = 2;

function negativeFaults(ctx: EvalContext): Fault[] {
  return ctx.once("simNegative", () => {
    const negatives = ctx.scenario.callee.style.negative;
    const faults: Fault[] = [];
    for (const turn of ctx.calleeTurns) {
      const hit = perScenarioText(ctx.scenario, "simNegativeLine", turn.text, () => bestEcho(turn.text, negatives));
      if (hit.score >= THRESHOLDS.negativeExample) faults.push({ turn: turn.index, message: `echoes style-to-avoid example ${hit.index + 1}` });
    }
    return faults;
  });
}

/**
 * The best echo of a style-to-avoid example in the line, whole or in one of its clauses: an example said as one clause
 * among other talk ("not now, <the example reworded>, I'll see") is said all the same.
 */
function bestEcho(text: string, negatives: readonly string[]): { index: number; score: number } {
  const options = { minShared: NEGATIVE_MIN_SHARED, fullShort: true };
  let best = bestLine(text, negatives, options);
  for (const clause of clauses(text)) {
    const hit = bestLine(clause, negatives, options);
    if (hit.score > best.score) best = hit;
  }
  return best;
}

export function negativeStyleCheck(ctx: EvalContext): Check {
  const echoes = negativeFaults(ctx);
  const insults = insultFaults(ctx).filter((f) => !echoes.some((e) => e.turn === f.turn));
  if (ctx.scenario.callee.style.negative.length === 0 && insults.length === 0) return notApplicable("negative-style", "the document gives no style to avoid");
  return faultCheck("negative-style", [...echoes, ...insults].sort((a, b) => (a.turn ?? 0) - (b.turn ?? 0)), "the customer never spoke in a style to avoid");
}

/** Faults of the turns where a cue matches; `more` found elsewhere come first, `skip` turns are another check's. */
function cueCheck(ctx: EvalContext, id: "assistant-voice" | "stage-direction", cues: readonly RegExp[], what: string, pass: string, more: readonly Fault[] = [], skip: readonly Fault[] = []): Check {
  const faults: Fault[] = [...more];
  for (const turn of ctx.calleeTurns) {
    if (more.some((f) => f.turn === turn.index) || skip.some((f) => f.turn === turn.index)) continue;
    for (const cue of cues) {
      const match = cue.exec(ctx.low(turn.index));
      if (match === null) continue;
      faults.push({ turn: turn.index, message: `${what} "${match[0].trim()}"` });
      break;
    }
  }
  return faultCheck(id, faults, pass);
}

/**
 * An assistant's line is charged here even when the persona's style-to-avoid list holds it too (supervisors name
 * both); "I'm an AI" is a persona break, not charged again as an assistant's voice.
 */
export const assistantVoiceCheck = (ctx: EvalContext): Check =>
  cueCheck(ctx, "assistant-voice", [ctx.lang.assistantVoice, SIM_LANGS[ctx.scenario.language].assistantVoice], "sounds like an assistant:", "the customer sounded like a person", [], selfRevealFaults(ctx));

/** The customer speaks of itself by its own name with a verb of narration ("<name> sighs", "<名字>心想"). */
function selfNarration(ctx: EvalContext): Fault[] {
  // Someone else on the phone speaks of the customer by name as a matter of course.
  if (identityState(ctx).otherAt !== null) return [];
  const lang = SIM_LANGS[ctx.scenario.language];
  const parts = nameParts(ctx.scenario.callee.name);
  const faults: Fault[] = [];
  for (const turn of ctx.calleeTurns) {
    const low = ctx.low(turn.index);
    const part = parts.find((p) => {
      const at = low.indexOf(p);
      return at >= 0 && lang.narrationVerb.test(low.slice(at + p.length, at + p.length + 16));
    });
    if (part !== undefined) faults.push({ turn: turn.index, message: `narrates itself in the third person ("${part} …")` });
  }
  return faults;
}

export const stageDirectionCheck = (ctx: EvalContext): Check =>
  cueCheck(ctx, "stage-direction", [ctx.lang.stageDirection, SIM_LANGS[ctx.scenario.language].midLineAction], "reads a stage direction aloud:", "the customer read no stage direction aloud", [...narrationFaults(ctx), ...selfNarration(ctx)]);
