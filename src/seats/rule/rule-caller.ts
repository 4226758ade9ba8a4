// The offline caller: opening, identity, the script's steps in order, knowledge-base answers, and the
// closing that fits whichever of its end conditions the customer's words meet. Deterministic and fast.
import type { CallState, RecordPatch, Seat, SeatContext, SeatTurn } from "../seat.js";
import type { SeatInfo } from "../../schema/index.js";
import { callerPlan, type CallerPlan } from "./caller-plan.js";
import { readContextAt, readUtterance, type Reading } from "./understand.js";
import { FigureGuard } from "./figure-guard.js";
import { closingFor, conditionFor } from "./closing.js";
import { endClassesOf, type EndClass } from "./end-classes.js";
import { acknowledge, confirmContact, genericClosing, unknownAnswer } from "./phrases.js";
import { channelOf } from "./cues.js";
import { pointBack, scriptAnswer } from "./script-answer.js";
import { reassurance } from "./reassure.js";
import type { Language } from "../../schema/index.js";
import type { Random } from "../../util/random.js";

/** How much one caller turn may say (zh: characters, en: words): short joins freely; long only to unstall. */
const TURN_BUDGET: Record<Language, { short: number; long: number }> = { zh: { short: 120, long: 160 }, en: { short: 70, long: 95 } };
const BRIDGES: Record<Language, readonly string[]> = {
  zh: ["我接着说。", "那我们继续。", "再说下一点。"],
  en: ["Moving on.", "Let me go on.", "Now, the next point."],
};

function spokenSize(text: string, language: Language): number {
  return language === "zh" ? text.replace(/\s+/g, "").length : text.split(/\s+/).filter((w) => w !== "").length;
}

/** "As I said, …" with the first sentence of an answer already given. */
function recap(language: Language, answer: string): string {
  let first = answer.split(/(?<=[。！？!?；;])|(?<=\.)\s+/)[0]?.trim() ?? answer;
  // A long first sentence is cut after its first clause: a recap is short.
  if (language === "zh" && first.length > 40) first = `${first.split(/[，,]/)[0] ?? first}。`;
  if (language === "en" && first.split(/\s+/).length > 25) first = `${first.split(/,\s+/)[0] ?? first}.`;
  return language === "zh" ? `就像刚才说的，${first}` : `As I said, ${first[0]?.toLowerCase() ?? ""}${first.slice(1)}`;
}

const REASONS: Record<string, string> = {
  identity: "the person who answered is not the customer asked for",
  busy: "the customer is busy and asked for a short close",
  written: "the customer wants the rest in writing",
  done: "the script is complete and the customer's questions are answered",
  suggestion: "the customer's suggestion is recorded and a follow-up agreed",
  refuse: "the customer declined",
  cancel: "the customer decided to cancel and knows how",
  escalate: "the customer asked for a call back from someone who can decide",
  novalue: "the customer saw no value in going on",
  hostile: "the customer ended the conversation",
};

export class RuleCaller implements Seat {
  readonly role = "caller" as const;
  readonly info: SeatInfo = { kind: "rule", model: null };
  private guard: FigureGuard | null = null;
  private heard = 0;
  private identityFollowedUp = false;
  /** Answers given since the last script step: the script goes on after at most one follow-up question. */
  private answersSinceStep = 0;
  /** "I don't know" answers given so far. */
  private unknowns = 0;

  async next(context: SeatContext<"caller">): Promise<SeatTurn> {
    return this.decide(context);
  }

  decide({ scenario, state, random }: SeatContext<"caller">): SeatTurn {
    const plan = callerPlan(scenario);
    const guard = (this.guard ??= new FigureGuard(plan.figureBase));
    for (; this.heard < state.turns.length; this.heard++) {
      const turn = state.turns[this.heard];
      if (turn?.speaker === "callee") guard.hear(turn.text);
    }
    const last = state.turns.at(-1);
    if (last === undefined) return this.say(plan, plan.opening, { step: plan.openingStep });
    if (last.speaker !== "callee") return this.continueScript(plan, state, [], null);

    const reading = readUtterance(scenario, last.text, readContextAt(scenario, state, last.index));
    const record = [...reading.patches];
    const cues = reading.cues;
    const has = (name: EndClass): boolean => plan.conditionClasses.some((set) => set.has(name));

    // Without a wrong-person condition, the nearest is "the call cannot go on" (interrupted, call back, hung up).
    if (reading.identity === false) return this.closeWith(plan, state, record, ["identity", "interrupted", "escalate", "hostile", "busy"], last.text);
    const follow = this.identityStep(plan, reading);
    if (follow !== null) return this.say(plan, follow, { step: plan.openingStep, record });
    if (state.wrapUpRequested || cues.has("bye")) return this.closeWith(plan, state, record, this.wrapUpWanted(reading, state), last.text);
    const leaving = cues.has("written") || cues.has("bye") || cues.has("refuse") || cues.has("escalate") || !(cues.has("hurry") || cues.has("question"));
    if (cues.has("busy") && leaving) return this.closeWith(plan, state, record, ["busy", "written", "done"], last.text);
    if (cues.has("escalate") && !reading.question && has("escalate")) return this.closeWith(plan, state, record, ["escalate", "busy", "written"], last.text);
    if (cues.has("refuse") && !reading.question && has("refuse")) return this.closeWith(plan, state, record, ["refuse", "novalue", "cancel"], last.text);
    if (reading.question) {
      const kb = reading.question.kb;
      const entry = kb === null ? undefined : scenario.caller.knowledgeBase[kb.index];
      // An entry already given in this call: a short pointer back, not the same speech twice.
      const again = kb !== null && entry !== undefined && state.kbAnswered.includes(kb.index);
      const calm = entry === undefined ? reassurance(scenario, last.text, scenario.language) : null;
      if (calm !== null) return this.answerThenGoOn(plan, state, calm, [], record, cues.has("busy") || cues.has("hold"), random);
      const own = entry === undefined ? scriptAnswer(last.text, state.stepsDelivered.map((n) => plan.stepLines[n - 1] ?? "")) : null;
      // The first "I don't know" is the plainest; later ones vary, as a person would.
      this.unknowns += own === null && entry === undefined ? 1 : 0;
      const fallback = own === null ? unknownAnswer(scenario.language, this.unknowns === 1 ? 0 : random.int(3)) : pointBack(scenario.language, own);
      let answer = entry === undefined ? fallback : again ? recap(scenario.language, entry.answer) : entry.answer;
      const used = kb !== null && entry !== undefined ? [kb.index] : [];
      // A two-part question gets both parts answered.
      const also = reading.question.also;
      const second = also == null ? undefined : scenario.caller.knowledgeBase[also.index];
      if (also != null && second !== undefined && !again && !state.kbAnswered.includes(also.index)) {
        answer = `${answer}${scenario.language === "zh" ? "" : " "}${second.answer}`;
        used.push(also.index);
      }
      return this.answerThenGoOn(plan, state, answer, used, record, cues.has("busy") || cues.has("hold"), random);
    }
    if (cues.has("hold") && !cues.has("hurry") && !cues.has("question")) return this.say(plan, acknowledge(scenario.language, "hold"), { record });
    const ack = cues.has("complaint") ? "complaint" : cues.has("suggestion") ? "suggestion" : reading.followUp && state.outcome.followUp === null ? "written" : null;
    return this.continueScript(plan, state, record, ack);
  }

  /** Once, right after the identity question: ask it again when unanswered, or say the script's check. */
  private identityStep(plan: CallerPlan, reading: Reading): string | null {
    if (this.identityFollowedUp || !reading.asked || reading.cues.has("busy") || reading.cues.has("bye")) return null;
    this.identityFollowedUp = true;
    if (reading.identity === null && plan.identityQuestion !== null) return plan.identityFollowUp ?? plan.identityQuestion;
    return plan.identityFollowUp;
  }

  private continueScript(plan: CallerPlan, state: CallState, record: RecordPatch[], ack: "complaint" | "suggestion" | "written" | null): SeatTurn {
    const step = state.nextStep;
    if (step === null) return this.closeWith(plan, state, record, this.doneWanted(state, record), "");
    const line = plan.stepLines[step - 1] ?? "";
    const joiner = plan.scenario.language === "zh" ? "" : " ";
    const text = ack === null ? line : `${acknowledge(plan.scenario.language, ack)}${joiner}${line}`;
    return this.say(plan, text, { step, record });
  }

  /**
   * A question's answer, then the next script step in the same turn when the whole stays speakable, or whatever
   * its length once the customer has already had one follow-up answered: answering must not stall the script.
   */
  private answerThenGoOn(plan: CallerPlan, state: CallState, answer: string, kb: number[], record: RecordPatch[], holdBack: boolean, random: Random): SeatTurn {
    const step = state.nextStep;
    const line = step === null ? "" : (plan.stepLines[step - 1] ?? "");
    const language = plan.scenario.language;
    if (step !== null && line !== "" && !holdBack) {
      const joined = `${answer}${language === "zh" ? "" : " "}${random.pick(BRIDGES[language])}${language === "zh" ? "" : " "}${line}`;
      const size = spokenSize(joined, language);
      const budget = TURN_BUDGET[language];
      if (size <= budget.short || (this.answersSinceStep >= 1 && size <= budget.long)) return this.say(plan, joined, { step, kb, record });
    }
    const said = this.say(plan, answer, { kb, record });
    this.answersSinceStep++;
    return said;
  }

  private doneWanted(state: CallState, record: readonly RecordPatch[]): EndClass[] {
    const suggested = state.outcome.suggestions.length > 0 || record.some((p) => p.kind === "suggestion");
    return suggested ? ["suggestion", "done", "written"] : ["done", "written"];
  }

  private wrapUpWanted(reading: Reading, state: CallState): EndClass[] {
    const cues = reading.cues;
    const cancelled = cues.has("cancel") || state.turns.some((t) => t.speaker === "callee" && /撤销|撤掉|撤了|取消|cancel/i.test(t.text));
    // Busy without a busy condition: a call back comes closer than "all done".
    if (cues.has("busy")) return ["busy", "written", "escalate", "done"];
    if (cues.has("escalate")) return ["escalate", "busy", "written"];
    if (cues.has("refuse")) return ["refuse", "novalue", "done"];
    if (cancelled) return ["cancel", "done"];
    if (endClassesOf(state.turns.at(-1)?.text ?? "").has("defer")) return ["defer", "written", "done"];
    if (reading.followUp !== null || cues.has("written")) return state.nextStep === null ? ["done", "written"] : ["written", "busy", "done"];
    return this.doneWanted(state, reading.patches);
  }

  private closeWith(plan: CallerPlan, state: CallState, record: RecordPatch[], wanted: EndClass[], hint: string): SeatTurn {
    const condition = conditionFor(plan, wanted, hint);
    const primary = wanted[0] ?? "done";
    const written = closingFor(plan, condition, primary);
    // A closing that would lose a sentence to the figure guard is replaced whole: a cut closing reads badly.
    const text = (this.guard?.ungrounded(written).length ?? 0) > 0 ? genericClosing(plan.scenario.language, primary, plan.names) : written;
    // Promising something in writing is itself a follow-up, even when no contact was given.
    const conditionText = condition === null ? "" : (plan.scenario.caller.endConditions[condition - 1] ?? "");
    const promised = channelOf(text) ?? (plan.conditionClasses[(condition ?? 0) - 1]?.has("written") ? channelOf(conditionText) : null);
    if (primary !== "identity" && promised !== null && state.outcome.followUp === null && !record.some((p) => p.kind === "followUp")) {
      record.push({ kind: "followUp", channel: promised, contact: null });
    }
    const contact = [...record].reverse().find((p) => p.kind === "followUp" && p.contact !== null);
    const given = contact?.kind === "followUp" ? contact.contact : null;
    const joiner = plan.scenario.language === "zh" ? "" : " ";
    const spoken = given !== null && primary !== "identity" ? `${confirmContact(plan.scenario.language, given)}${joiner}${text}` : text;
    return this.say(plan, spoken, { record, end: { condition, reason: REASONS[primary] ?? "end condition met", hangUp: true } });
  }

  private say(plan: CallerPlan, text: string, extra: Omit<SeatTurn, "text">): SeatTurn {
    if (extra.step != null) this.answersSinceStep = 0;
    const guard = this.guard ?? new FigureGuard(plan.figureBase);
    const cleaned = guard.clean(text);
    if (cleaned.removed.length === 0) return { ...extra, text };
    const record = [...(extra.record ?? [])];
    record.push({ kind: "guard", event: { kind: "figure-replaced", detail: `dropped ungrounded ${cleaned.removed.map((f) => f.text).join(", ")}` } });
    const safe = cleaned.text !== "" ? cleaned.text : acknowledge(plan.scenario.language, "plain");
    return { ...extra, text: safe, record };
  }
}

export function createRuleCaller(): Seat<"caller"> {
  return new RuleCaller();
}
