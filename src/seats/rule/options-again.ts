// "is one of them better?" / "哪个好？" / "how do they differ?" about the options a step offers: the caller says the options
// again, side by side (the step's own sentence laying them out, with the document's facts on them), and leaves the
// choice to the customer; it never picks for them. While that step waits, it still waits for the pick.
import { fill } from "../../lang/index.js";
import type { SeatTurn } from "../seat.js";
import type { RuleCaller } from "./rule-caller.js";
import { customerText, type Situation } from "./caller-rules.js";
import { offeredIn } from "./callee-wording.js";
import { figuresOf } from "./memo.js";
import { stepLine } from "./caller-moves.js";

/** Options this many are a choice to lay out again. */
const OPTIONS_MIN = 2;
const SENTENCE = /(?<=[。！？!?；;])\s*|(?<=\.)\s+/u;

interface Offer {
  step: number;
  /** The step's sentences that lay the options out, or the options alone when its question holds them. */
  said: string;
  /** The step waits for the pick now. */
  waiting: boolean;
}

/** The choice step the customer's comparison is about: the one waiting, else one whose options the question names. */
export function optionsAsked(c: RuleCaller, s: Situation): Offer | null {
  const text = customerText(s);
  if (!s.plan.pack.hearing.asksWhichOption.test(text) || s.reading?.question?.answer.kind === "kb") return null;
  const waiting = c.awaiting?.step;
  const steps = s.plan.stepAsks.flatMap((asked, i) => (asked.kind === "choice" && asked.question !== null ? [i + 1] : []));
  const step = waiting !== undefined && steps.includes(waiting) ? waiting : steps.find((at) => namesOptions(text, s.plan.stepLines[at - 1] ?? "", s));
  if (step === undefined) return null;
  const said = offerOf(s, step);
  return said === null ? null : { step, said, waiting: step === waiting };
}

/** Two or more of the question's figures ("12 还是 30") or offered options are in the step's line. */
function namesOptions(text: string, line: string, s: Situation): boolean {
  const figures = figuresOf(text).filter((f) => line.includes(f.text));
  if (figures.length >= OPTIONS_MIN) return true;
  const asked = s.plan.stepAsks[s.plan.stepLines.indexOf(line)]?.question ?? "";
  return offeredIn(asked, s.plan.pack).filter((o) => text.includes(o.text)).length >= OPTIONS_MIN;
}

/** The step's sentences before its question when they lay options out (figures or an alternative), else its options. */
function offerOf(s: Situation, step: number): string | null {
  const { pack } = s.plan;
  const question = s.plan.stepAsks[step - 1]?.question ?? "";
  const before = (s.plan.stepLines[step - 1] ?? "").split(SENTENCE).map((x) => x.trim()).filter((x) => x !== "" && !/[？?]$/u.test(x) && !question.includes(x));
  // The sentences naming the options' figures or an alternative ("甲是…，12 元；乙是…，30 元。"), when together they
  // lay out two or more.
  const laying = before.filter((x) => figuresOf(x).length > 0 || pack.document.offersAlternative.test(x));
  const figures = laying.reduce((n, x) => n + figuresOf(x).length, 0);
  if (laying.length > 0 && (figures >= OPTIONS_MIN || laying.some((x) => pack.document.offersAlternative.test(x)))) return laying.join("").trim();
  const options = offeredIn(question, pack).map((o) => o.text);
  if (options.length < OPTIONS_MIN) return null;
  return `${options.slice(0, -1).join(pack.caller.optionList)}${pack.caller.optionOr}${options.at(-1) ?? ""}`;
}

/** The options said again, neutrally, and the pick left to the customer (a waiting step keeps waiting). */
export function optionsAgain(c: RuleCaller, s: Situation): SeatTurn {
  const offer = optionsAsked(c, s);
  const { pack } = s.plan;
  const record = s.record.filter((p) => p.kind !== "question");
  if (offer === null) return c.goOn(s, null);
  // The offer is the next step: said as the step, once, after the word that leaves the pick to the customer.
  if (!offer.waiting && c.nextSpoken(s.plan, s.state.nextStep) === offer.step) return c.goOn({ ...s, record }, null, pack.caller.bothFit);
  const neutral = fill(pack.caller.yourChoice, { options: offer.said.replace(/[。.！!]+$/u, ""), bothFit: pack.caller.bothFit });
  if (offer.waiting) return c.say(s, `${neutral}${pack.speech.joiner}${stepAskAgain(s, offer.step)}`, { record, keepAwaiting: true });
  return c.goOn({ ...s, record }, null, neutral);
}

/** The waiting step's question, asked again after the options. */
function stepAskAgain(s: Situation, step: number): string {
  return s.plan.stepAsks[step - 1]?.question?.split(SENTENCE).map((x) => x.trim()).filter((x) => x !== "").at(-1) ?? stepLine(s.plan, s.state, step);
}
