// The offline caller as an explicit policy: the table of named { when, act } rules (caller-rules.ts) decides the
// turn and these moves build it. An identity gate keeps everything customer-specific until the customer is
// confirmed; answers come from where the document holds them; steps that ask wait for the answer.
import { fallbackAsk } from "./datum-fallback.js";
import type { Seat, SeatContext, SeatTurn } from "../seat.js";
import type { Outcome, SeatInfo } from "../../schema/index.js";
import type { CallerPlan } from "./caller-plan.js";
import { callerPlan, spokenFrom } from "./caller-plan.js";
import { readContextAt, readUtterance, type Reading } from "./understand.js";
import { FigureGuard } from "./figure-guard.js";
import { IdentityGate, verificationVerdict } from "./identity-gate.js";
import { askedData, asksForData, asksForDataAtIdentity } from "./identity-question.js";
import { endClassesOf, type EndClass } from "./end-classes.js";
import { acknowledge, whoIsCalling } from "./phrases.js";
import { answerWords, closing, stepLine, withAck } from "./caller-moves.js";
import { fill, type LanguagePack } from "../../lang/index.js";
import { byTextAndObject } from "./memo.js";
import { filledClosingSlots, readsAnswersBack, withoutTemplateMarks, withoutUnbackedClaims } from "./claim-guard.js";
import { doneClosing } from "./closing.js";
import { openingStart } from "./opening-start.js";
import { CALLER_RULES, CLARIFY_RULE, askingLine, customerText, has, lastCallerLine, type Situation } from "./caller-rules.js";
import { readBack, speaksOfProfile, withoutReplyThanks } from "./caller-lines.js";
import { asksToVerify, followUpVerifies, mismatchClosing, namedCheck, requestsData } from "./verify-by-datum.js";
import { fittingAnswers } from "./step-answer-fit.js";
import { CALLER_SILENCE_RULES, neverSilent } from "./never-silent.js";
import { spokenAnswer } from "./fact-speech.js";
import { heardQuestion } from "./heard-question.js";

export { CALLER_RULES, type CallerRule, type Situation } from "./caller-rules.js";

/** Layout marks at the start of the line or of a sentence in it (a colon the reader left before an answer). */
const LEADING_MARKS = /(?<=^|[.!?。！？])(\s*)[:：;；,，、]+\s*/gu;

/** Times the caller asks again for verification data before it closes without details. */
const VERIFY_ASKS_MAX = 1;

export class RuleCaller implements Seat<"caller"> {
  readonly role = "caller" as const;
  readonly info: SeatInfo = { kind: "rule", model: null };
  gate = new IdentityGate(false);
  private guard: FigureGuard | null = null;
  private heard = 0;
  followedUp = false;
  identityJustConfirmed = false;
  hearingRepeats = 0;
  /** A step that asked for a rating, a choice or a time, until it is answered (re-asked at most once). */
  awaiting: { step: number; reasked: boolean } | null = null;
  private answersSinceStep = 0;
  private unknowns = 0;
  private started = false;
  /** The opening as said before identity is known, and what of it waits for the customer to be confirmed. */
  openingSaid = "";
  /** The step the first turn delivers: the plan's, or step 1 when the first turn now says all of step 1's line. */
  openingStep: number | null = null;
  private held: string | null = null;
  /** The pair of entries the caller's last turn asked the customer to choose between, and the question it was about. */
  clarifying: { pair: readonly [number, number]; question: string } | null = null;
  /** Questions already clarified once in this call (a second time is not asked). */
  readonly clarified = new Set<string>();

  async next(context: SeatContext<"caller">): Promise<SeatTurn> {
    return this.decide(context);
  }

  decide({ scenario, state, random }: SeatContext<"caller">): SeatTurn {
    const plan = callerPlan(scenario);
    if (!this.started) {
      this.started = true;
      this.gate = new IdentityGate(plan.identityQuestion !== null);
      // Worked out once per plan (opening-start.ts): the same for every call of the scenario.
      const start = openingStart(plan, this.gate.open, scenario.callee.name);
      this.openingSaid = start.said;
      this.held = start.held;
      if (start.asksIdentity) this.gate.asks = 1;
      if (start.followedUp) this.followedUp = true;
      this.openingStep = start.openingStep;
    }
    const guard = (this.guard ??= new FigureGuard(plan.figureBase));
    for (; this.heard < state.turns.length; this.heard++) {
      const turn = state.turns[this.heard];
      if (turn?.speaker === "callee") guard.hear(turn.text);
    }
    const last = state.turns.at(-1);
    let reading: Reading | null = null;
    if (last?.speaker === "callee") {
      const context = readContextAt(scenario, state, last.index);
      const step = this.awaiting?.step ?? context.step;
      reading = heardQuestion(plan, state, last.text, readUtterance(scenario, last.text, { ...context, step, identityAsked: context.identityAsked || (!this.gate.open && this.gate.state === "unknown" && this.gate.asks > 0) }));
      const before = this.gate.state;
      this.gate.hear(reading);
      this.identityJustConfirmed = before === "unknown" && this.gate.state === "confirmed";
    }
    const heardLine = last?.speaker === "callee" ? last : null;
    const situation: Situation = { plan, state, random, last: heardLine, reading, record: fittingAnswers(plan, reading?.patches ?? [], heardLine?.text ?? "") };
    const rule = CALLER_RULES.find((r) => r.when(situation, this)) ?? CALLER_RULES[CALLER_RULES.length - 1];
    if (rule === undefined) throw new Error("the caller policy has no rules");
    const pending = this.clarifying;
    // A clarifying question the customer let pass: the question it was about stays on the record, unanswered.
    if (pending !== null && rule.name !== "give-the-picked-entry") situation.record.push({ kind: "question", text: pending.question, kb: null, answered: false });
    const turn = rule.act(situation, this);
    if (rule.name !== CLARIFY_RULE) this.clarifying = null;
    return neverSilent(CALLER_SILENCE_RULES, { pack: plan.pack, turn, identity: this.gate.state, customer: plan.names.customer });
  }

  awaitedAnswered(s: Situation): boolean {
    return this.awaiting !== null && s.record.some((p) => p.kind === "stepAnswer" && p.step === this.awaiting?.step);
  }

  ackFor(s: Situation): "complaint" | "suggestion" | "worry" | "written" | "rating" | "choice" | "time" | null {
    if (this.awaiting !== null && this.awaitedAnswered(s)) return s.plan.stepAsks[this.awaiting.step - 1]?.kind ?? null;
    if (has(s, "complaint")) return "complaint";
    if (has(s, "suggestion")) return "suggestion";
    // "I'm a bit worried I'll …": heard, not passed over.
    if (s.reading?.cues.has("worry") === true) return "worry";
    // An address given because the caller asked for it to check who answered is the check's answer, no request.
    const askedForData = askedData(lastCallerLine(s), s.plan.pack) !== null;
    return s.reading?.followUp && s.state.outcome.followUp === null && !askedForData ? "written" : null;
  }

  inRole(s: Situation): string {
    const line = s.random.pick(s.plan.pack.caller.injection);
    // Still unverified: the in-role answer goes back to the identity question.
    return !this.gate.open && s.plan.identityQuestion !== null ? `${line}${s.plan.pack.speech.joiner}${s.plan.identityQuestion}` : line;
  }

  /** Who is calling (or a reassurance), then the script's own identity check while identity is still open. */
  introduce(s: Situation, reassure = false): SeatTurn {
    const pack = s.plan.pack;
    const who = reassure ? pack.caller.scamReassure : whoIsCalling(pack, s.plan.names);
    // Already verified: who is calling, then back to where the call was (the pending question, or the script).
    if (this.gate.open && this.verifying === "asked" && !this.verifiedBy(s) && s.plan.identityFollowUp !== null) return this.say(s, `${who}${pack.speech.joiner}${s.plan.identityFollowUp}`, { record: s.record });
    if (this.gate.open) return this.awaiting !== null && !this.awaiting.reasked ? this.reask(s, who) : this.goOn({ ...s }, null, who);
    const followUp = !this.followedUp ? s.plan.identityFollowUp : null;
    const ask = followUp ?? s.plan.identityQuestion;
    if (ask === null) return this.say(s, who, { record: s.record });
    this.gate.asks++;
    if (followUp !== null) this.followedUp = true;
    if (followUp !== null && followUpVerifies(followUp, s.plan)) this.verifying = "asked";
    return this.say(s, `${who}${pack.speech.joiner}${ask}`, { record: s.record, step: followUp !== null ? s.plan.openingStep : null });
  }

  askIdentity(s: Situation): SeatTurn {
    const pack = s.plan.pack;
    const line = this.gate.asks === 0 && s.plan.identityQuestion !== null ? s.plan.identityQuestion : fill(pack.caller.identityFirst, { customer: s.plan.names.customer });
    this.gate.asks++;
    return this.say(s, line, { record: s.record });
  }

  /** Verification data asked for after the yes ("asked"), given ("passed"), or not needed ("none"). */
  verifying: "none" | "asked" | "passed" = "none";
  private verifyAsks = 0;
  /** The branch's other datum was asked for (once per call). */
  private fellBack = false;

  /** The data given just matched the record: the next line says so first. */
  private justVerified = false;

  /** The request for verification data has said what it checks. */
  private checkNamed = false;

  /** Has the caller already said something of the customer's own (a figure of the profile)? */
  detailSaid(s: Situation): boolean {
    return s.state.turns.some((t) => t.speaker === "caller" && speaksOfProfile(s.plan, t.text));
  }

  /** The last data asked failed the check against the profile (re-asked once with that said, then closed). */
  private dataFailed = false;

  /** The customer's line checked against what the profile states of the item asked; it moves the state on. */
  verifiedBy(s: Situation): boolean {
    if (this.verifying === "passed") return true;
    const verdict = verificationVerdict(s.plan, askingLine(s), s.last?.text ?? "");
    this.dataFailed = verdict === "failed";
    if (verdict === "confirmed") {
      this.verifying = "passed";
      this.justVerified = true;
    }
    return this.verifying === "passed";
  }

  /** No data, or data that does not match: ask once more (nothing specific said); then close without any detail. */
  verifyAgain(s: Situation): SeatTurn {
    const asked = askingLine(s);
    // The sentence that asks for the data (a request), not the one that only says what is checked.
    const asking = asked.split(/(?<=[。！？!?]|\.(?=\s))\s*/).filter((sentence) => asksForData(sentence, s.plan.pack) || asksForDataAtIdentity(sentence, s.plan.pack));
    const ask = (asking.findLast((sentence) => s.plan.pack.document.request.test(sentence)) ?? asking[0])?.trim() ?? s.plan.identityFollowUp;
    // A question the knowledge base answers in general terms is answered, then the data is asked for again.
    const general = s.reading?.question?.answer;
    if (general?.kind === "kb" && ask !== null && ask !== undefined) {
      const entry = s.plan.kbEntries[general.index];
      if (entry !== undefined && !speaksOfProfile(s.plan, entry.answer)) return this.say(s, `${spokenAnswer(entry.answer, s.plan.pack)}${s.plan.pack.speech.joiner}${ask}`, { kb: [general.index], record: s.record.filter((p) => p.kind !== "stepAnswer") });
    }
    // "I can't find it": the other datum the step's branch names for that case, asked once.
    if (!this.fellBack && s.plan.pack.hearing.notAtHand.test(s.last?.text ?? "")) {
      const other = fallbackAsk(s.plan, asked);
      this.fellBack = other !== null;
      if (other !== null) return this.say(s, other, { record: s.record.filter((p) => p.kind !== "stepAnswer") });
    }
    // A datum not given or not matching closes with the document's closing for a failed check, when it writes one.
    const closing = mismatchClosing(s.plan) ?? s.plan.pack.caller.closing.identity;
    if (ask === null || ask === undefined || this.verifyAsks >= VERIFY_ASKS_MAX) return this.closeCall(s, ["identity", "escalate", "busy", "interrupted"], closing);
    this.verifyAsks++;
    // Asked again, the request says what it checks as the first one did.
    const named = namedCheck(ask, s.plan);
    return this.say(s, fill(this.dataFailed ? s.plan.pack.caller.verifyMismatch : s.plan.pack.caller.verifyAgain, { ask: this.dataFailed || named !== ask ? named : s.plan.pack.grammar.lowerFirst(ask) }), { record: s.record.filter((p) => p.kind !== "stepAnswer") });
  }

  /** The next step to say: the later datum step is passed over once its check was asked as the identity follow-up. */
  nextSpoken(plan: CallerPlan, from: number | null): number | null {
    const step = spokenFrom(plan, from);
    return step !== null && step === plan.datumStep && this.followedUp && this.verifying !== "none" ? spokenFrom(plan, step + 1) : step;
  }

  followUpIdentity(s: Situation): SeatTurn {
    this.followedUp = true;
    if (followUpVerifies(s.plan.identityFollowUp ?? "", s.plan)) this.verifying = "asked";
    return this.say(s, s.plan.identityFollowUp ?? "", { step: s.plan.openingStep, record: s.record });
  }

  repeat(s: Situation, kind: "hearing" | "repeat"): SeatTurn {
    if (kind === "hearing") this.hearingRepeats++;
    const again = withoutReplyThanks(lastCallerLine(s), s.plan.pack);
    return this.say(s, `${acknowledge(s.plan.pack, kind)}${s.plan.pack.speech.joiner}${again}`, { record: s.record });
  }

  reask(s: Situation, before: string | null): SeatTurn {
    const pending = this.awaiting;
    if (pending === null) return this.goOn(s, null);
    pending.reasked = true;
    const question = s.plan.stepAsks[pending.step - 1]?.question ?? stepLine(s.plan, s.state, pending.step);
    const ask = fill(s.plan.pack.caller.reask, { question });
    return this.say(s, before === null ? ask : `${before}${s.plan.pack.speech.joiner}${ask}`, { record: s.record, keepAwaiting: true });
  }

  answer(s: Situation): SeatTurn {
    const { plan, state, random, reading } = s;
    if (reading === null) return this.goOn(s, null);
    const words = answerWords(plan, state, reading, customerText(s), this.unknowns + 1, random);
    if (words.unknown) this.unknowns++;
    // A step still waiting for its answer is asked again after the answer, once.
    if (this.awaiting !== null && !this.awaitedAnswered(s) && !this.awaiting.reasked) return this.reask({ ...s, record: s.record }, words.answer);
    const step = this.nextSpoken(plan, state.nextStep);
    const hold = reading.cues.has("busy") || reading.cues.has("hold");
    if (step !== null && !hold) {
      const line = stepLine(plan, state, step);
      const pack = plan.pack;
      // The step about to be said is the one that answers: said once, as the step.
      const source = reading.question?.answer;
      if (line !== "" && source?.kind === "step" && source.step === step && words.kb.length === 0 && !words.unknown) return this.say(s, line, { step, record: s.record });
      const joined = `${words.answer}${pack.speech.joiner}${random.pick(pack.caller.bridges)}${pack.speech.joiner}${line}`;
      const size = pack.speech.size(joined);
      const budget = pack.speech.turnBudget;
      if (line !== "" && (size <= budget.short || (this.answersSinceStep >= 1 && size <= budget.long))) return this.say(s, joined, { step, kb: words.kb, record: s.record });
    }
    this.answersSinceStep++;
    return this.say(s, words.answer, { kb: words.kb, record: s.record, keepAwaiting: true });
  }

  goOn(s: Situation, ack: Parameters<typeof withAck>[1], before: string | null = null): SeatTurn {
    const step = this.nextSpoken(s.plan, s.state.nextStep);
    // A later step that recaps the answers reads this one back (the step said now too: it is given this turn's
    // answers): read back now as well, it is heard three times.
    const answered = this.awaiting?.step ?? 0;
    // So does the closing written for a call that got through, when its slot takes this pick and it is said whole.
    const recapLater = s.plan.stepLines.some((line, i) => i + 1 > answered && readsAnswersBack(line)) || closingReadsBack(s.plan, s.state.outcome, answered, s.last?.text ?? "");
    const picked = ack === "choice" || ack === "time";
    const heard = picked && !recapLater ? readBack(s.plan, s.last?.text ?? "") : null;
    // Heard and left for the recap: a plain "okay", never "as you chose" (a choice nobody named is no claim to make).
    if (picked && recapLater) ack = "plain";
    // The script is over, or its step says "close with the closing line": the call closes, after the
    // acknowledgement the customer's answer is owed.
    if (before === null && (step === null || s.plan.closeSteps.has(step))) {
      const lead = heard ?? (ack === null ? null : acknowledge(s.plan.pack, ack));
      return this.closeCall(s, this.doneWanted(s), null, null, { lead, step });
    }
    if (step === null) return this.say(s, before ?? "", { record: s.record });
    const said = stepLine(s.plan, s.state, step, s.record);
    const line = heard === null ? withAck(s.plan.pack, ack, said) : `${heard}${s.plan.pack.speech.joiner}${said}`;
    return this.say(s, before === null ? line : `${before}${s.plan.pack.speech.joiner}${line}`, { step, record: s.record });
  }

  doneWanted(s: Situation): EndClass[] {
    const suggested = s.state.outcome.suggestions.length > 0 || s.record.some((p) => p.kind === "suggestion");
    return suggested ? ["suggestion", "done", "written"] : ["done", "written"];
  }

  wrapUpWanted(s: Situation): EndClass[] {
    const text = customerText(s);
    const pack = s.plan.pack;
    const cancelled = s.reading?.cues.has("cancel") === true || s.state.turns.some((t) => t.speaker === "callee" && pack.hearing.cues.cancel.test(t.text));
    if (has(s, "busy")) return ["busy", "written", "escalate", "done"];
    if (has(s, "supervisor")) return ["escalate", "busy", "written"];
    if (has(s, "refuse")) return ["refuse", "novalue", "done"];
    if (cancelled) return ["cancel", "done"];
    if (endClassesOf(text, pack).has("defer")) return ["defer", "written", "done"];
    if (s.reading?.followUp != null || has(s, "wants-writing")) return ["written", "busy", "done"];
    return this.doneWanted(s);
  }

  /** Closes under the condition that fits `wanted`; `override` replaces the document's closing; `ack` goes first. */
  /** `at`: a line said before the closing, and the script step the closing delivers. */
  closeCall(s: Situation, wanted: EndClass[], override: string | null = null, ack: "urgent" | null = null, at: { lead: string | null; step: number | null } | null = null): SeatTurn {
    const done = closing(s.plan, s.state, s.record, wanted, customerText(s), override, (text) => (this.guard?.ungrounded(text).length ?? 0) === 0);
    const lead = ack === null ? (at?.lead ?? null) : acknowledge(s.plan.pack, ack);
    const text = lead === null ? done.text : `${lead}${s.plan.pack.speech.joiner}${done.text}`;
    return this.say(s, text, { record: done.record, end: done.end, ...(at?.step == null ? {} : { step: at.step }) });
  }

  say(s: Situation, text: string, extra: Omit<SeatTurn, "text"> & { keepAwaiting?: boolean }): SeatTurn {
    const { keepAwaiting, ...turn } = extra;
    // Whichever line asks for the verifying data (an identity follow-up, a script step), nothing more until it comes.
    // A polite request for a kind of data ("麻烦您说一下…后四位。") asks as much as a question does.
    // A line that states the datum ("联系电话：尾号 1234。…A 还是 B？") asks for none: only a sentence that asks counts.
    if (this.verifying === "none" && !extra.end && asksForData(text, s.plan.pack) && requestsData(text, s.plan)) this.verifying = "asked";
    // A step that checks an item of the verification table before any detail was said is the identity check too.
    else if (this.verifying === "none" && !extra.end && this.gate.open && asksToVerify(s.plan, text, extra.step ?? null) && !this.detailSaid(s)) this.verifying = "asked";
    // The first request for the data says what it checks, when its words do not.
    if (this.verifying === "asked" && !this.checkNamed && !extra.end && askedData(text, s.plan.pack) !== null) {
      this.checkNamed = true;
      text = namedCheck(text, s.plan);
    }
    const plan = s.plan;
    // What the opening held back from a stranger comes first once the customer is confirmed.
    if (this.held !== null && this.gate.open && !extra.end && s.state.turns.length > 0) {
      text = `${this.held}${plan.pack.speech.joiner}${text}`;
      this.held = null;
    }
    // The customer gave the data that verifies them: heard and said so, not walked past.
    if (this.justVerified && !extra.end) text = `${plan.pack.caller.verified}${plan.pack.speech.joiner}${text}`;
    this.justVerified = false;
    if (turn.step != null) {
      this.answersSinceStep = 0;
      this.awaiting = plan.stepAsks[turn.step - 1]?.kind != null ? { step: turn.step, reasked: false } : null;
    } else if (keepAwaiting !== true && this.awaiting !== null && (this.awaitedAnswered(s) || this.awaiting.reasked)) {
      this.awaiting = null;
    }
    // A sentence never opens with a mark left from the document's layout (an answer read as ": the fee is …"), and a
    // template's blank or slot is never read aloud, whichever move built the line (both kept per pack and text).
    text = unmarkedLine(text, plan.pack);
    const guard = this.guard ?? new FigureGuard(plan.figureBase);
    const cleaned = guard.clean(text);
    if (cleaned.removed.length === 0) return { ...turn, text };
    const record = [...(turn.record ?? [])];
    record.push({ kind: "guard", event: { kind: "figure-replaced", detail: `dropped ungrounded ${cleaned.removed.map((f) => f.text).join(", ")}` } });
    const safe = cleaned.text !== "" ? cleaned.text : acknowledge(plan.pack, "plain");
    return { ...turn, text: safe, record };
  }
}

/** The line without layout marks opening its sentences, then without the clauses holding a template mark (the pack's
 *  plain acknowledgement when nothing is left): pure in the text and the pack, and caller lines recur call after call. */
const unmarkedLine = byTextAndObject((line: string, pack: LanguagePack): string => {
  const text = line.replace(LEADING_MARKS, "$1");
  const unmarked = withoutTemplateMarks(text, pack.speech.joiner);
  return unmarked === text ? text : unmarked !== "" ? unmarked : acknowledge(pack, "plain");
});

export function createRuleCaller(): Seat<"caller"> {
  return new RuleCaller();
}

/** Whether the closing for a call that got through reads back a slot this answer fills, and is then said whole. */
function closingReadsBack(plan: CallerPlan, outcome: Readonly<Outcome>, step: number, answer: string): boolean {
  const line = doneClosing(plan);
  if (!readsAnswersBack(line)) return false;
  const withPick: Outcome = { ...outcome, stepAnswers: [...outcome.stepAnswers, { step, turn: Number.MAX_SAFE_INTEGER, answer }] };
  const filled = filledClosingSlots(plan, withPick, line);
  return filled !== line && withoutUnbackedClaims(plan, withPick, filled) === filled;
}
