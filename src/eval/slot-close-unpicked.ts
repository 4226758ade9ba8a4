// The close written for a choice made ("that's [day], [time]. Goodbye.", "那就{日期时间}，再见"), said with its slot
// filled right after the customer left the choice open ("let me check my diary") or turned every option down: the
// caller claims a pick the customer never made. Read from the document's closing lines: a line with a slot.
import { figuresIn } from "../text/figures.js";
import type { EvalContext } from "./context.js";
import type { Fault } from "./faults.js";
import { closingSaid, closingTable } from "./closing-said.js";
import { TEMPLATE_BLANK } from "./steps.js";

/** A worded slot of a closing template ("[day]", "[time]"); empty ones are TEMPLATE_BLANK's. */
const WORDED_SLOT = /\[[^\][]{2,40}\]/u;

export function slotCloseUnpicked(ctx: EvalContext): Fault | null {
  const said = closingSaid(ctx);
  if (said === null || said.line < 0) return null;
  const line = closingTable(ctx.scenario).lines[said.line] ?? "";
  if (!WORDED_SLOT.test(line) && !TEMPLATE_BLANK.test(line)) return null;
  // Filled: the turn names a day or a time where the template has its slot.
  if (figuresIn(ctx.turns[said.turn]?.text ?? "").length === 0) return null;
  const before = ctx.turns[said.turn - 1];
  if (before?.speaker !== "callee") return null;
  const lang = ctx.lang;
  const statements = ctx.sentencesOf(before.index).filter((s) => !lang.question.test(s));
  // "行行行，你们看着办吧，周日上午来" leaves it to the caller and agrees: a pick, not an open choice.
  const agrees = statements.some((s) => lang.consent.test(s));
  const open = statements.some((s) => lang.noneSuits.test(s) || (lang.hedge.test(s) && !agrees));
  if (!open) return null;
  return { turn: said.turn, message: `closes with the line of a choice made, its slot filled, right after the customer left the choice open (turn ${before.index})` };
}
