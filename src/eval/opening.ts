// `opening`: where the script gives an opening (or a first step) in which the caller introduces itself, the caller's
// first words do so too: its name or organisation with an introduction. Real calls often start with the customer's
// "喂？" / "Hello?" and a greeting, so the opening window is the caller's first two turns.
import type { Check } from "../schema/index.js";
import { mentionsName, mentionsOrganization } from "./names.js";
import { perScenario, type EvalContext } from "./context.js";
import { bestLine, sentences } from "./segments.js";
import { THRESHOLDS } from "./thresholds.js";
import { faultCheck, notApplicable } from "./faults.js";

const OPENING_TURNS = 2;

/** The script's sentences in which the caller introduces itself. */
function introLines(ctx: EvalContext): string[] {
  const caller = ctx.scenario.caller;
  return perScenario(ctx.scenario, "introLines", () =>
    [caller.opening ?? "", ...(caller.steps[0]?.lines ?? [])].flatMap((line) => sentences(line)).filter((s) => ctx.lang.selfIntro.test(s.toLowerCase())),
  );
}

export function openingCheck(ctx: EvalContext): Check {
  const caller = ctx.scenario.caller;
  const scripted = perScenario(ctx.scenario, "scriptIntroduces", () =>
    [caller.opening ?? "", ...(caller.steps[0]?.lines ?? [])].some((line) => ctx.lang.selfIntro.test(line.toLowerCase()) || mentionsName(line, caller.name)),
  );
  if (!scripted) return notApplicable("opening", "the script gives no self-introduction");
  const first = ctx.callerTurns[0];
  if (first === undefined) return faultCheck("opening", [{ turn: null, message: "the caller never spoke" }], "");
  const window = ctx.callerTurns.slice(0, OPENING_TURNS);
  const text = window.map((t) => t.text).join(" ");
  const saysName = mentionsName(text, caller.name);
  const saysOrganization = caller.organization !== null && mentionsOrganization(text, caller.organization);
  const cue = window.some((t) => ctx.says(t.index, ctx.lang.selfIntro));
  // A document that names neither (the role is the introduction, "the hotline's follow-up officer"): the script's own words.
  const unnamed = caller.name.trim() === "" && caller.organization === null;
  const scriptWords = unnamed && cue && bestLine(text, introLines(ctx)).score >= THRESHOLDS.opening;
  const introduced = ((saysName || saysOrganization) && (cue || (saysName && saysOrganization))) || scriptWords;
  return faultCheck(
    "opening",
    introduced ? [] : [{ turn: first.index, message: "the caller did not introduce itself (name or organisation)" }],
    "the caller introduced itself",
    { saysName, saysOrganization },
  );
}
