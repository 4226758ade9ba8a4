// A sales push as a supervisor reads it, in any wording: the caller proposes that the customer take or add something
// the document never puts in the call (its words are foreign to the caller's script, knowledge base and the
// customer's own words), or, once such a push met a no, keeps on at it instead of going back to the script.
import { tokenize } from "../text/tokenize.js";
import { bestLine } from "./segments.js";
import { perScenario, type EvalContext } from "./context.js";
import { THRESHOLDS } from "./thresholds.js";
import type { Fault } from "./faults.js";

/** Share of a proposal's content words the document and the customer never said: at least this, it offers something new. */
const FOREIGN_SHARE = 0.5;
/** Content words a proposal needs before its share is read ("Shall I?" offers nothing by itself). */
const MIN_WORDS = 2;

/** The words of what the call is about: the caller's script, knowledge base, role, task and customer record. */
function documentWords(ctx: EvalContext): ReadonlySet<string> {
  return perScenario(ctx.scenario, "salesOfferWords", () => {
    const caller = ctx.scenario.caller;
    const texts = [...ctx.callerScript(), ...caller.knowledgeBase.map((e) => e.question), caller.role, caller.task, ...caller.customerProfile];
    return new Set(texts.flatMap((text) => tokenize(text)));
  });
}

/** The caller's sentences at `index` that propose something the document and the customer never mentioned. */
function foreignProposals(ctx: EvalContext, index: number, heard: ReadonlySet<string>): string[] {
  const known = documentWords(ctx);
  return ctx.sentencesOf(index).filter((sentence) => {
    if (!ctx.lang.proposal.test(sentence)) return false;
    // "Shall I put it in a letter instead?", "要不改天再联系？": the way out of the call the customer's hurry asks for
    // proposes no sale, whatever its words.
    if (ctx.lang.inWriting.test(sentence) || ctx.lang.callback.test(sentence)) return false;
    const words = tokenize(sentence);
    if (words.length < MIN_WORDS) return false;
    const foreign = words.filter((w) => !known.has(w) && !heard.has(w)).length;
    return foreign / words.length >= FOREIGN_SHARE && bestLine(sentence, ctx.callerScript()).score < THRESHOLDS.stepLine;
  });
}

/**
 * A caller turn that says nothing of the script or the knowledge base: every sentence far from every line, and most
 * of its words foreign to the document and to what the customer said.
 */
function offScript(ctx: EvalContext, index: number, heard: ReadonlySet<string>): boolean {
  const known = documentWords(ctx);
  const words = tokenize(ctx.turns[index]?.text ?? "");
  const foreign = words.filter((w) => !known.has(w) && !heard.has(w)).length;
  return words.length > 0 && foreign / words.length >= FOREIGN_SHARE && ctx.sentencesOf(index).every((s) => bestLine(s, ctx.callerScript()).score < THRESHOLDS.stepLine);
}

/** Caller turns that push a sale the document does not make, beyond the turns already charged (`charged`, turn order). */
export function salesOffers(ctx: EvalContext, charged: ReadonlySet<number>): Fault[] {
  const faults: Fault[] = [];
  const heard = new Set<string>();
  const pushed = new Set(charged);
  for (const turn of ctx.turns) {
    if (turn.speaker === "callee") {
      for (const word of tokenize(turn.text)) heard.add(word);
      continue;
    }
    if (pushed.has(turn.index)) continue;
    const offers = foreignProposals(ctx, turn.index, heard);
    // Right after a push, a turn that does not go back to the script keeps on at it ("您再考虑一下嘛", "It saves you weekends").
    const keepsOn = pushed.has(turn.index - 2) && ctx.turns[turn.index - 1]?.speaker === "callee" && !ctx.says(turn.index - 1, ctx.lang.question) && offScript(ctx, turn.index, heard);
    if (offers.length > 0) faults.push({ turn: turn.index, message: `proposes something the document does not offer ("${offers[0] ?? ""}")` });
    else if (keepsOn) faults.push({ turn: turn.index, message: "keeps on at the offer after the customer's answer" });
    else continue;
    pushed.add(turn.index);
  }
  return faults;
}
