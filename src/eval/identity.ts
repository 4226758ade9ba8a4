// `identity`: the caller confirmed it was speaking to the right person before disclosing the customer's history.
// History = figures from the customer profile that the script's own opening/first step does not already say.
import type { Check } from "../schema/index.js";
import { extractFigures, FigureIndex } from "../text/figures.js";
import { AFFIRM, DENY, QUESTION, REQUEST, SELF_INTRO } from "./cues.js";
import { mentionsName } from "./names.js";
import { sentences } from "./segments.js";
import { tokenize } from "../text/tokenize.js";
import { perScenario, turnList, type EvalContext } from "./context.js";

export interface IdentityState {
  /** Caller turns asking whether this is the customer. */
  asked: number[];
  /** Callee turn that confirmed (answering a question, or introducing itself by name). */
  confirmedAt: number | null;
  /** Callee turn that said it is not the person. */
  deniedAt: number | null;
  /** Caller turns that disclosed the customer's history, with the figures. */
  disclosures: { turn: number; figures: string[] }[];
}

const SELF_NAMED = /(我是|我就是|this is|speaking|i'm|i am)/iu;
/** "是谁啊？" starts like a yes but asks who is calling ("对，我是。哪位？" does confirm). */
const WHO = /^\s*(?:(?:喂|哎|诶|嗯)[，,\s]*)*(?:是)?(?:谁|哪位|哪里|\bwho\b)/iu;

export function identityState(ctx: EvalContext): IdentityState {
  return ctx.once("identity", () => {
    const name = ctx.scenario.callee.name;
    const state: IdentityState = { asked: [], confirmedAt: null, deniedAt: null, disclosures: [] };
    let pendingQuestion = false;
    let askedWho = false;
    for (const turn of ctx.turns) {
      if (turn.speaker === "caller") {
        const asks = sentences(turn.text).some(
          (s) => (QUESTION.test(s) || REQUEST.test(s)) && (mentionsName(s, name) || /本人|身份|is this|am i speaking|speaking (with|to)|verify|confirm (?:your|it's you)/iu.test(s)),
        );
        if (asks) state.asked.push(turn.index);
        // A question stays open across "who's calling?" until the customer affirms or denies; once the caller moves
        // on to something else, a later "yes" answers that, not the identity question.
        const introducesOnly = SELF_INTRO.test(turn.text) || mentionsName(turn.text, ctx.scenario.caller.name);
        pendingQuestion = asks || (pendingQuestion && askedWho && introducesOnly);
        continue;
      }
      if (state.confirmedAt !== null || state.deniedAt !== null) continue;
      const selfNamed = mentionsName(turn.text, name) && SELF_NAMED.test(turn.text) && !DENY.test(turn.text);
      const asksBack = WHO.test(turn.text);
      // "Who's calling?" or a bare "Hello?" leaves the identity question unanswered, still open.
      askedWho = asksBack || tokenize(turn.text).length <= 2;
      // Answering a verification question with the asked-for digits ("1234") confirms as well as a yes does.
      const verifies = pendingQuestion && !asksBack && (AFFIRM.test(turn.text) || /^\D{0,8}\d{3,}/u.test(turn.text));
      if (selfNamed || verifies) state.confirmedAt = turn.index;
      else if (pendingQuestion && DENY.test(turn.text)) state.deniedAt = turn.index;
    }
    state.disclosures = historyDisclosures(ctx);
    return state;
  });
}

/** Caller turns stating profile figures (dates, amounts, durations) beyond what the opening/first step already says. */
function historyDisclosures(ctx: EvalContext): { turn: number; figures: string[] }[] {
  const caller = ctx.scenario.caller;
  const profile = perScenario(ctx.scenario, "profileFigures", () => new FigureIndex(caller.customerProfile));
  const scriptedEarly = perScenario(
    ctx.scenario,
    "earlyFigures",
    () => new FigureIndex([...(caller.opening === null ? [] : [caller.opening]), ...(caller.steps[0]?.lines ?? [])]),
  );
  const out: { turn: number; figures: string[] }[] = [];
  for (const turn of ctx.callerTurns) {
    const figures = extractFigures(turn.text).filter(
      (f) => profile.has(f) && !scriptedEarly.has(f) && !(f.unit === "" && f.value !== null && f.value < 10),
    );
    if (figures.length > 0) out.push({ turn: turn.index, figures: figures.map((f) => f.text) });
  }
  return out;
}

export function identityCheck(ctx: EvalContext): Check {
  const state = identityState(ctx);
  const first = state.disclosures[0];
  const details = { confirmedAt: state.confirmedAt, deniedAt: state.deniedAt, asked: state.asked, disclosures: state.disclosures };
  if (first === undefined) {
    const message =
      state.confirmedAt !== null
        ? `identity confirmed at turn ${state.confirmedAt}; no history disclosed before it`
        : state.deniedAt !== null
          ? `the person denied being the customer at turn ${state.deniedAt}; no history disclosed`
          : "identity never confirmed, and no customer history was disclosed";
    return { id: "identity", passed: true, severity: "major", message, turns: turnList([...state.asked, ...(state.confirmedAt === null ? [] : [state.confirmedAt])]), details };
  }
  const early = state.disclosures.filter((d) => state.confirmedAt === null || d.turn < state.confirmedAt);
  const leaked = early[0];
  if (leaked === undefined) {
    return {
      id: "identity",
      passed: true,
      severity: "major",
      message: `identity confirmed at turn ${state.confirmedAt} before history was discussed (turn ${first.turn})`,
      turns: turnList([state.confirmedAt ?? first.turn, first.turn]),
      details,
    };
  }
  const why = state.deniedAt !== null ? `the person said they were not the customer (turn ${state.deniedAt})` : state.confirmedAt === null ? "identity was never confirmed" : `identity was only confirmed at turn ${state.confirmedAt}`;
  return {
    id: "identity",
    passed: false,
    severity: "major",
    message: `customer history (${leaked.figures.join(", ")}) disclosed at turn ${leaked.turn} but ${why}`,
    turns: turnList(early.map((d) => d.turn)),
    details,
  };
}
