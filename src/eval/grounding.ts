// `invented-figure`: every figure the caller states is in the document (facts, profile, script, knowledge base) or
// was said by the customer earlier. Masks (0000000, ****) are not figures (src/text/figures.ts drops them).
import type { Check } from "../schema/index.js";
import { FigureIndex, ungroundedFigures, type Figure } from "../text/figures.js";
import { identityState } from "./identity.js";
import { restatesDocument } from "./restated-figures.js";
import { unitClass } from "../text/units.js";
import { spokenValues } from "./spoken-values.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import { faultCheck, type Fault } from "./faults.js";

/** A range of hours written with its unit once, at its end ("9–12点", "2-5 pm"): the unit belongs to both ends. */
const HOUR_RANGE = /(\d{1,2}(?:[:：.]\d{2})?)\s*[–—~～\-至到]\s*(\d{1,2}(?:[:：.]\d{2})?)\s*(点|时|am\b|pm\b|a\.m\.|p\.m\.)/giu;

/** The ranges of hours in a text written out with the unit at both ends, as a caller says them ("9点到12点", "2pm to 5pm"). */
function hourRangesSpelledOut(text: string): string[] {
  return [...text.matchAll(HOUR_RANGE)].flatMap((m) => {
    const [, from, to, unit] = m;
    return [`${from}${unit}到${to}${unit}`, `${from}${unit} to ${to}${unit}`];
  });
}

/** A bare range written with a dash ("2-5", "10–3"): a caller says it with a word between its ends. */
const BARE_RANGE = /(?<![\d:：.])(\d{1,2})\s*[–—-]\s*(\d{1,2})(?![\d:：.])/gu;
const RANGE_WORDS = ["to", "till", "until", "到", "至"] as const;

/** A day written before its month ("14 Jun"): said as an ordinal ("the 14th"). */
const DAY_MONTH = /\b(\d{1,2})\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/giu;
const ORDINAL_ENDINGS = ["st", "nd", "rd", "th"] as const;

/** A day of the month written "8日" (the month said elsewhere): a caller says it "8号". */
const ZH_DAY = /(?<![\d.])(\d{1,2})\s*日/gu;

/**
 * A comma between two figures ("Friday 3 May, 9 to 11am") is not heard: a caller says the day and the hours in one run,
 * and the figure reader then pairs them differently ("May 9"). The document's texts are read that way too.
 */
const COMMA_BETWEEN_FIGURES = /(?<=[\p{L}\d]),\s*(?=\d)/gu;

function commasUnheard(text: string): string[] {
  COMMA_BETWEEN_FIGURES.lastIndex = 0;
  return COMMA_BETWEEN_FIGURES.test(text) ? [text.replace(COMMA_BETWEEN_FIGURES, " ")] : [];
}

/** The forms a supervisor hears as the document's own ranges and days, as a caller says them. */
function rangesAndDaysSpoken(text: string): string[] {
  const ranges = [...text.matchAll(BARE_RANGE)].flatMap((m) => RANGE_WORDS.map((word) => `${m[1]} ${word} ${m[2]}`));
  const days = [...text.matchAll(DAY_MONTH)].flatMap((m) => ORDINAL_ENDINGS.map((end) => `${m[1]}${end}`));
  const zhDays = [...text.matchAll(ZH_DAY)].map((m) => `${m[1]}号`);
  return [...ranges, ...days, ...zhDays];
}

/** Every text of the caller's side of the document: what the caller may quote. */
function documentFigures(ctx: EvalContext): FigureIndex {
  return perScenario(ctx.scenario, "documentFigures", () => {
    const caller = ctx.scenario.caller;
    const texts = [
      ...ctx.scenario.facts.map((fact) => fact.text),
      ...caller.customerProfile,
      ...ctx.callerScript(),
      ...caller.knowledgeBase.map((e) => e.question),
      caller.role,
      caller.task,
      ...caller.endConditions,
      ...caller.extraSections.map((s) => s.body),
    ];
    const spoken = [...texts, ...texts.flatMap(commasUnheard)];
    return new FigureIndex([...spoken, ...spoken.flatMap(hourRangesSpelledOut), ...spoken.flatMap(rangesAndDaysSpoken)]);
  });
}

/** Every value of the figure was said by the customer in some form (a day, an hour and its minutes, a number). */
function saidByCustomer(figure: Figure, values: ReadonlySet<number>): boolean {
  return figure.atoms.every((atom) => {
    if (atom.kind === "number") return values.has(atom.value);
    if (atom.kind === "date") return values.has(atom.day);
    return (values.has(atom.hour) || values.has(atom.hour + 12)) && (atom.minute === 0 || values.has(atom.minute));
  });
}

/**
 * "占用您两分钟", "a couple of minutes of your time": the length of the call asked for in the opening is not a claim.
 * The opening is the caller's first two turns, or its run of turns asking who answered and the turn right after them.
 */
const OPENING_TURNS = 2;

function openingTurns(ctx: EvalContext): Set<number> {
  const asked = new Set(identityState(ctx).asked);
  const run = ctx.callerTurns.findIndex((t) => !asked.has(t.index));
  const upTo = Math.max(OPENING_TURNS - 1, run < 0 ? ctx.callerTurns.length : run);
  return new Set(ctx.callerTurns.slice(0, upTo + 1).map((t) => t.index));
}

const CALL_LENGTH_MINUTES = 10;

/**
 * "We'll phone you again at ten past four": the time of a call back the caller offers is an arrangement made with the customer,
 * not a fact claimed from the record (a closing line's "[time]" slot, filled by agreement).
 */
function callbackTime(ctx: EvalContext, index: number, figure: Figure): boolean {
  return figure.atoms.every((atom) => atom.kind === "time") && ctx.says(index, ctx.lang.offersCallback);
}

function callLengthAsk(figure: Figure): boolean {
  return figure.value !== null && figure.value <= CALL_LENGTH_MINUTES && unitClass(figure.unit) === "minute";
}

/** The figures of each caller turn found neither in the document nor in the customer's words before it. */
export function inventedFigures(ctx: EvalContext): readonly { turn: number; figures: readonly Figure[] }[] {
  return ctx.once("inventedFigures", () => {
    const document = documentFigures(ctx);
    const said = new FigureIndex();
    const values = new Set<number>();
    const opening = openingTurns(ctx);
    const out: { turn: number; figures: readonly Figure[] }[] = [];
    for (const turn of ctx.turns) {
      if (turn.speaker === "callee") {
        said.add(turn.text);
        for (const value of spokenValues(turn.text)) values.add(value);
        continue;
      }
      const loose = perScenarioText(ctx.scenario, "ungroundedFigures", turn.text, () => ungroundedFigures(turn.text, document)).filter((f) => !said.has(f) && !saidByCustomer(f, values) && !(opening.has(turn.index) && callLengthAsk(f)) && !callbackTime(ctx, turn.index, f) && !restatesDocument(ctx, f));
      if (loose.length > 0) out.push({ turn: turn.index, figures: loose });
    }
    return out;
  });
}

export function inventedFigureCheck(ctx: EvalContext): Check {
  const found = inventedFigures(ctx);
  const invented = found.flatMap((t) => t.figures.map((f) => ({ turn: t.turn, figure: f.text })));
  const faults: Fault[] = found.map((t) => ({ turn: t.turn, message: `invented ${t.figures.map((f) => `"${f.text}"`).join(", ")}` }));
  return faultCheck("invented-figure", faults, "every figure the caller stated is in the document or came from the customer", { invented });
}
