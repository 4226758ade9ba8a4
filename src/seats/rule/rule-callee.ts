// The offline customer: plays the persona from its own side of the document only. It answers identity
// (now and then as the wrong person), reacts in its own voice, asks what its concerns imply, cuts in on
// long turns, and ends under one of its own end conditions. Every choice comes from the seeded Random.
import type { CalleeView, Seat, SeatContext, SeatTurn } from "../seat.js";
import type { Language, SeatInfo } from "../../schema/index.js";
import type { Random } from "../../util/random.js";
import { FigureIndex } from "../../text/figures.js";
import { covers, figuresOf, similar } from "./memo.js";
import { persona, isNegative, type Persona, type PersonaEnding, type PersonaLine } from "./callee-persona.js";
import { CALLEE_PHRASES } from "./callee-phrases.js";
import { asksIdentity } from "./identity-question.js";

export const CALLEE_RATES = {
  wrongPerson: 0.08,
  ask: 0.5,
  pushback: 0.5,
  hold: 0.12,
  doneWhenIdle: 0.3,
} as const;

interface Mind {
  wrongPerson: boolean;
  target: PersonaEnding | null;
  /** Callee turn number at which the target ending is said (Infinity: only when the caller wraps up). */
  endAt: number;
  questions: string[];
  used: Set<string>;
  held: boolean;
}

const ASKS_CODE = /后\s*\d+\s*位|卡号|证件号|last (?:\d|four) digits|account number/i;
// "还有什么问题吗？" wraps up; "还有什么需要我们处理的吗？" asks about the customer's needs and does not.
const WRAP_UP = /还有(?:什么|其他|别的).{0,4}(?:问题|疑问|要问|想问|想了解)|其他问题|总结|any (?:other |more |further )?questions|anything else (?:I can|you(?:'d)? (?:want|like|need) to (?:ask|know))|to sum up|wrap up/i;
const OPEN_QUESTION = /怎么样|如何|评价|回忆|体验|感觉|看法|意见|哪些|什么样|how (?:was|did|do you feel)|what does|anything|tell me about|describe/i;
const ASKS_SUGGESTION = /建议|意见|需求|suggest|feedback|improve/i;
const CLAIM = /优化|提升|改进|升级|更好|更快|加强|完善|improv|better|faster|upgrade|value|enhanc/i;

function longTurn(text: string, language: Language): boolean {
  return language === "zh" ? text.length >= 70 : text.split(/\s+/).length >= 35;
}

/** The caller's line names the customer (full name, or a first / given name of two or more letters). */
function greetedByName(text: string, name: string): boolean {
  const trimmed = name.trim();
  if (trimmed === "") return false;
  const first = trimmed.split(/[\s·]/)[0] ?? "";
  return text.includes(trimmed) || (first.length >= 2 && new RegExp(`\\b${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text)) || (/[\u3400-\u9fff]/.test(trimmed) && text.includes(trimmed.slice(0, 1) + (/先生|女士|小姐|老师|阿姨|叔叔/.exec(text)?.[0] ?? "\u0000")));
}

function selfNamed(language: Language, name: string): string {
  const first = name.trim().split(/[\s·]/)[0] ?? name;
  return language === "zh" ? `对，我是${name.trim()}，你说。` : `Yes, this is ${first}. Go ahead.`;
}

function asksSomething(text: string): boolean {
  const last = text.trim().split(/(?<=[。！!.])\s*/).filter((s) => s.trim() !== "").at(-1) ?? "";
  return /[？?]/.test(last);
}

/**
 * Playing the wrong person is in scope only when the document anticipates it (the caller side has an end
 * condition for it); otherwise the call could only end outside every end condition the author wrote.
 * The callee reads no caller text for this: the engine's stage directions say whether such a condition exists.
 */
function wrongPersonInScope(scenario: CalleeView): boolean {
  return scenario.stage.wrongPerson;
}

function plan(p: Persona, random: Random, wrongPersonAllowed: boolean): Mind {
  const wrongPerson = random.chance(CALLEE_RATES.wrongPerson) && wrongPersonAllowed;
  const targetable = p.endings.filter((e) => e.targetable);
  const target = targetable.length > 0 ? random.pick(targetable) : null;
  const patient = target === null || target.classes.has("done");
  const endAt = patient ? Number.POSITIVE_INFINITY : 2 + random.int(5);
  const pool = [...p.questions];
  const questions: string[] = [];
  const count = Math.min(pool.length, 1 + random.int(3));
  for (let i = 0; i < count; i++) {
    const question = pool.splice(random.int(pool.length), 1)[0] as string;
    const wordings = p.wordings.get(question);
    questions.push(wordings === undefined ? question : random.pick(wordings));
  }
  return { wrongPerson, target, endAt, questions, used: new Set(), held: false };
}

export class RuleCallee implements Seat {
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
    const said = state.turns.filter((t) => t.speaker === "callee").length;
    const caller = state.turns.at(-1)?.text ?? "";
    const phrase = (name: keyof typeof CALLEE_PHRASES): string => random.pick(CALLEE_PHRASES[name][p.language]);
    // Generic fillers are said at most once each, so a persona without its own lines does not loop.
    const fresh = (name: keyof typeof CALLEE_PHRASES): string | null => {
      const left = CALLEE_PHRASES[name][p.language].filter((t) => !mind.used.has(t));
      if (left.length === 0) return null;
      const text = random.pick(left);
      mind.used.add(text);
      return text;
    };

    if (said === 0) {
      if (mind.wrongPerson && asksIdentity(caller, scenario.callee.name)) return { text: phrase("deny") };
      mind.wrongPerson = false;
      const openers = p.lines.filter((l) => l.opener && this.sayable(l.text, p));
      const opener = openers.length > 0 && random.chance(0.7) ? random.pick(openers).text : null;
      if (opener !== null) mind.used.add(opener);
      // "喂？哪位？" / "Who's this?" already answers the phone; a "yes, it's me" before it would contradict it.
      const asksWho = opener !== null && /哪位|谁|who(?:'s| is)/i.test(opener);
      // Greeted by name without being asked ("Hi Alan, it's Sophie…"): say who is speaking, as people do.
      const yes = asksWho ? null : asksIdentity(caller, scenario.callee.name) ? phrase("yes") : greetedByName(caller, scenario.callee.name) ? selfNamed(p.language, scenario.callee.name) : null;
      return { text: [yes, opener].filter((s) => s !== null).join(p.language === "zh" ? "" : " ") || phrase("ack") };
    }
    if (mind.wrongPerson) return { text: phrase("denyAgain"), end: { condition: null, reason: "the wrong person was called", hangUp: true } };
    if (asksIdentity(caller, scenario.callee.name)) return { text: ASKS_CODE.test(caller) ? phrase("noCode") : phrase("yes") };
    if (ASKS_CODE.test(caller) && /[？?]|请|麻烦|please|could you|can you/i.test(caller)) return { text: phrase("noCode") };

    if (mind.target !== null && said >= mind.endAt) return this.endWith(mind.target, p, mind, random);
    if (WRAP_UP.test(caller) && asksSomething(caller)) {
      const done = p.endings.find((e) => e.classes.has("done")) ?? mind.target;
      if (done) return this.endWith(done, p, mind, random);
    }
    if (longTurn(caller, p.language) && random.chance(p.interruptRate)) {
      // Cut in the persona's way: a "get to the point" line, or a pointed question about what was just said.
      const cutIn =
        this.closest(caller, p.lines.filter((l) => !l.opener && (l.cues.has("pushback") || (l.cues.has("hurry") && !l.cues.has("question")))), p, mind, 0.2) ??
        this.pick(p.lines.filter((l) => l.cues.has("hurry") && !l.cues.has("question") && !l.opener), p, mind, random) ??
        fresh("hurry");
      if (cutIn !== null) return { text: cutIn, interrupt: true };
    }
    if (p.holds && !mind.held && random.chance(CALLEE_RATES.hold)) {
      const hold = this.pick(p.lines.filter((l) => l.cues.has("hold")), p, mind, random);
      if (hold !== null) {
        mind.held = true;
        return { text: hold };
      }
    }
    if (asksSomething(caller)) {
      if (ASKS_SUGGESTION.test(caller) && random.chance(0.6)) {
        const own = this.pick(p.lines.filter((l) => l.cues.has("suggestion")), p, mind, random);
        return { text: own ?? phrase("suggestion") };
      }
      if (OPEN_QUESTION.test(caller)) {
        const experience = p.experiences.find((e) => !mind.used.has(e) && this.sayable(e, p));
        if (experience !== undefined) {
          mind.used.add(experience);
          return { text: `${phrase("experiencePrefix")}${experience}` };
        }
      }
    }
    const question = mind.questions[0];
    if (question !== undefined && random.chance(CALLEE_RATES.ask) && this.sayable(question, p)) {
      mind.questions.shift();
      mind.used.add(question);
      return { text: question };
    }
    if (figuresOf(caller).length === 0 && CLAIM.test(caller) && random.chance(CALLEE_RATES.pushback)) {
      const push = this.pick(p.lines.filter((l) => l.cues.has("pushback")), p, mind, random);
      if (push !== null) return { text: push };
    }
    if (mind.target?.classes.has("done") && mind.questions.length === 0 && said >= 6 && random.chance(CALLEE_RATES.doneWhenIdle)) {
      return this.endWith(mind.target, p, mind, random);
    }
    const reaction = this.react(caller, p, mind);
    if (reaction !== null) return { text: reaction };
    return { text: asksSomething(caller) ? phrase("agree") : phrase("ack") };
  }

  /** The unused line of the persona's own voice closest to what the caller just said. */
  private react(caller: string, p: Persona, mind: Mind): string | null {
    return this.closest(caller, p.lines.filter((l) => !l.opener && !l.cues.has("busy") && !l.cues.has("bye") && !l.cues.has("hold")), p, mind, 0.12, false);
  }

  /** `byCoverage`: also score by how much of the line the caller's (long) turn talks about. */
  private closest(caller: string, lines: readonly PersonaLine[], p: Persona, mind: Mind, floor: number, byCoverage = true): string | null {
    let best: string | null = null;
    let bestScore = floor;
    for (const line of lines) {
      if (mind.used.has(line.text)) continue;
      // Long caller turns dilute overlap, so also count how much of the line the turn talks about.
      const score = byCoverage ? Math.max(similar(line.text, caller), 0.8 * covers(caller, line.text)) : similar(line.text, caller);
      if (score > bestScore && this.sayable(line.text, p)) {
        best = line.text;
        bestScore = score;
      }
    }
    if (best !== null) mind.used.add(best);
    return best;
  }

  private pick(lines: readonly PersonaLine[], p: Persona, mind: Mind, random: Random): string | null {
    const fresh = lines.filter((l) => !mind.used.has(l.text) && this.sayable(l.text, p));
    if (fresh.length === 0) return null;
    const text = random.pick(fresh).text;
    mind.used.add(text);
    return text;
  }

  /** Never a negative example; no figure the callee could not know yet. */
  private sayable(text: string, p: Persona): boolean {
    if (isNegative(text, p)) return false;
    return figuresOf(text).every((f) => p.knownFigures.has(f) || this.heard.has(f));
  }

  private endWith(ending: PersonaEnding, p: Persona, mind: Mind, random: Random): SeatTurn {
    if (ending.classes.has("cancel")) {
      const ask = this.pick(p.lines.filter((l) => l.cues.has("cancel") && l.cues.has("question")), p, mind, random);
      if (ask !== null) {
        mind.endAt = 0;
        mind.target = ending;
        return { text: ask };
      }
    }
    const text = isNegative(ending.line, p) ? random.pick(CALLEE_PHRASES.ack[p.language]) : ending.line;
    return { text, end: { condition: ending.condition, reason: ending.text, hangUp: ending.hangUp } };
  }
}

export function createRuleCallee(): Seat<"callee"> {
  return new RuleCallee();
}
