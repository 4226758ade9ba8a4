// The offline customer as a persona policy: the table of named { when, act } rules (callee-rules.ts) picks the
// move and these build it. It plays its own side of the document only: a relative stays a relative, an ending
// fires only when its cause came up in the call, nothing bracketed is read aloud, and its wording mixes its own
// phrases (within a verbatim budget) with the pack's templates.
import type { Seat, SeatContext, SeatTurn } from "../seat.js";
import type { SeatInfo } from "../../schema/index.js";
import { fill } from "../../lang/index.js";
import { FigureIndex } from "../../text/figures.js";
import { tokenSet, tokenize } from "../../text/tokenize.js";
import { covers, figuresOf, similar } from "./memo.js";
import { persona, isNegative, type Persona, type PersonaEnding, type PersonaLine } from "./callee-persona.js";
import { offeredOptions, ownPick } from "./clarify.js";
import { CALLEE_SILENCE_RULES, neverSilent } from "./never-silent.js";
import { CALLEE_RATES, CALLEE_RULES, askedIdentity, identityAnswer, pronounFor, asksSomething, plan, say, wrongPersonInScope, type Mind, type Moment } from "./callee-rules.js";

export { CALLEE_RATES, CALLEE_RULES } from "./callee-rules.js";

/** Word overlap an own line needs with an open question to be the answer to it. */
const OPEN_ANSWER_FLOOR = 0.05;

export class RuleCallee implements Seat<"callee"> {
  readonly role = "callee" as const;
  readonly info: SeatInfo = { kind: "rule", model: null };
  private mind: Mind | null = null;
  private readonly heard = new FigureIndex();
  private heardUpTo = 0;

  async next(context: SeatContext<"callee">): Promise<SeatTurn> {
    return this.decide(context);
  }

  decide({ scenario, state, random }: SeatContext<"callee">): SeatTurn {
    const p = persona(scenario);
    const mind = (this.mind ??= plan(p, random, wrongPersonInScope(scenario)));
    for (; this.heardUpTo < state.turns.length; this.heardUpTo++) {
      const turn = state.turns[this.heardUpTo];
      if (turn?.speaker === "caller") this.heard.add(turn.text);
    }
    const caller = state.turns.at(-1)?.text ?? "";
    // The reply to the customer's question: sharing none of its words, it left the question open.
    if (mind.asked !== null) {
      const reply = tokenSet(caller);
      if (!tokenize(mind.asked).some((word) => reply.has(word))) mind.unanswered++;
      mind.asked = null;
    }
    const earlier = state.turns.slice(0, -1).filter((t) => t.speaker === "caller").map((t) => t.text).reverse();
    const moment: Moment = { scenario, p, mind, random, caller, earlier, said: state.turns.filter((t) => t.speaker === "callee").length, callee: this };
    const rule = CALLEE_RULES.find((r) => r.when(moment)) ?? CALLEE_RULES[CALLEE_RULES.length - 1];
    if (rule === undefined) throw new Error("the customer policy has no rules");
    const acted = rule.act(moment);
    const turn = acted.text.trim() !== "" ? acted : neverSilent(CALLEE_SILENCE_RULES, { pack: p.pack, turn: acted, reaction: mind.words.react() });
    if (turn.end === undefined && asksSomething(turn.text) && moment.said > 0) mind.asked = mind.lastQuestion = turn.text;
    return turn;
  }

  /** The offered option nearer the customer's own question, in the pack's words for a pick. */
  pickMeant(m: Moment): SeatTurn {
    const options = offeredOptions(m.caller, m.p.pack);
    if (options === null || m.mind.lastQuestion === null) return this.react(m);
    const option = ownPick(options, m.mind.lastQuestion);
    const { clarify } = m.p.pack;
    return say(m.mind.words.composed(option === null ? m.random.pick(clarify.neitherSaid) : fill(m.random.pick(clarify.pick), { option })));
  }

  pickUp(m: Moment): SeatTurn {
    const { p, mind, random } = m;
    const lines = p.pack.callee;
    mind.them = pronounFor(m);
    if (mind.relative !== null) return say(mind.words.composed(fill(random.pick(lines.relative), { relation: mind.relative, them: mind.them })));
    if (mind.wrongPerson && askedIdentity(m)) return say(mind.words.composed(random.pick(lines.deny)));
    mind.wrongPerson = false;
    const openers = p.lines.filter((l) => l.opener && this.sayable(l.text, p));
    const opener = openers.length > 0 && random.chance(CALLEE_RATES.opener) ? random.pick(openers).text : null;
    // "Who's this?" already answers the phone; a "yes, it's me" before it would contradict it.
    const asksWho = opener !== null && p.pack.document.asksWho.test(opener);
    const yes = asksWho ? null : askedIdentity(m) ? identityAnswer(m) : this.greetedByName(m) ? fill(lines.selfNamed, { name: m.scenario.callee.name.trim().split(/[\s·]/)[0] ?? "" }) : null;
    const text = [yes, opener].filter((s) => s !== null).join(p.pack.speech.joiner);
    if (text === "") return say(mind.words.react());
    return say(opener !== null ? mind.words.own(text) : mind.words.composed(text));
  }

  /** The caller's line names the customer (full name, or a given name of two or more letters). */
  private greetedByName(m: Moment): boolean {
    const name = m.scenario.callee.name.trim();
    if (name === "") return false;
    const first = name.split(/[\s·]/)[0] ?? "";
    const honorific = m.p.pack.document.honorific.exec(m.caller)?.[0];
    return m.caller.includes(name) || (first.length >= 2 && new RegExp(`\\b${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(m.caller)) || (honorific !== undefined && m.caller.includes(name.slice(0, 1) + honorific));
  }

  cutIn(m: Moment): SeatTurn {
    const { p, mind } = m;
    const own = mind.words.ownAllowed()
      ? this.closest(m, p.lines.filter((l) => !l.opener && (l.cues.has("pushback") || (l.cues.has("hurry") && !l.cues.has("question")))), 0.2)
      : null;
    const text = own !== null ? mind.words.own(own) : mind.words.fresh(p.pack.callee.hurry);
    return text === null ? this.react(m) : { text, interrupt: true };
  }

  hold(m: Moment): SeatTurn {
    const line = this.pickOwn(m, m.p.lines.filter((l) => l.cues.has("hold")));
    if (line === null) return this.react(m);
    m.mind.held = true;
    return say(m.mind.words.own(line));
  }

  suggest(m: Moment): SeatTurn {
    const own = this.pickOwn(m, m.p.lines.filter((l) => l.cues.has("suggestion")));
    return say(own !== null ? m.mind.words.own(own) : (m.mind.words.fresh(m.p.pack.callee.suggestion) ?? m.mind.words.react()));
  }

  ask(m: Moment): SeatTurn {
    const question = m.mind.questions.shift();
    if (question === undefined || !this.sayable(question, m.p)) return this.react(m);
    const own = m.p.lines.some((l) => l.text === question);
    if (own) return say(m.mind.words.own(question));
    return say(m.mind.words.composed(question));
  }

  ownOr(m: Moment, lines: readonly PersonaLine[]): SeatTurn {
    const own = this.pickOwn(m, lines);
    return own === null ? this.react(m) : say(m.mind.words.own(own));
  }

  /** An open question answered: the persona's own line nearest it (a complaint first), else a neutral answer. */
  answerOpen(m: Moment): SeatTurn {
    const { p, mind } = m;
    const usable = p.lines.filter((l) => !l.opener && !l.cues.has("question") && !l.cues.has("busy") && !l.cues.has("bye") && !l.cues.has("hold"));
    const complaints = usable.filter((l) => l.cues.has("complaint"));
    const own = mind.words.ownAllowed() ? (this.closest(m, complaints, 0, false) ?? this.closest(m, usable, OPEN_ANSWER_FLOOR, false)) : null;
    return say(own !== null ? mind.words.own(own) : mind.words.composed(m.random.pick(p.pack.callee.openAnswer)));
  }

  react(m: Moment): SeatTurn {
    const { p, mind } = m;
    const own = mind.words.ownAllowed() ? this.closest(m, p.lines.filter((l) => !l.opener && !l.cues.has("busy") && !l.cues.has("bye") && !l.cues.has("hold")), 0.12, false) : null;
    if (own !== null) return say(mind.words.own(own));
    return say(asksSomething(m.caller) ? mind.words.composed(m.random.pick(p.pack.callee.agree)) : mind.words.react());
  }

  /** The unused line of the persona's own voice closest to what the caller just said. */
  private closest(m: Moment, lines: readonly PersonaLine[], floor: number, byCoverage = true): string | null {
    let best: string | null = null;
    let bestScore = floor;
    for (const line of lines) {
      if (m.mind.words.used.has(line.text)) continue;
      // Long caller turns dilute overlap, so also count how much of the line the turn talks about.
      const score = byCoverage ? Math.max(similar(line.text, m.caller), 0.8 * covers(m.caller, line.text)) : similar(line.text, m.caller);
      if (score > bestScore && this.sayable(line.text, m.p)) {
        best = line.text;
        bestScore = score;
      }
    }
    return best;
  }

  private pickOwn(m: Moment, lines: readonly PersonaLine[]): string | null {
    if (!m.mind.words.ownAllowed()) return null;
    const fresh = lines.filter((l) => !m.mind.words.used.has(l.text) && this.sayable(l.text, m.p));
    return fresh.length === 0 ? null : m.random.pick(fresh).text;
  }

  /** Never a negative example; no figure the callee could not know yet; no option it turned down. */
  private sayable(text: string, p: Persona): boolean {
    if (isNegative(text, p) || this.mind?.words.namesDeclined(text) === true) return false;
    return figuresOf(text).every((f) => p.knownFigures.has(f) || this.heard.has(f));
  }

  /** Ends under `ending` (its own line, or `line`); without an ending of its own, the line only. */
  endWith(m: Moment, ending: PersonaEnding | null, line: string | null): SeatTurn {
    const { p, mind, random } = m;
    if (ending === null) return { text: mind.words.composed(line ?? random.pick(p.pack.callee.ack)), end: { condition: null, reason: "the customer ended the call", hangUp: true } };
    if (ending.classes.has("cancel") && mind.endAt !== 0) {
      const ask = this.pickOwn(m, p.lines.filter((l) => l.cues.has("cancel") && l.cues.has("question")));
      if (ask !== null) {
        mind.endAt = 0;
        mind.target = ending;
        return say(mind.words.own(ask));
      }
    }
    const chosen = line ?? (isNegative(ending.line, p) ? p.pack.callee.endings[[...ending.classes][0] ?? "default"] : ending.line);
    const text = p.lines.some((l) => l.text === chosen) ? mind.words.own(chosen) : mind.words.composed(chosen);
    return { text, end: { condition: ending.condition, reason: ending.text, hangUp: ending.hangUp } };
  }
}

export function createRuleCallee(): Seat<"callee"> {
  return new RuleCallee();
}
