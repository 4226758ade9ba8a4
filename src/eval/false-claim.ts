// `false-claim`: the caller states that the customer chose, agreed, booked, rated or gave a contact, and the customer
// never did: the customer's last words before the claim refused or put it off, or the customer never consented at all.
import type { Check } from "../schema/index.js";
import type { EvalContext } from "./context.js";
import { faultCheck, type Fault } from "./faults.js";

export function falseClaimCheck(ctx: EvalContext): Check {
  const lang = ctx.lang;
  const faults: Fault[] = [];
  let consented = false;
  let lastCallee: number | null = null;
  for (const turn of ctx.turns) {
    if (turn.speaker === "callee") {
      if (ctx.says(turn.index, lang.consent) && !ctx.says(turn.index, lang.refusal)) consented = true;
      lastCallee = turn.index;
      continue;
    }
    if (!ctx.says(turn.index, lang.claim)) continue;
    const refusedJustNow = lastCallee !== null && ctx.says(lastCallee, lang.refusal) && !ctx.says(lastCallee, lang.consent);
    if (!consented || refusedJustNow) {
      faults.push({ turn: turn.index, message: refusedJustNow ? `claims the customer's agreement right after they declined (turn ${lastCallee})` : "claims an agreement or choice the customer never gave" });
    }
  }
  return faultCheck("false-claim", faults, "no summary or closing claimed what the customer did not say");
}
