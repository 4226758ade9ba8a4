// What the rule caller's first turn settles, kept per scenario plan: the opening as said before identity is known,
// what of it waits for the customer, whether it asks who answers, whether it already asks the identity follow-up,
// and the step it delivers. All of it is a pure function of the plan, yet every call of a batch worked it out again.
import type { CallerPlan } from "./caller-plan.js";
import { OPENING_COVERS } from "./caller-plan.js";
import { coverage, similarity } from "../../text/similarity.js";
import { guardedOpening } from "./opening-guard.js";
import { heldBeyondSteps } from "./caller-lines.js";
import { asksIdentity } from "./identity-question.js";

export interface OpeningStart {
  said: string;
  held: string | null;
  /** The opening asks who answers (the gate counts one identity question asked). */
  asksIdentity: boolean;
  /** The opening says the identity follow-up whole. */
  followedUp: boolean;
  openingStep: number | null;
}

const starts = new WeakMap<CallerPlan, { gateOpen: boolean; customer: string; start: OpeningStart }>();

/** `gateOpen`: the gate as a new call opens it (no identity question in the script); `customer`: the name asked for. */
export function openingStart(plan: CallerPlan, gateOpen: boolean, customer: string): OpeningStart {
  const kept = starts.get(plan);
  if (kept !== undefined && kept.gateOpen === gateOpen && kept.customer === customer) return kept.start;
  const start = computeStart(plan, gateOpen, customer);
  starts.set(plan, { gateOpen, customer, start });
  return start;
}

function computeStart(plan: CallerPlan, gateOpen: boolean, customer: string): OpeningStart {
  const opening = gateOpen ? { said: plan.opening, held: null } : guardedOpening(plan.opening, plan.names, plan.pack, plan.identityQuestion);
  const openingSaid = opening.said;
  // The step-1 request the opening now asks itself is not asked again after the yes.
  const said = (text: string | null | undefined): boolean => {
    const sentences = text?.split(/(?<=[。！？!?])\s*|(?<=\.)\s+/).filter((x) => x.trim() !== "") ?? [];
    return sentences.length > 0 && sentences.every((sentence) => openingSaid.includes(sentence.trim()));
  };
  let openingStep = plan.openingStep ?? (said(plan.stepLines[0]) ? 1 : null);
  // An opening guarded for a stranger that kept none of its step's words (the step's questions dropped) has not
  // delivered that step: it comes after the yes.
  const stepText = openingStep === null ? "" : (plan.stepLines[openingStep - 1] ?? "");
  const kept = `${opening.said}${plan.pack.speech.joiner}${opening.held ?? ""}`;
  if (opening.said !== plan.opening && stepText !== "" && Math.max(coverage(kept, stepText), similarity(kept, stepText)) < OPENING_COVERS) openingStep = null;
  return {
    said: openingSaid,
    held: heldBeyondSteps(plan, opening.held),
    asksIdentity: asksIdentity(openingSaid, customer, plan.pack),
    followedUp: said(plan.identityFollowUp),
    openingStep,
  };
}
