// `false-claim`: the caller states (claims, reads back, records) that the customer chose, agreed, booked, rated or gave
// a contact, and the customer never did: the read-back still has the template's blank where the choice goes, the
// customer's last words before it refused or left the decision open, or the customer never consented at all.
import type { Check } from "../schema/index.js";
import type { EvalContext } from "./context.js";
import { faultCheck, type Fault } from "./faults.js";
import { TEMPLATE_BLANK } from "./steps.js";
import { bestLine } from "./segments.js";
import { perScenario, perScenarioText } from "./context.js";
import { choiceMisstated } from "./choice-misstated.js";
import { forbiddenPromises } from "./forbidden-promise.js";
import { slotCloseUnpicked } from "./slot-close-unpicked.js";

/** A claim this close to a line of the caller's side of the document restates the document. */
const DOCUMENT_FACT = 0.45;

function documentFacts(ctx: EvalContext): string[] {
  return perScenario(ctx.scenario, "documentFacts", () => [...ctx.callerScript(), ...ctx.scenario.caller.customerProfile, ...ctx.scenario.facts.map((f) => f.text)]);
}

/** A blank of a read-back template said aloud: "[rating]", "[flight, date, time]", "……", "___". */
const WORDED_BLANK = /\[[^\][]{2,40}\]/u;

/** Why a claim at caller turn `index` states what the customer never gave, or null. */
/** A caller turn's claiming sentences, and whether its read-back still holds a template's blank (per text). */
interface TurnClaims {
  claims: readonly string[];
  blank: boolean;
}

const NO_CLAIMS: TurnClaims = { claims: [], blank: false };

/** What a caller turn's text claims: read once per scenario and text (rule calls say the same turns call after call). */
function claimsOf(ctx: EvalContext, index: number): TurnClaims {
  const text = ctx.turns[index]?.text ?? "";
  return perScenarioText(ctx.scenario, "falseClaimClaims", text, () => {
    const lang = ctx.lang;
    // A record of the customer's own words ("这些想法我们都记下了") claims no decision, whatever came before it.
    const claims = ctx.sentencesOf(index).filter((s) => claimsAgreement(ctx, s) || (lang.summary.test(s) && !lang.feedbackNoted.test(s)));
    if (claims.length === 0) return NO_CLAIMS;
    // From the first claim on (a blank "……" splits the sentence it sits in).
    const sentences = ctx.sentencesOf(index);
    const readBack = sentences.slice(sentences.findIndex((s) => claims.includes(s))).join("");
    return { claims, blank: WORDED_BLANK.test(readBack) || (TEMPLATE_BLANK.test(text) && TEMPLATE_BLANK.test(readBack)) };
  });
}

/** "您同意了再搬", "if you agree, I'll book it": a claim under a condition claims nothing yet. */
function claimsAgreement(ctx: EvalContext, s: string): boolean {
  return ctx.lang.claim.test(s) && !ctx.lang.conditional.test(s);
}

function unfounded(ctx: EvalContext, index: number, consented: boolean, lastCallee: number | null): string | null {
  const lang = ctx.lang;
  const { claims, blank } = claimsOf(ctx, index);
  if (claims.length === 0) return null;
  const misstated = choiceMisstated(ctx, index, claims);
  if (misstated !== null) return misstated;
  if (blank) return "reads back a choice the customer never gave (the template's blank is still in it)";
  if (lastCallee !== null) {
    // The customer's statements only: "要不要紧？" asks, it does not refuse.
    const said = ctx.sentencesOf(lastCallee).filter((s) => !lang.question.test(s));
    const hedged = said.some((s) => lang.hedge.test(s));
    const firm = said.some((s) => lang.consent.test(s)) && !hedged;
    // A refusal makes an agreement claimed next false; a record of other answers may follow a refusal.
    const refused = said.some((s) => lang.refusal.test(s)) && claims.some((s) => claimsAgreement(ctx, s));
    // A read-back that records the decision as still open or declined ("你们商量好一位来就行", "so you'll think it
    // over") says what the customer said.
    const restates = claims.some((s) => lang.hedge.test(s) || lang.refusal.test(s));
    if (!firm && !restates && (refused || hedged)) return `claims a decision right after the customer declined or left it open (turn ${lastCallee})`;
  }
  // A bare record ("I've noted your answers") needs no consent; an agreement or choice claimed needs one.
  // What the document itself says was arranged ("出院时已帮您预约了…") is a fact passed on, not a claim of consent.
  const own = claims.filter((s) => claimsAgreement(ctx, s) && perScenarioText(ctx.scenario, "documentFactMatch", s, () => bestLine(s, documentFacts(ctx), { minShared: 3 }).score) < DOCUMENT_FACT);
  if (!consented && own.length > 0) return "claims an agreement or choice the customer never gave";
  return null;
}

/**
 * The customer's next words deny or correct what this caller turn stated ("I said the 5th", "我没说满意"): whatever
 * wording the statement had, it put words in the customer's mouth.
 */
function corrected(ctx: EvalContext, index: number): string | null {
  const next = ctx.turns[index + 1];
  if (next?.speaker !== "callee" || !ctx.says(next.index, ctx.lang.correction)) return null;
  // "Yes. I said yes." affirms again. A turn that only asks is a question, not a claim.
  if (ctx.lang.affirm.test(ctx.low(next.index))) return null;
  if (ctx.sentencesOf(index).every((s) => ctx.lang.question.test(s))) return null;
  return `states what the customer denies at once (turn ${next.index})`;
}

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
    const why = unfounded(ctx, turn.index, consented, lastCallee) ?? corrected(ctx, turn.index);
    if (why !== null) faults.push({ turn: turn.index, message: why });
  }
  const charged = new Set(faults.map((f) => f.turn));
  for (const fault of forbiddenPromises(ctx)) if (!charged.has(fault.turn)) faults.push(fault);
  const close = slotCloseUnpicked(ctx);
  if (close !== null && !faults.some((f) => f.turn === close.turn)) faults.push(close);
  faults.sort((a, b) => (a.turn ?? -1) - (b.turn ?? -1));
  return faultCheck("false-claim", faults, "no summary or closing claimed what the customer did not say");
}
