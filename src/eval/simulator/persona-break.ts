// `persona-break`: the customer contradicts who it is. Each rule reads the persona (name, job, whether someone else
// may answer) and the customer's own earlier lines; a rule names the turn where the contradiction is said.
import type { Check } from "../../schema/index.js";
import { mentionsName, nameParts, surname } from "../names.js";
import type { EvalContext } from "../context.js";
import { identityState } from "../identity.js";
import { faultCheck, type Fault } from "../faults.js";
import { SIM_LANGS, type SimLang } from "../lang/sim.js";
import { personaText, type PersonaText } from "./persona-text.js";
import { factBreaks } from "./persona-facts.js";
import { unknownAddress } from "./own-address.js";
import { selfRevealFaults } from "./self-reveal.js";

export interface BreakInput {
  ctx: EvalContext;
  lang: SimLang;
  persona: PersonaText;
  /** The first customer turn that said it is the customer (its own "it's me", or the identity reading), or null. */
  selfAt: number | null;
  /** The customer handed the phone to someone at this turn: later lines are that person's. */
  handedAt: number | null;
}

type Rule = (input: BreakInput) => Fault[];

/** Contradictions of who answered: one confusion of identity is one fault, reported where it first shows. */
const IDENTITY_RULES: readonly Rule[] = [meAndNotMe, speaksForAbsentSelf, deniesBeingCustomer, claimsAfterOther];
/** Contradictions of the persona's facts, each reported where said. */
const FACT_RULES: readonly Rule[] = [({ ctx }) => selfRevealFaults(ctx), otherName, (input) => factBreaks(input, ownTurns(input)), (input) => unknownAddress(input, ownTurns(input))];

export function personaBreakCheck(ctx: EvalContext): Check {
  const lang = SIM_LANGS[ctx.scenario.language];
  const identity = identityState(ctx);
  const ownYes = ctx.calleeTurns.find((t) => lang.selfAffirm.test(ctx.low(t.index).trim()));
  const selfAt = minOf(identity.confirmedAt, ownYes?.index ?? null);
  const handedAt = ctx.calleeTurns.find((t) => ctx.lang.handover.test(ctx.low(t.index)))?.index ?? null;
  const input: BreakInput = { ctx, lang, persona: personaText(ctx.scenario), selfAt, handedAt };
  const identityFaults = IDENTITY_RULES.flatMap((rule) => rule(input)).sort((a, b) => (a.turn ?? 0) - (b.turn ?? 0)).slice(0, 1);
  const byTurn = new Map<number | null, Fault>();
  for (const fault of [...identityFaults, ...FACT_RULES.flatMap((rule) => rule(input))]) if (!byTurn.has(fault.turn)) byTurn.set(fault.turn, fault);
  return faultCheck("persona-break", [...byTurn.values()], "the customer stayed in its persona");
}

function minOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

/** Customer turns the customer itself speaks: before any hand-over to someone else. */
function ownTurns({ ctx, handedAt }: BreakInput): number[] {
  return ctx.calleeTurns.map((t) => t.index).filter((i) => handedAt === null || i < handedAt);
}

function sameName(said: string, name: string): boolean {
  const family = surname(name);
  return mentionsName(said, name) || nameParts(name).some((p) => p.includes(said) || said.includes(p)) || (family !== null && said.startsWith(family));
}

/** A Latin name is written with a capital ("this is on you" names nobody); scripts without case pass as they are. */
function writtenAsName(text: string, lowered: string): boolean {
  if (!/^[a-z]/u.test(lowered)) return true;
  return new RegExp(`(?:^|[^A-Za-z])${lowered[0]?.toUpperCase() ?? ""}${lowered.slice(1)}(?:[^a-z]|$)`, "u").test(text);
}

/** Once it said it is the customer, it gives another name. */
function otherName(input: BreakInput): Fault[] {
  const { ctx, selfAt } = input;
  const name = ctx.scenario.callee.name;
  if (selfAt === null || name.trim() === "") return [];
  return ownTurns(input)
    .filter((i) => i > selfAt)
    .flatMap((i) => {
      const own = ctx.lang.selfName.exec(ctx.low(i))?.[1];
      return own !== undefined && writtenAsName(ctx.turns[i]?.text ?? "", own) && !sameName(own, name.toLowerCase()) && !ctx.lang.thirdParty.test(ctx.low(i)) ? [{ turn: i, message: `gives the name "${own}" but the persona is ${name}` }] : [];
    });
}

/**
 * Speaks for the customer as someone absent, in the pronoun the persona uses for the customer: "he's not home" from a
 * woman whose persona is "she" is about her husband, not about herself.
 */
function speaksForCustomer({ lang, persona }: BreakInput, text: string): boolean {
  const hit = lang.speaksForCustomer.exec(text)?.[0];
  return hit !== undefined && (persona.ownPronoun === null || persona.ownPronoun.test(hit) || !lang.thirdPerson.some((p) => new RegExp(p.source, "u").test(hit)));
}

/** "It's me" and, in the same breath, speaks for the customer as someone absent. */
function meAndNotMe(input: BreakInput): Fault[] {
  const { ctx, lang } = input;
  return ctx.calleeTurns.flatMap((t) => {
    const low = ctx.low(t.index).trim();
    const yes = lang.selfAffirm.exec(low);
    return yes !== null && speaksForCustomer(input, low.slice(yes[0].length)) ? [{ turn: t.index, message: "says it is the customer and, in the same turn, speaks for the customer as someone else" }] : [];
  });
}

/** After saying it is the customer, a later turn speaks of the customer as absent ("she's out") or says wrong number. */
function speaksForAbsentSelf(input: BreakInput): Fault[] {
  const { ctx, selfAt } = input;
  if (selfAt === null) return [];
  const denies = (low: string) => input.lang.wrongNumber.test(low) || input.lang.notMe.test(low);
  const turn = ownTurns(input).find((i) => i > selfAt && (speaksForCustomer(input, ctx.low(i)) || denies(ctx.low(i))));
  return turn === undefined ? [] : [{ turn, message: `said it is the customer (turn ${selfAt}), then speaks for the customer as someone absent or denies being them` }];
}

/**
 * "Not me" where the persona has nobody else on this phone. A plain wrong number ("nobody of that name here") is not
 * charged: testers plant it on purpose to try the caller's wrong-person ending.
 */
function deniesBeingCustomer({ ctx, lang, persona }: BreakInput): Fault[] {
  if (persona.otherAnswerer) return [];
  const turn = ctx.calleeTurns.find((t) => lang.notMe.test(ctx.low(t.index)));
  return turn === undefined ? [] : [{ turn: turn.index, message: "says it is not the customer, though the persona is the customer and nobody else answers this phone" }];
}

/**
 * Said it answers for someone else, then claims to be the customer ("it's me", or the customer's name as its own)
 * with no fetching of the customer in between: the same voice changed who it is.
 */
function claimsAfterOther(input: BreakInput): Fault[] {
  const { ctx, lang } = input;
  const otherAt = identityState(ctx).otherAt;
  if (otherAt === null) return [];
  const name = ctx.scenario.callee.name.toLowerCase();
  for (const i of ctx.calleeTurns.map((t) => t.index).filter((index) => index >= otherAt)) {
    const low = ctx.low(i);
    if (lang.fetches.test(low) || ctx.lang.handover.test(low)) return [];
    const own = ctx.lang.selfName.exec(low)?.[1];
    const claims = lang.selfAffirm.test(low.trim()) || (own !== undefined && name !== "" && sameName(own, name));
    if (i > otherAt && claims) return [{ turn: i, message: `said it answers for someone else (turn ${otherAt}), then claims to be the customer` }];
  }
  return [];
}
