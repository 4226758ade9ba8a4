// Who answered: did the caller ask, did the person confirm, deny or say they are someone else (a relative, a
// colleague); and the `identity` and `disclosure` checks built on it. Customer-specific facts are the figures of the
// profile (and of script lines written from it) and profile lines said nearly as written.
import type { Check } from "../schema/index.js";
import { figuresIn, FigureIndex } from "../text/figures.js";
import { mentionsName, nameParts } from "./names.js";
import { tokenize } from "../text/tokenize.js";
import { spokenValues } from "./spoken-values.js";
import { bestLine, sentences } from "./segments.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import { faultCheck, notApplicable, type Fault } from "./faults.js";
import { endingOf } from "./ending.js";
import { matchSteps } from "./steps.js";

export interface IdentityState {
  /** Does the script ask the caller to confirm who answered (its opening or first step asks for the customer)? */
  scriptAsks: boolean;
  /** Does the script have the caller verify data (date of birth, postcode) before going on? */
  scriptVerifies: boolean;
  /** Caller turns asking for verification data. */
  verified: number[];
  /** Caller turns asking whether this is the customer. */
  asked: number[];
  /** Callee turn that confirmed being the customer. */
  confirmedAt: number | null;
  /** Callee turn that said it is not the customer (wrong number, or a relative/colleague/assistant). */
  otherAt: number | null;
}

/** Profile lines said this closely are the customer's history, figure or not. */
const PROFILE_LINE_MATCH = 0.55;

/** "Is this X?", "请问是X吗", or any question naming X. */
export function asksIdentity(ctx: EvalContext, text: string): boolean {
  const name = ctx.scenario.callee.name;
  return sentences(text).some((s) => (ctx.lang.identityLine.test(s) || (mentionsName(s, name) && (ctx.lang.question.test(s) || ctx.lang.identityAsk.test(s)))));
}

function asksVerification(ctx: EvalContext, text: string): boolean {
  return sentences(text).some((s) => ctx.lang.verification.test(s) && ctx.lang.request.test(s));
}

/** A customer turn giving someone else's name ("It's Moira, his wife"): not the person asked for. */
function givesOtherName(ctx: EvalContext, index: number): boolean {
  const own = ctx.lang.selfName.exec(ctx.low(index))?.[1];
  return own !== undefined && !mentionsName(own, ctx.scenario.callee.name) && !ctx.scenario.callee.name.toLowerCase().includes(own);
}

/** The customer's own name said as theirs ("<name> here", "我<名字>"): the pattern of the language, per scenario. */
function ownNamePattern(ctx: EvalContext): RegExp | null {
  return perScenario(ctx.scenario, "ownName", () => {
    const parts = nameParts(ctx.scenario.callee.name).map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
    return parts.length === 0 ? null : new RegExp(ctx.lang.ownName.source.replaceAll("@NAME", `(?:${parts.join("|")})`), "u");
  });
}

/** A reply to "is this X?" that goes on talking, neither denying nor asking back only: X answered. */
function engages(ctx: EvalContext, index: number): boolean {
  return ctx.sentencesOf(index).some((s) => !ctx.lang.question.test(s) && tokenize(s).length >= ENGAGED_TOKENS);
}
const ENGAGED_TOKENS = 2;

/**
 * Values given in answer to a verification request count only when the caller's record can bear them out: when the
 * record (profile and facts) states numbers, at least one given number must be among them ("Sure, 1234" to "date of
 * birth and address" is no verification when the record holds "27 …" and no 1234). A record with no numbers can
 * check nothing, so any value counts there.
 */
function matchesRecord(ctx: EvalContext, given: ReadonlySet<number>): boolean {
  if (given.size === 0) return false;
  const record = perScenario(ctx.scenario, "recordValues", () => {
    const values = new Set<number>();
    for (const text of [...ctx.scenario.caller.customerProfile, ...ctx.scenario.facts.map((f) => f.text)]) for (const v of spokenValues(text)) values.add(v);
    return values;
  });
  return record.size === 0 || [...given].some((v) => record.has(v));
}

/**
 * "对，我是他妈妈" to "您是<孩子>的妈妈<名字>吧？", "Yes, I'm his mother" to "Are you Sam's mother, Ms Lee?": every relation
 * the answerer claims is one the caller's question gives the customer, so it describes the customer, not someone else.
 */
function claimsOwnRelation(ctx: EvalContext, index: number, ask: string): boolean {
  const claimed = [...ctx.low(index).matchAll(ctx.lang.relation)].map((m) => m[0]);
  return ask !== "" && claimed.length > 0 && claimed.every((word) => ask.includes(word));
}

/**
 * Words of the record lines naming who besides the customer may be told (a guardian, an authorised contact, a joint
 * holder) that no sample line of the script and no other record line uses: the names of those people.
 */
function authorisedWords(ctx: EvalContext): ReadonlySet<string> {
  return perScenario(ctx.scenario, "authorisedWords", () => {
    const caller = ctx.scenario.caller;
    const lines = caller.customerProfile.filter((line) => ctx.lang.authorised.test(line.toLowerCase()));
    const said = [caller.opening ?? "", ...caller.steps.flatMap((step) => step.lines), ...caller.knowledgeBase.map((e) => e.answer), ...caller.closingLines];
    const others = caller.customerProfile.filter((line) => !lines.includes(line));
    const script = new Set([...said, ...others].flatMap((line) => tokenize(line)));
    const cue = new Set(lines.flatMap((line) => [...line.toLowerCase().matchAll(new RegExp(ctx.lang.authorised.source, "gu"))].flatMap((m) => tokenize(m[0]))));
    return new Set(lines.flatMap((line) => tokenize(line)).filter((word) => !script.has(word) && !cue.has(word)));
  });
}

/** The caller asks whether it speaks with a person the record allows to be told ("您是孩子爸爸<名字>吧？"). */
function asksAuthorised(ctx: EvalContext, index: number): boolean {
  const words = authorisedWords(ctx);
  return words.size > 0 && ctx.sentencesOf(index).some((s) => ctx.lang.question.test(s) && tokenize(s).some((word) => words.has(word)));
}

export function identityState(ctx: EvalContext): IdentityState {
  return ctx.once("identity", () => {
    const caller = ctx.scenario.caller;
    const early = [caller.opening ?? "", ...(caller.steps[0]?.lines ?? []), caller.steps[0]?.title ?? "", ...(caller.steps[1]?.lines ?? []), caller.steps[1]?.title ?? ""];
    const scriptAsks = perScenario(ctx.scenario, "scriptAsksIdentity", () => early.some((line) => asksIdentity(ctx, line.toLowerCase())));
    const scriptVerifies = perScenario(ctx.scenario, "scriptVerifies", () => early.some((line) => asksVerification(ctx, line.toLowerCase())));
    const ownName = ownNamePattern(ctx);
    const state: IdentityState = { scriptAsks, scriptVerifies, verified: [], asked: [], confirmedAt: null, otherAt: null };
    // An identity question stays open only until the caller says something else.
    let open = false;
    let verifying = false;
    let handedOver = false;
    let ask = "";
    for (const turn of ctx.turns) {
      const i = turn.index;
      if (turn.speaker === "caller") {
        const asks = perScenarioText(ctx.scenario, "identityAsks", turn.text, () => ({ verification: asksVerification(ctx, ctx.low(i)), identity: asksIdentity(ctx, ctx.low(i)) }));
        verifying = asks.verification;
        if (verifying) state.verified.push(i);
        open = asks.identity || verifying || asksAuthorised(ctx, i);
        ask = open ? ctx.low(i) : "";
        if (open) state.asked.push(i);
        continue;
      }
      const low = ctx.low(i);
      const affirms = ctx.says(i, ctx.lang.affirm);
      // "Yes, hi. Oh no, is it …?": the yes answers; the "no" is about something else.
      const relative = ctx.lang.thirdParty.test(low) && !(open && claimsOwnRelation(ctx, i, ask));
      const other = relative || givesOtherName(ctx, i) || (open && !affirms && ctx.says(i, ctx.lang.notThePerson));
      const gaveData = verifying && ctx.sentencesOf(i).some((s) => !ctx.lang.question.test(s) && matchesRecord(ctx, spokenValues(s)));
      // The customer handed the phone over: the relative who speaks next speaks for them.
      if (!gaveData && ctx.lang.handover.test(low)) {
        handedOver = true;
        continue;
      }
      if (handedOver && state.otherAt === null && state.confirmedAt === null && ctx.lang.thirdParty.test(low)) {
        state.confirmedAt = i;
        continue;
      }
      // Once the customer is confirmed, a later slip ("can I tell her…?") is the simulator's, not a new answerer;
      // a "no, I'm her assistant" in answer to the caller's "is this …?" still is.
      if (state.otherAt === null && (state.confirmedAt === null || open) && other) {
        state.otherAt = i;
        open = false;
        continue;
      }
      // The customer says their own name ("<name> here", after a relative fetched them): that is who speaks now.
      const namesSelf = ownName !== null && ownName.test(low) && !other;
      // A yes, or the verification data asked for, confirms; with verification in the script only the data does.
      // After someone else answered, the customer may still come to the phone and confirm when asked again.
      // After someone else answered, going on talking is still that person: only a yes or the customer's name is the
      // customer come to the phone.
      const laterCustomer = state.otherAt !== null && state.confirmedAt === null && !other;
      const answers = affirms || gaveData || (!scriptVerifies && state.otherAt === null && engages(ctx, i));
      if (namesSelf && state.confirmedAt === null && (!scriptVerifies || state.otherAt !== null)) {
        state.confirmedAt = i;
        open = false;
        continue;
      }
      if ((state.otherAt === null || laterCustomer) && open && !other && answers && (state.confirmedAt === null || verifying)) {
        // With verification in the script, a bare yes does not pass it: only the data asked for does.
        if (scriptVerifies ? gaveData : state.confirmedAt === null) state.confirmedAt = i;
        open = false;
      }
    }
    return state;
  });
}

/** Caller turns stating a customer-specific fact, with what they stated. */
export interface CustomerFact {
  turn: number;
  what: string;
  /** Every figure is in the script's opening or first step. */
  scripted: boolean;
  /** Every figure is also in a knowledge-base answer: the customer may ask for it once they are confirmed. */
  answer: boolean;
}

export function customerFacts(ctx: EvalContext): CustomerFact[] {
  return ctx.once("customerFacts", () => {
    const out: CustomerFact[] = [];
    for (const turn of ctx.callerTurns) {
      const fact = perScenarioText(ctx.scenario, "customerFact", turn.text, () => factIn(ctx, turn.index));
      if (fact !== null) out.push({ turn: turn.index, ...fact });
    }
    return out;
  });
}

/** The customer-specific fact a caller turn states, from its text alone (null: none). */
function factIn(ctx: EvalContext, index: number): Omit<CustomerFact, "turn"> | null {
  const caller = ctx.scenario.caller;
  const profile = perScenario(ctx.scenario, "profileFigures", () => new FigureIndex(caller.customerProfile));
  const early = perScenario(ctx.scenario, "earlyFigures", () => new FigureIndex([caller.opening ?? "", ...(caller.steps[0]?.lines ?? [])]));
  // Figures the closing lines and the knowledge base give everyone (a callback number, opening hours) are not the customer's.
  const shared = perScenario(ctx.scenario, "sharedFigures", () => new FigureIndex(caller.closingLines));
  const answers = perScenario(ctx.scenario, "kbFigures", () => new FigureIndex(caller.knowledgeBase.map((e) => e.answer)));
  const figures = figuresIn(ctx.turns[index]?.text ?? "").filter((f) => profile.has(f) && !shared.has(f) && !(f.unit === "" && f.value !== null && f.value < 10));
  if (figures.length > 0) {
    // The script's own opening states these: following it is the script's choice, not the caller's slip.
    return { what: figures.map((f) => f.text).join(", "), scripted: figures.every((f) => early.has(f)), answer: figures.every((f) => answers.has(f)) };
  }
  const statements = ctx.sentencesOf(index).filter((s) => !ctx.lang.question.test(s)).join(" ");
  const line = statements === "" ? { index: -1, score: 0 } : bestLine(statements, caller.customerProfile, { minShared: 3 });
  return line.score >= PROFILE_LINE_MATCH ? { what: `profile line ${line.index + 1}`, scripted: false, answer: false } : null;
}

/** `disclosure`: a customer-specific fact said to someone who is not the customer, or before identity was confirmed. */
export function disclosureCheck(ctx: EvalContext): Check {
  const state = identityState(ctx);
  // The first slip of each kind is the fault a supervisor marks; what follows repeats it.
  let toOther: Fault | null = null;
  let unconfirmed: Fault | null = null;
  for (const fact of customerFacts(ctx)) {
    if (state.otherAt !== null && fact.turn > state.otherAt && (state.confirmedAt === null || state.confirmedAt < state.otherAt)) {
      toOther ??= { turn: fact.turn, message: `told ${fact.what} after the person said they were not the customer (turn ${state.otherAt})` };
    } else if (!fact.scripted && !(fact.answer && answersQuestion(ctx, fact.turn)) && state.scriptAsks && (state.confirmedAt === null || fact.turn < state.confirmedAt) && state.otherAt === null) {
      unconfirmed ??= { turn: fact.turn, message: `told ${fact.what} before the customer's identity was confirmed` };
    }
  }
  const faults = [unconfirmed, toOther].filter((f): f is Fault => f !== null);
  return faultCheck("disclosure", faults, "no customer-specific fact reached anyone but the confirmed customer", { ...state });
}

/** `identity`: the script asks to confirm who answered; the caller went on without asking (and disclosed nothing). */
export function identityCheck(ctx: EvalContext): Check {
  const state = identityState(ctx);
  if (!state.scriptAsks && !state.scriptVerifies) return notApplicable("identity", "the script does not ask to confirm who answered");
  const second = ctx.callerTurns[1];
  // A call that ended early (a callback asked for at once) before the caller went on to any step owed no check.
  const wentOn = second !== undefined && endingOf(ctx).kind === "done" || matchSteps(ctx).some((d) => d.turn !== null && second !== undefined && d.turn > second.index);
  if (state.scriptVerifies && state.verified.length === 0 && state.otherAt === null && second !== undefined && wentOn && customerFacts(ctx).length === 0) {
    // Never asked for the person at all: the fault is in the first words; asked but never verified: where it went on.
    const at = state.asked.length === 0 ? (ctx.callerTurns[0]?.index ?? second.index) : second.index;
    return faultCheck("identity", [{ turn: at, message: "the script has the caller verify who answered; the caller went on without it" }], "", { ...state });
  }
  // The ask belongs in the caller's first words (after a bare "Hello?" at most): asked only once someone else said who
  // they are, the caller had already gone on to whoever picked up.
  const askAt = openingAskTurn(ctx);
  const firstAsk = state.asked[0];
  const named = state.confirmedAt !== null && (firstAsk === undefined || state.confirmedAt < firstAsk);
  if (!named && askAt !== null && (firstAsk === undefined ? state.otherAt !== null : firstAsk > askAt)) {
    return faultCheck("identity", [{ turn: ctx.callerTurns[0]?.index ?? null, message: "the caller went on without first asking who answered" }], "", { ...state });
  }
  if (state.asked.length > 0 || state.confirmedAt !== null || state.otherAt !== null) {
    return faultCheck("identity", [], state.confirmedAt !== null ? `identity confirmed at turn ${state.confirmedAt}` : `the caller asked who answered (turn ${state.asked[0] ?? state.otherAt})`, { ...state });
  }
  const first = ctx.callerTurns[0];
  return faultCheck("identity", [{ turn: first?.index ?? null, message: "the caller never confirmed it was speaking to the customer" }], "", { ...state });
}

/** A first caller turn this short is a greeting ("Hello?", "喂，您好"): the identity ask may come in the next one. */
const GREETING_TOKENS = 3;

/** The last caller turn in which asking who answered is still asking first. */
function openingAskTurn(ctx: EvalContext): number | null {
  const [first, second] = ctx.callerTurns;
  if (first === undefined) return null;
  return tokenize(first.text).length <= GREETING_TOKENS ? (second?.index ?? first.index) : first.index;
}

/** The caller's turn follows a question of the customer's: an answer the knowledge base gives is an answer, not a slip. */
function answersQuestion(ctx: EvalContext, turn: number): boolean {
  const before = ctx.turns[turn - 1];
  return before?.speaker === "callee" && ctx.says(before.index, ctx.lang.question);
}
