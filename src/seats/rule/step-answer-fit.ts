// What counts as the answer to a step that waits: asked when, a line naming no time and none of the step's own
// options ("那就维修吧" to "哪天方便？") answers nothing, so the caller records nothing and asks again rather than read a
// choice back as the time agreed.
import type { RecordPatch } from "../seat.js";
import type { CallerPlan } from "./caller-plan.js";
import { timesIn } from "./offer-list.js";
import { optionOf } from "./claim-guard.js";

/** The patches without a step answer that does not fit what its step asked. */
export function fittingAnswers(plan: CallerPlan, patches: readonly RecordPatch[], said: string): RecordPatch[] {
  return patches.filter((p) => p.kind !== "stepAnswer" || answersTheAsk(plan, p.step, said));
}

function answersTheAsk(plan: CallerPlan, step: number, said: string): boolean {
  if (plan.stepAsks[step - 1]?.kind !== "time") return true;
  const line = (plan.stepLines[step - 1] ?? "").toLowerCase();
  const named = timesIn(said, plan.pack);
  // A line that offers times is answered by one of them ("Tuesday 3 or Friday 6": not "tomorrow"); a line that gives
  // a span of days ("open Tuesday to Saturday") offers any day in it, so any time named answers.
  const offers = timesIn(line, plan.pack).length > 0 && !plan.pack.document.daySpan.test(line);
  if (named.length > 0) return !offers || named.some((time) => line.includes(time.toLowerCase()));
  // A time named the step's own way ("the early slot"), or any wording of an option its line offers.
  const option = plan.pack.grammar.addressed(optionOf(said, plan)).toLowerCase().trim();
  return option !== "" && (plan.stepLines[step - 1] ?? "").toLowerCase().includes(option) && timesIn(plan.stepLines[step - 1] ?? "", plan.pack).length === 0;
}
