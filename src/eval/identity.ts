// Who answered: did the caller ask, did the person confirm, deny or say they are someone else (a relative, a
// colleague); and the `identity` check built on it (`disclosure` is in disclosure.ts).
import type { Check } from "../schema/index.js";
import { mentionsName, nameParts } from "./names.js";
import { tokenize } from "../text/tokenize.js";
import { clauses, sentences } from "./segments.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import { faultCheck, notApplicable } from "./faults.js";
import { endingOf } from "./ending.js";
import { matchSteps, openingCheckPassed } from "./steps.js";
import { customerFacts } from "./disclosure.js";
import { asksVerification, passesVerification } from "./verification.js";
import { wentOnAfterFailedCheck } from "./verification-failed.js";
import { permissionWindows, relationWords } from "./listener-limits.js";
import { documentAsksIdentity, identityStepIndex, identityStepVerifies, saysIdentityStep } from "./identity-rule.js";

export interface IdentityState {
  /** Does the script ask the caller to confirm who answered (its opening or first step asks for the customer)? */
  scriptAsks: boolean;
  /** Does the script have the caller verify data (date of birth, postcode) before going on? */
  scriptVerifies: boolean;
  /** The ask comes from the document's rule or its check step only: the script's first words do not ask for the person. */
  askedByRule: boolean;
  /** Caller turns asking for verification data. */
  verified: number[];
  /** Caller turns asking whether this is the customer. */
  asked: number[];
  /** Callee turn that confirmed being the customer. */
  confirmedAt: number | null;
  /** Callee turn that said it is not the customer (wrong number, or a relative/colleague/assistant). */
  otherAt: number | null;
  /** Callee turn where someone else answered whom the document allows to be told (an authorised relative). */
  authorisedAt: number | null;
}

/** "Is this X?", "请问是X吗", or any question naming X. */
export function asksIdentity(ctx: EvalContext, text: string): boolean {
  const name = ctx.scenario.callee.name;
  return sentences(text).some((s) => (ctx.lang.identityLine.test(s) || (mentionsName(s, name) && (ctx.lang.question.test(s) || ctx.lang.identityAsk.test(s)))));
}

/**
 * A customer turn giving someone else's name ("It's Moira, his wife"): not the person asked for. Where the document
 * names no customer, the name is compared with the caller's words so far (the name it asked for): a name the caller
 * said is the person asked for, not someone else.
 */
function givesOtherName(ctx: EvalContext, index: number): boolean {
  const own = ctx.lang.selfName.exec(ctx.low(index))?.[1];
  if (own === undefined) return false;
  const name = ctx.scenario.callee.name;
  if (name === "") return !ctx.callerTurns.some((t) => t.index < index && ctx.low(t.index).includes(own));
  return !mentionsName(own, name) && !name.toLowerCase().includes(own);
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
 * "对，我是他妈妈" to "您是<孩子>的妈妈<名字>吧？", "Yes, I'm his mother" to "Are you <child>'s mother, <name>?": every relation
 * the answerer claims is one the caller's question gives the customer, so it describes the customer, not someone else.
 */
function claimsOwnRelation(ctx: EvalContext, index: number, ask: string): boolean {
  const claimed = [...ctx.low(index).matchAll(ctx.lang.relation)].map((m) => m[0]);
  return ask !== "" && claimed.length > 0 && claimed.every((word) => asksWord(ask, word));
}

/** The ask holds the word as a word: a Latin word whole ("son" is not in "Sons Ltd"), a CJK word anywhere. */
function asksWord(ask: string, word: string): boolean {
  if (!/^[a-z]/u.test(word)) return ask.includes(word);
  let at = ask.indexOf(word);
  while (at >= 0) {
    if (!/[a-z]/u.test(ask.charAt(at - 1)) && !/[a-z]/u.test(ask.charAt(at + word.length))) return true;
    at = ask.indexOf(word, at + 1);
  }
  return false;
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

/**
 * The names in the document's lines that say who besides the customer may be told (a record line, or a rule in another
 * section): words written with a capital inside a sentence ("… partner Jo Bloggs may also book"), other than the
 * customer's and the caller's own names. A script without letter case gives no such sign, and then none is taken.
 */
function authorisedNames(ctx: EvalContext): ReadonlySet<string> {
  return perScenario(ctx.scenario, "authorisedNames", () => {
    const caller = ctx.scenario.caller;
    const texts = [...caller.customerProfile, ...caller.extraSections.flatMap((section) => section.body.split("\n"))];
    const lines = texts.filter((line) => ctx.lang.authorised.test(line.toLowerCase()));
    const own = new Set(tokenize([ctx.scenario.callee.name, caller.name, caller.organization ?? ""].join(" ")));
    // A rule wrapped over lines names its person on its first line ("Her son, <name> (on the order): may book …").
    const firsts = permissionWindows(ctx).map((w) => w.first);
    const words = [...lines, ...firsts].flatMap((line) => (line.match(CAPITALISED) ?? []).flatMap((w) => tokenize(w)));
    return new Set(words.filter((w) => !own.has(w)));
  });
}
/** A capitalised word that does not open its line or sentence. */
const CAPITALISED = /(?<=[^.!?\s]\s)\p{Lu}[\p{Ll}'-]+/gu;

/** Someone else answered and gave a name the record allows to be told ("No, it's <name>, I'm on the order too"). */
function namesAuthorised(ctx: EvalContext, index: number): boolean {
  const names = authorisedNames(ctx);
  if (names.size > 0 && tokenize(ctx.turns[index]?.text ?? "").some((word) => names.has(word))) return true;
  // "我是他舅舅，他出差去了" where the record's line says the uncle may be told: a relation the turn names is one
  // the line allows (the customer's own relation, named too, is who is away).
  const named = relationWords(ctx, ctx.low(index));
  return authorisedLines(ctx).some((line) => named.some((word) => line.includes(word)));
}

/** The document's lines saying who besides the customer may be told, lower-cased (record lines and rules). */
function authorisedLines(ctx: EvalContext): readonly string[] {
  return perScenario(ctx.scenario, "authorisedLines", () => {
    const caller = ctx.scenario.caller;
    const texts = [...caller.customerProfile, ...caller.extraSections.flatMap((section) => section.body.split("\n"))].map((line) => line.toLowerCase());
    const lines = texts.filter((line) => ctx.lang.authorised.test(line) && !ctx.lang.wrongPersonCondition.test(line));
    // A rule wrapped over lines: its person on the first line, what they may hear on the next.
    return [...lines, ...permissionWindows(ctx).map((w) => w.first.toLowerCase())];
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
    // The script's first words ask, or the document asks anywhere (a rule in any section, a step that does the check).
    const asksWho = (text: string): boolean => asksIdentity(ctx, text);
    const inScript = perScenario(ctx.scenario, "scriptAsksIdentity", () => early.some((line) => asksWho(line.toLowerCase())));
    const byRule = perScenario(ctx.scenario, "ruleAsksIdentity", () => documentAsksIdentity(ctx) || identityStepIndex(ctx) !== null);
    const scriptAsks = inScript || byRule;
    const scriptVerifies = perScenario(ctx.scenario, "scriptVerifies", () => early.some((line) => asksVerification(ctx, line.toLowerCase())) || identityStepVerifies(ctx));
    const ownName = ownNamePattern(ctx);
    const state: IdentityState = { scriptAsks, scriptVerifies, askedByRule: !inScript && byRule, verified: [], asked: [], confirmedAt: null, otherAt: null, authorisedAt: null };
    // An identity question stays open only until the caller says something else.
    let open = false;
    let verifying = false;
    let handedOver = false;
    let verifiedByData = false;
    let ask = "";
    // The open ask names the person (not only a datum): a bare "no" to "your date of birth?" refuses the datum, it does
    // not say someone else answered.
    let namesPerson = false;
    for (const turn of ctx.turns) {
      const i = turn.index;
      if (turn.speaker === "caller") {
        const asks = perScenarioText(ctx.scenario, "identityAsks", turn.text, () => ({ verification: asksVerification(ctx, ctx.low(i)), identity: asksIdentity(ctx, ctx.low(i)) || saysIdentityStep(ctx, turn.text) }));
        verifying = asks.verification;
        if (verifying) state.verified.push(i);
        namesPerson = asks.identity || asksAuthorised(ctx, i);
        open = namesPerson || verifying;
        ask = open ? ctx.low(i) : "";
        if (open) state.asked.push(i);
        continue;
      }
      const low = ctx.low(i);
      // "哪位？…哦，那家店啊，对，我是。" / "Who? Oh, the gym, right, yes, that's me": the yes may open a later clause.
      const affirms = ctx.says(i, ctx.lang.affirm) || (open && !ctx.says(i, ctx.lang.notThePerson) && clauses(low).some((c) => ctx.lang.affirm.test(c)));
      // "Yes, hi. Oh no, is it …?": the yes answers; the "no" is about something else.
      const relative = ctx.lang.thirdParty.test(low) && !(open && claimsOwnRelation(ctx, i, ask));
      // A bare "no" says someone else answered only before the customer was confirmed: afterwards it answers what the
      // turn asked ("Mrs A, shall I put you down for one?" — "No thank you").
      const denies = open && namesPerson && !affirms && state.confirmedAt === null && ctx.says(i, ctx.lang.notThePerson);
      const someoneElse = relative || givesOtherName(ctx, i) || denies;
      const other = someoneElse && !namesAuthorised(ctx, i);
      if (someoneElse && !other && state.authorisedAt === null && state.otherAt === null) state.authorisedAt = i;
      const gaveData = verifying && passesVerification(ctx, i, ask);
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
      // The person the document allows, once they said who they are, naming themselves again ("对，我是<名字>") is
      // still that person, not someone else.
      if (state.otherAt === null && (state.confirmedAt === null || open) && other && state.authorisedAt === null) {
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
        // With verification in the script, a bare yes does not pass it: only the data asked for does. Once the data
        // passed, a later check asked again ("and your postcode?") confirms nothing new: it does not move the turn.
        if (scriptVerifies ? gaveData && !verifiedByData : state.confirmedAt === null) {
          state.confirmedAt = i;
          verifiedByData = gaveData;
        }
        open = false;
      }
    }
    return state;
  });
}


/** `identity`: the script asks to confirm who answered; the caller went on without asking (and disclosed nothing). */
export function identityCheck(ctx: EvalContext): Check {
  const state = identityState(ctx);
  const failed = wentOnAfterFailedCheck(ctx, state.confirmedAt);
  if (failed !== null) return faultCheck("identity", [{ turn: failed, message: "the answer to the check does not match the record; the caller went on" }], "", { ...state });
  // The script's own check step (after the greeting) gone past unasked: the check was skipped where the caller went on.
  const skipped = openingCheckPassed(ctx);
  if (skipped !== null && state.verified.length === 0 && state.otherAt === null && state.authorisedAt === null) {
    return faultCheck("identity", [{ turn: skipped, message: "the script's check step was never asked; the caller went on" }], "", { ...state });
  }
  if (!state.scriptAsks && !state.scriptVerifies) return notApplicable("identity", "the script does not ask to confirm who answered");
  // Only the document's rule asks (its first words do not): how the ask is worded is not written, so a caller's ask
  // cannot be told from its other words, and "never asked" would be the scorer's blind spot, not the caller's. The
  // rule is held through `disclosure`: nothing of the customer's before the person answered to an ask.
  if (state.askedByRule) return notApplicable("identity", "the document's rule asks to confirm who answered; held through disclosure");
  const second = ctx.callerTurns[1];
  // A call that ended early (a callback asked for at once) before the caller went on to any step owed no check; a
  // second turn that says a later step (not the first one, where the ask is) has gone on, whatever ends the call after.
  // A second turn that is the caller's last closed the call there ("ring us back on the number you trust. Bye."): the
  // ending reading "done" then says nothing about going on.
  const closedAtSecond = second !== undefined && ctx.callerTurns.length === 2;
  // A step heard only in the caller's goodbye (the closing step) is the call ending, not going on past the check.
  const close = ctx.callerTurns.at(-1);
  const closedBy = (turn: number): boolean => turn === close?.index && ctx.says(turn, ctx.lang.farewell);
  // After the ask, only arranging a callback and closing ("when's a good time to ring back?"): the call was put off.
  const putOff = ctx.callerTurns.slice(1).every((t) => ctx.says(t.index, ctx.lang.offersCallback) || ctx.says(t.index, ctx.lang.farewell));
  // An early ending the customer asked for only after the caller's second turn did not stop it going on there.
  const ending = endingOf(ctx);
  const endedLater = ending.kind === "done" || (ending.kind !== "wrong-person" && second !== undefined && ending.from !== null && ending.from > second.index);
  const wentOn = second !== undefined && endedLater && !closedAtSecond && !putOff || matchSteps(ctx).some((d, k) => d.turn !== null && !closedBy(d.turn) && second !== undefined && (d.turn > second.index || (k > 0 && d.turn === second.index)));
  // A person the document allows, who said who they are, is no one left unverified.
  if (state.scriptVerifies && state.verified.length === 0 && state.otherAt === null && state.authorisedAt === null && second !== undefined && wentOn && customerFacts(ctx).length === 0) {
    // Never asked for the person at all: the fault is in the first words; asked but never verified: where it went on.
    const at = state.asked.length === 0 ? (ctx.callerTurns[0]?.index ?? second.index) : second.index;
    return faultCheck("identity", [{ turn: at, message: "the script has the caller verify who answered; the caller went on without it" }], "", { ...state });
  }
  // The ask belongs in the caller's first words (after a bare "Hello?" at most): asked only once someone else said who
  // they are, the caller had already gone on to whoever picked up.
  const askAt = openingAskTurn(ctx);
  const firstAsk = state.asked[0];
  const named = state.confirmedAt !== null && (firstAsk === undefined || state.confirmedAt < firstAsk);
  // A name said unasked ("<name> here", "我是<名字>") does not do the script's ask: supervisors charge the caller
  // who went on with whoever picked up, at its first words.
  if (askAt !== null && firstAsk === undefined && named) {
    return faultCheck("identity", [{ turn: ctx.callerTurns[0]?.index ?? null, message: "the caller never asked who answered; the customer named themself" }], "", { ...state });
  }
  // Where only the document's rule asks (the script's first words do not), where the ask belongs is not written: an ask
  // made at all does the check.
  if (!named && askAt !== null && (firstAsk === undefined ? state.otherAt !== null : firstAsk > askAt && !state.askedByRule)) {
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

/**
 * The last caller turn in which asking who answered is still asking first: the first words (after a bare greeting);
 * where the script places its identity step later (a greeting step, then "核对身份"), any turn before a step after it.
 */
function openingAskTurn(ctx: EvalContext): number | null {
  const [first, second] = ctx.callerTurns;
  if (first === undefined) return null;
  const opening = tokenize(first.text).length <= GREETING_TOKENS ? (second?.index ?? first.index) : first.index;
  // A script whose first words already ask for the person wants the ask there, whatever its later check step does.
  const check = identityStepIndex(ctx);
  const firstAsks = perScenario(ctx.scenario, "firstWordsAsk", () => [ctx.scenario.caller.opening ?? "", ...(ctx.scenario.caller.steps[0]?.lines ?? [])].some((line) => asksIdentity(ctx, line.toLowerCase())));
  if (check === null || check < 2 || firstAsks) return opening;
  const later = matchSteps(ctx).flatMap((d) => (d.turn !== null && d.step > check ? [d.turn] : []));
  const limit = later.length === 0 ? Infinity : Math.min(...later);
  const before = ctx.callerTurns.filter((t) => t.index < limit).at(-1);
  return Math.max(opening, before?.index ?? opening);
}
