// A read-back or closing that names one of the options the caller offered ("day A at hour X or day B at hour Y?") when
// the customer picked another: which option a line names is read by the words only that option has (its day, its
// hour), so the check needs no calendar, only the offer, the customer's words and the claim.
import { tokenize } from "../text/tokenize.js";
import { figuresIn } from "../text/figures.js";
import { perScenarioText, type EvalContext } from "./context.js";

/** Clause ends inside one option: a comma, an enumeration comma or a stop, never the colon inside a clock time. */
const CLAUSE_END = /[，。？！；、,;?!]|\.(?:\s|$)/u;

const globalOf = new WeakMap<RegExp, RegExp>();

function splitter(cue: RegExp): RegExp {
  let out = globalOf.get(cue);
  if (out === undefined) globalOf.set(cue, (out = new RegExp(cue.source, `${cue.flags.replace(/[gy]/gu, "")}g`)));
  return out;
}

/** A slot or price offered as one option is short; a longer clause is an explanation, not an option to pick. */
const MAX_OPTION_WORDS = 10;
/** Own words of the options a claim must name to be read as stating one (a day and an hour, not one stray number). */
const MIN_STATED_WORDS = 2;

/**
 * The options of an offer: it is split at its "or" words and at its commas ("day A, day B or day C?"); every clause
 * holding a figure is one option.
 */
/** Options written as a lettered list ("A. day one；B. day two；C. …"): a capital letter and a mark, after a stop or space. */
const LETTERED = /(?:^|(?<=[\s：:；;，,。]))[A-H][.．、)）]\s*/gu;

function optionClauses(text: string, alternative: RegExp): string[] | null {
  // A lettered list gives its options by their letters (the words before the first letter only lead in to it).
  const lettered = text.split(LETTERED);
  const parts = lettered.length > 2 ? lettered.slice(1) : text.split(splitter(alternative));
  if (parts.length < 2) return null;
  const clauses = parts.flatMap((part) => part.split(CLAUSE_END)).filter((clause) => figuresIn(clause).length > 0);
  return clauses.length < 2 ? null : clauses;
}

/** Own items of each option: those no other option has. */
function ownOf(items: readonly (readonly string[])[]): Set<string>[] {
  return items.map((own, i) => new Set(own.filter((w) => items.every((other, j) => j === i || !other.includes(w)))));
}

/** Each option's own words (the tokens of its clause no other option has; a long clause explains, so no offer) and
 *  own figures, from one split of the offer. */
function optionsOf(text: string, alternative: RegExp): { options: Set<string>[]; figures: Set<string>[]; words: Set<string> } | null {
  const clauses = optionClauses(text, alternative);
  if (clauses === null) return null;
  const words = clauses.map((clause) => tokenize(clause.toLowerCase()));
  if (clauses.some((clause) => wordsBesideFigures(clause) > MAX_OPTION_WORDS)) return null;
  // A claim states an option only when it says one of its own figures (not by a word the options share).
  return { options: ownOf(words), figures: ownOf(clauses.map(figureKeys)), words: new Set(words.flat()) };
}

/** A clause's length in words, each figure counted as one ("3月8号9点到12点" is one slot, not eight tokens). */
function wordsBesideFigures(clause: string): number {
  const figures = figuresIn(clause);
  let rest = clause;
  for (const figure of figures) rest = rest.replace(figure.text, " ");
  return tokenize(rest.toLowerCase()).length + figures.length;
}

/** A figure as a comparable key (its value, not its writing: 7月29日 and 7/29 are one date). */
function figureKeys(text: string): string[] {
  return figuresIn(text).map((figure) => JSON.stringify(figure.atoms));
}

/** How many own words of each option a text names. */
export function namedWords(text: string, options: readonly Set<string>[]): number[] {
  const words = new Set(tokenize(text.toLowerCase()));
  return options.map((own) => [...own].filter((w) => words.has(w)).length);
}

/** A pick is said short (a day, a part of the day); a longer turn weighs options, rejects some, or says why. */
const MAX_PICK_WORDS = 6;

type Offer = { turn: number; options: Set<string>[]; figures: Set<string>[]; words: Set<string> };

/** How many offers back a claim is traced (an aside with an "or" in it may stand between the offer and the claim). */
const OFFERS_BACK = 3;

/** The latest caller turns before `index` that offer options each with a figure, nearest first. */
function offersBefore(ctx: EvalContext, index: number): Offer[] {
  const out: Offer[] = [];
  for (let i = index - 1; i >= 0 && out.length < OFFERS_BACK; i--) {
    const turn = ctx.turns[i];
    if (turn?.speaker !== "caller") continue;
    const offer = offerIn(ctx, i, turn.text);
    if (offer !== null) out.push({ turn: i, ...offer });
  }
  return out;
}

/** The options caller turn `i` offers, or null; read once per scenario and text (shared, read-only). */
function offerIn(ctx: EvalContext, i: number, text: string): Omit<Offer, "turn"> | null {
  return perScenarioText(ctx.scenario, "choiceOffer", text, () =>
    !ctx.says(i, ctx.lang.alternative) && (text.match(LETTERED)?.length ?? 0) < 2 ? null : optionsOf(text, ctx.lang.alternative),
  );
}

/**
 * Why the claim at caller turn `index` (its claiming sentences `claims`) misstates the customer's pick, or null: the
 * customer's first turn after an offer to name one of its options was a short pick of one option, and the claim names
 * other options only. The nearest offer the customer answered decides; an offer nobody picked from is passed over.
 */
export function choiceMisstated(ctx: EvalContext, index: number, claims: readonly string[]): string | null {
  for (const offer of offersBefore(ctx, index)) {
    const verdict = againstOffer(ctx, index, claims, offer);
    if (verdict !== undefined) return verdict;
  }
  return null;
}

/**
 * A pick given with a reason ("Day B, please. I'm away on day A.", "A 那天我有事，B 吧"): of the turn's clauses, the
 * one bare pick (an option's words and nothing else of substance) names the option picked; a clause with more words
 * gives the reason, whatever option it names. Null when no single bare pick stands, or the turn hedges or corrects.
 */
function pickWithReason(ctx: EvalContext, i: number, offer: Offer): number | null {
  if (ctx.says(i, ctx.lang.correction) || ctx.says(i, ctx.lang.hedge) || ctx.says(i, ctx.lang.question)) return null;
  const bare = (ctx.turns[i]?.text ?? "")
    .split(CLAUSE_END)
    .map((clause) => clause.trim().toLowerCase())
    .filter((clause) => {
      const named = namedWords(clause, offer.options).filter((n) => n > 0).length;
      return named === 1 && !ctx.lang.negation.test(clause) && tokenize(clause).every((word) => offer.words.has(word));
    });
  if (bare.length !== 1) return null;
  return namedWords(bare[0] ?? "", offer.options).findIndex((n) => n > 0);
}

/** The verdict against one offer: a reason, null (the claim fits the pick or names no option), or undefined (no pick). */
function againstOffer(ctx: EvalContext, index: number, claims: readonly string[], offer: Offer): string | null | undefined {
  const stated = namedWords(claims.join(" "), offer.options);
  if (stated.reduce((a, b) => a + b, 0) < MIN_STATED_WORDS) return undefined;
  for (let i = offer.turn + 1; i < index; i++) {
    if (ctx.turns[i]?.speaker !== "callee") continue;
    const named = namedWords(ctx.turns[i]?.text ?? "", offer.options);
    const picks = named.filter((n) => n > 0).length;
    if (picks === 0) continue;
    // A question asks and a negated option rejects: neither is a pick.
    const short = tokenize(ctx.low(i)).length <= MAX_PICK_WORDS && !ctx.says(i, ctx.lang.negation) && !ctx.says(i, ctx.lang.question);
    const picked = picks === 1 && short ? named.findIndex((n) => n > 0) : pickWithReason(ctx, i, offer);
    if (picked === null) return null;
    if ((stated[picked] ?? 0) > 0) return null;
    // "We'll hold the day you chose" shares a word with an option, not its figure: it names no other option.
    const claimed = new Set(figureKeys(claims.join(" ")));
    if (!offer.figures.some((own, k) => k !== picked && [...own].some((key) => claimed.has(key)))) return null;
    return `states another option than the one the customer picked at turn ${i} (offered at turn ${offer.turn})`;
  }
  return undefined;
}
