// `opening`: where the script gives an opening (or a first step) in which the caller introduces itself, the caller's
// first words do so too: its name or organisation with an introduction. Real calls often start with the customer's
// "喂？" / "Hello?" and a greeting, so the opening window is the caller's first two turns.
import type { Check } from "../schema/index.js";
import { mentionsName, mentionsOrganization } from "./names.js";
import { perScenario, type EvalContext } from "./context.js";
import { faultCheck, notApplicable } from "./faults.js";

const OPENING_TURNS = 2;

export function openingCheck(ctx: EvalContext): Check {
  const caller = ctx.scenario.caller;
  const scripted = perScenario(ctx.scenario, "scriptIntroduces", () =>
    [caller.opening ?? "", ...(caller.steps[0]?.lines ?? [])].some((line) => ctx.lang.selfIntro.test(line.toLowerCase()) || mentionsName(line, caller.name)),
  );
  if (!scripted) return notApplicable("opening", "the script gives no self-introduction");
  const window = ctx.callerTurns.slice(0, OPENING_TURNS);
  const first = window[0];
  if (first === undefined) return faultCheck("opening", [{ turn: null, message: "the caller never spoke" }], "");
  const text = window.map((t) => t.text).join(" ");
  const saysName = mentionsName(text, caller.name);
  const saysOrganization = caller.organization !== null && mentionsOrganization(text, caller.organization);
  const introduced = (saysName || saysOrganization) && (window.some((t) => ctx.says(t.index, ctx.lang.selfIntro)) || (saysName && saysOrganization));
  return faultCheck(
    "opening",
    introduced ? [] : [{ turn: first.index, message: "the caller did not introduce itself (name or organisation)" }],
    "the caller introduced itself",
    { saysName, saysOrganization },
  );
}
