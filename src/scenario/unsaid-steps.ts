// A step the writer marks as done without a word ("（不用念）在系统里登记…", "(no line) Tick the box", "…，不对客户说"):
// its text is what the caller does, never a line to say. So is one marked as having no fixed wording ("（无固定话术）复述…",
// "(no set line) Read back …"): its text is a direction for the caller, not words to read out. The marks are generic words of both languages, written in
// brackets or as the sentence's last clause, so a spoken line that merely contains one of the words stays said.
import type { Step } from "../schema/scenario.js";

const WORDS = String.raw`不用念|不念|无需念|不要念|不用读|无需朗读|不用说(?:出来)?|不要说出来|不说出来|不对客户说|不用跟客户说|后台操作|坐席操作|内部操作|系统操作|内部记录|静默|silent(?:ly)?|no line|no speech|nothing (?:to say|said)|not (?:said|spoken|read out)|do not (?:say|read)(?: this| it)?(?: aloud| out)?|don'?t (?:say|read)(?: this| it)?(?: aloud| out)?|internal|back[- ]?office|system action|无固定话术|无固定台词|没有固定话术|不设固定话术|用自己的话说?|no (?:fixed|set) (?:line|wording|script)|in (?:your|their) own words`;

/** "（后台操作，不要说出来）", "(no line)", "[silent]": a bracketed note holding a mark. */
const BRACKETED = new RegExp(String.raw`[（(【\[][^（()）【】\[\]]{0,16}?(?:${WORDS})[^（()）【】\[\]]{0,16}[）)】\]]`, "iu");

/** "…，不用说。", "…; do not say this.": the mark as the sentence's last clause. */
// "…，本步不用念。": the clause may name the step it speaks of first.
const TRAILING = new RegExp(String.raw`[，,。;；]\s*(?:此步|本步|这一?步|该步骤?|this step(?: is)?\s)?\s*(?:${WORDS})\s*[。.!！]?\s*$`, "iu");

/**
 * The grey-text convention of shared documents ("灰字是备注，不用念", "text in grey is not read out"): pasted as text the
 * colour is gone and only its label is left, as a step's title ("灰字：在系统里勾选…", "GREY: tick the box") or a bracket
 * holding nothing else ("[grey] Book the van"). Never a colour inside a sentence ("the grey model").
 */
const GREY = String.raw`灰字|灰色字|灰色文字|灰色备注|gr[ae]y(?: text| note)?`;
const GREY_BRACKET = new RegExp(String.raw`^\s*[（(【\[]\s*(?:${GREY})\s*[）)】\]]`, "iu");

/** "内部记录", "Internal", "灰字": a step title that is nothing but the mark names a step done without a word. */
const MARK_ONLY = new RegExp(String.raw`^\s*(?:${WORDS}|${GREY})\s*$`, "iu");

export function unsaidMark(text: string): boolean {
  return BRACKETED.test(text) || TRAILING.test(text) || GREY_BRACKET.test(text);
}

/** The step with its marked text moved from the lines to the instructions; other steps as they are. */
export function withoutUnsaidLines(step: Step): Step {
  const marked = unsaidMark(step.title) || MARK_ONLY.test(step.title);
  // A title that is the grey label alone marks all the step holds: its quoted words are a value to tick, not a line.
  const greyed = MARK_ONLY.test(step.title) && new RegExp(String.raw`^\s*(?:${GREY})\s*$`, "iu").test(step.title);
  const kept = step.lines.filter((line) => !(greyed || unsaidMark(line) || (marked && line === step.title)));
  if (kept.length === step.lines.length) return step;
  const moved = step.lines.filter((line) => !kept.includes(line));
  return { ...step, lines: kept, instructions: [...(step.instructions ?? []), ...moved] };
}
