// The caller's identity gate: who is on the phone, as the customer's words established it. Nothing specific to
// the customer is said before the gate is "confirmed"; "other-person" and "wrong-number" end the call with a relay
// message or an apology; "refused" (no answer after asking twice) ends it politely. An injection changes nothing.
import type { Reading } from "./understand.js";
import type { CallerPlan } from "./caller-plan.js";
import { askedData } from "./identity-question.js";
import { checkData, recordTexts, type DataVerdict } from "./identity-data.js";
import { figuresOf } from "./memo.js";

export type GateState = "unknown" | "confirmed" | "other-person" | "wrong-number" | "refused";

/** How many times the caller asks who it is speaking to before it gives up. */
export const IDENTITY_ASKS_MAX = 2;

export class IdentityGate {
  state: GateState;
  /** Identity questions the caller has asked (the opening counts). */
  asks = 0;

  /** Without an identity question in the script, the person who answers is taken as the customer. */
  constructor(scriptAsks: boolean) {
    this.state = scriptAsks ? "unknown" : "confirmed";
  }

  get open(): boolean {
    return this.state === "confirmed";
  }

  /** Moves the gate on what the customer just said (an injection moves nothing). */
  hear(reading: Reading): GateState {
    if (reading.acts[0] === "injection") return this.state;
    if (reading.otherPerson) this.state = "other-person";
    else if (reading.identity === false) this.state = this.state === "confirmed" && !reading.asked ? this.state : "wrong-number";
    else if (reading.identity === true && this.state === "unknown") this.state = "confirmed";
    else if (this.state === "unknown" && this.asks >= IDENTITY_ASKS_MAX && (reading.acts.includes("refuse") || reading.acts.includes("asks-who") || reading.acts.includes("suspects-scam"))) this.state = "refused";
    return this.state;
  }
}

/** The check of verification data: against what the caller's own side states (profile, task, notes), by the kind
 *  asked; a request naming no kind of data is passed by any figure given, never by a bare yes. */
export function verificationVerdict(plan: CallerPlan, askingLine: string, answer: string): DataVerdict {
  const asked = askedData(askingLine, plan.pack);
  if (asked === null) return unnamedDatum(answer, recordTexts(plan.scenario.caller));
  return checkData(asked, answer, recordTexts(plan.scenario.caller), plan.pack);
}

/** Fewer digits than this say too little to check against a record. */
const CHECKABLE_DIGITS = 3;

/** Data of no kind the pack knows: digits given are checked against the numbers the record states (the answer's
 *  digits end one of them); a record stating none cannot check, and any figure passes as before. A wrong number
 *  never matches. */
function unnamedDatum(answer: string, record: readonly string[]): DataVerdict {
  if (figuresOf(answer).length === 0 && !/\d/.test(answer)) return "none";
  const given = answer.replace(/\D/g, "");
  const numbers = record.flatMap((text) => text.match(/\d(?:[\s-]?\d)*/g) ?? []).map((n) => n.replace(/\D/g, ""));
  if (given.length < CHECKABLE_DIGITS || !numbers.some((n) => n.length >= given.length)) return "confirmed";
  return numbers.some((n) => n.endsWith(given)) ? "confirmed" : "failed";
}
