// Whether the simulated customer stayed who it is: `persona-break` (another name, or denying / claiming to be the
// customer against its persona), `verbatim-persona` (lines copied from the persona text), `end-without-cause`
// (it ends the call for a reason nothing in the call gave it).
import type { Check } from "../../schema/index.js";
import { mentionsName, nameParts, surname } from "../names.js";
import { perScenario, type EvalContext } from "../context.js";
import { identityState } from "../identity.js";
import { faultCheck, type Fault } from "../faults.js";

function sameName(said: string, name: string): boolean {
  const family = surname(name);
  return mentionsName(said, name) || nameParts(name).some((p) => p.includes(said) || said.includes(p)) || (family !== null && said.startsWith(family));
}

export function personaBreakCheck(ctx: EvalContext): Check {
  const name = ctx.scenario.callee.name;
  const identity = identityState(ctx);
  const faults: Fault[] = [];
  // Once confirmed as the customer, another name is a break; so is a yes after saying they answer for someone else.
  for (const turn of ctx.calleeTurns) {
    if (identity.confirmedAt === null || turn.index <= identity.confirmedAt) continue;
    const own = ctx.lang.selfName.exec(ctx.low(turn.index))?.[1];
    if (own !== undefined && name.trim() !== "" && !sameName(own, name.toLowerCase()) && !ctx.lang.thirdParty.test(ctx.low(turn.index))) {
      faults.push({ turn: turn.index, message: `gives the name "${own}" but the persona is ${name}` });
    }
  }
  const claimsAfterOther = identity.otherAt !== null && ctx.calleeTurns.find((t) => t.index > (identity.otherAt ?? 0) && /^(?:yes|yeah|是我|对，是我)/u.test(ctx.low(t.index).trim()) && ctx.turns[t.index - 1] !== undefined && asksAboutCustomer(ctx, t.index - 1));
  if (claimsAfterOther) faults.push({ turn: claimsAfterOther.index, message: "said they answer for someone else, then claims to be the customer" });
  return faultCheck("persona-break", faults, "the customer stayed in its persona");
}

function asksAboutCustomer(ctx: EvalContext, index: number): boolean {
  return mentionsName(ctx.turns[index]?.text ?? "", ctx.scenario.callee.name) && ctx.says(index, ctx.lang.question);
}

/** A run this long copied from the persona text is reading it, not speaking. */
const VERBATIM_CJK_CHARS = 12;
const VERBATIM_WORDS = 8;

interface PersonaText {
  /** The persona's Chinese characters only, run together. */
  compact: string;
  /** The persona's Latin words, space-separated and padded. */
  flat: string;
}

function personaText(ctx: EvalContext): PersonaText {
  return perScenario(ctx.scenario, "personaText", () => {
    const c = ctx.scenario.callee;
    const text = [c.role, c.background, c.situation ?? "", ...c.concerns, ...c.behaviours].join("\n").toLowerCase();
    return { compact: text.replace(/[^\u3400-\u9fff]/gu, ""), flat: ` ${text.split(/[^a-z0-9']+/u).filter((w) => w.length > 0).join(" ")} ` };
  });
}

/** The first long run of the line found verbatim in the persona text, or null. */
function copiedRun(line: string, persona: PersonaText): string | null {
  const cjk = line.replace(/[^\u3400-\u9fff]/gu, "");
  if (cjk.length >= VERBATIM_CJK_CHARS) {
    for (let i = 0; i + VERBATIM_CJK_CHARS <= cjk.length; i += 2) {
      const run = cjk.slice(i, i + VERBATIM_CJK_CHARS);
      if (persona.compact.includes(run)) return run;
    }
  }
  const words = line.split(/[^a-z0-9']+/u).filter((w) => w.length > 0);
  if (words.length >= VERBATIM_WORDS) {
    const flat = persona.flat;
    for (let i = 0; i + VERBATIM_WORDS <= words.length; i += 2) {
      const run = words.slice(i, i + VERBATIM_WORDS).join(" ");
      if (flat.includes(` ${run} `)) return run;
    }
  }
  return null;
}

export function verbatimTurns(ctx: EvalContext): Fault[] {
  return ctx.once("verbatim", () => {
    const persona = personaText(ctx);
    const faults: Fault[] = [];
    for (const turn of ctx.calleeTurns) {
      const run = copiedRun(ctx.low(turn.index), persona);
      if (run !== null) faults.push({ turn: turn.index, message: `copies the persona text ("${run}")` });
    }
    return faults;
  });
}

export function verbatimPersonaCheck(ctx: EvalContext): Check {
  return faultCheck("verbatim-persona", verbatimTurns(ctx), "the customer spoke in its own words");
}

/** The customer says goodbye for a reason (busy, not interested) that nothing earlier in the call or persona gave. */
export function endWithoutCauseCheck(ctx: EvalContext): Check {
  const last = ctx.calleeTurns[ctx.calleeTurns.length - 1];
  const faults: Fault[] = [];
  if (last !== undefined && ctx.turns[ctx.turns.length - 1] === last && ctx.says(last.index, ctx.lang.busy)) {
    const c = ctx.scenario.callee;
    const persona = [c.background, c.situation ?? "", ...c.behaviours, ...c.endConditions].join(" ").toLowerCase();
    const before = ctx.calleeTurns.slice(0, -1).some((t) => ctx.says(t.index, ctx.lang.busy));
    if (!before && !ctx.lang.busy.test(persona)) faults.push({ turn: last.index, message: "ends the call as busy, which neither the call nor the persona gave" });
  }
  return faultCheck("end-without-cause", faults, "the customer's ending had a cause in the call");
}
