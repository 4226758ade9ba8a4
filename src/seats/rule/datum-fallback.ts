// A check step may foresee a customer who cannot give the asked datum ("can't remember it: ask for the street
// instead", "想不起来 → 改问：哪条街"): when the customer says so, the caller asks for that other datum once, never the
// same question again. Of the branch, its quoted line is said as written, or the thing it names to ask for in the
// pack's words; a branch that names nothing to ask gives nothing, nor one asking for what the pack's verification
// table cannot check against the record ("what colour was it?", an item whose value the record does not hold in a
// shape the table reads): the answer would verify nobody.
import type { CallerPlan } from "./caller-plan.js";
import { fill } from "../../lang/index.js";
import { askedData } from "./identity-question.js";
import { knownValues, recordTexts } from "./identity-data.js";

/** Where a branch's situation ends and what to do begins. */
const SITUATION_END = /\s*(?:→|->|=>|⇒|[:：])\s*/u;
const QUOTED = /[“"「]([^”"」]{4,80})[”"」]/u;
const LABEL = /^(?:if|when|如果|若)\s*/iu;

/** What the caller asks instead, from the branch of the step whose line asked for the datum (any check step's
 *  branch when none holds the line); null when no branch foresees a datum not at hand. */
export function fallbackAsk(plan: CallerPlan, askingLine: string): string | null {
  const { pack } = plan;
  const steps = plan.scenario.caller.steps;
  const asking = steps.filter((step) => step.lines.some((line) => line !== "" && askingLine.includes(line.slice(0, 12))));
  for (const step of asking.length > 0 ? asking : steps) {
    for (const branch of step.branches ?? []) {
      const at = SITUATION_END.exec(branch);
      if (at === null) continue;
      const situation = branch.slice(0, at.index).replace(LABEL, "");
      if (!pack.hearing.notAtHand.test(situation)) continue;
      const action = branch.slice(at.index + at[0].length).trim();
      const quoted = QUOTED.exec(action)?.[1];
      const what = pack.document.branchAnswer.askFor.exec(action)?.groups?.["what"];
      const ask = quoted !== undefined ? quoted.trim() : what !== undefined ? fill(pack.caller.askInstead, { what: what.trim() }) : null;
      const item = ask === null ? null : askedData(ask, pack);
      if (ask !== null && item !== null && knownValues(item, recordTexts(plan.scenario.caller), pack).length > 0) return ask;
    }
  }
  return null;
}
