// Figures the caller restates from the document in another form: a bare month or day of a date it gives ("9月",
// "18号" of "9月18日"), a length of time in another unit ("两周" for "14天", "two weeks" for "14 days"), an hour of
// a time it gives ("5 pm", "until 5" for the same hour on a 24-hour clock), an amount in thousands ("78k" for "78,000"), a phone number
// grouped or written without its separators, a figure written in the document exactly as said. Said so, they are
// quoted from the document, not invented.
import type { Figure } from "../text/figures.js";
import { figuresIn } from "../text/figures.js";
import { unitClass } from "../text/units.js";
import { toHalfWidth } from "../text/normalize.js";
import { perScenario, type EvalContext } from "./context.js";

/** Lengths of time in one unit: minutes per unit class. */
const MINUTES: Readonly<Record<string, number>> = { minute: 1, hour: 60, day: 1440, week: 10080 };
/** A bare month written as a calendar month ("9月"), not a length ("9个月"), and a day of the month ("18号", "18日"). */
const CALENDAR_MONTH = new Set(["月", "月份"]);
const DAY_OF_MONTH = new Set(["号", "日"]);
/** Words and suffixes that scale the number before them ("78k", "78 to 86 thousand"). */
const THOUSANDS = /(?:\d\s*k|thousand)$/u;
/** A bare number up to here may be a clock hour ("until 5", "5 pm"). */
const CLOCK_HOURS = 12;
/** A figure read with one of these units (or none) may be a clock hour. */
const CLOCK_UNITS = new Set(["", "am", "pm"]);
/** Digits from here on make a phone or account number, compared without its separators. */
const NUMBER_DIGITS = 7;

interface DocumentForms {
  months: ReadonlySet<number>;
  days: ReadonlySet<number>;
  minutes: ReadonlySet<number>;
  /** Whole hours of the times it gives (as the figure reader keeps them, 12-hour). */
  hours: ReadonlySet<number>;
  values: ReadonlySet<number>;
  digits: readonly string[];
  /** The documents' texts, half-width and lower-cased: a figure written there as said ("前三天" read as no figure). */
  written: string;
}

/** A numeral character next to a figure written in a text makes it part of a longer number ("13天" is no "3天"). */
const NUMERAL = /[\d.,零〇一二两三四五六七八九十百千万亿]/u;

function documentTexts(ctx: EvalContext): string[] {
  const caller = ctx.scenario.caller;
  return [...ctx.scenario.facts.map((f) => f.text), ...caller.customerProfile, ...ctx.callerScript(), caller.role, caller.task, ...caller.extraSections.map((s) => s.body)];
}

function forms(ctx: EvalContext): DocumentForms {
  return perScenario(ctx.scenario, "restatedForms", () => {
    const months = new Set<number>();
    const days = new Set<number>();
    const minutes = new Set<number>();
    const hours = new Set<number>();
    const values = new Set<number>();
    const digits: string[] = [];
    for (const text of documentTexts(ctx)) {
      for (const line of text.split("\n")) {
        const run = line.replace(/\D+/gu, "");
        if (run.length >= NUMBER_DIGITS) digits.push(run);
      }
      for (const figure of figuresIn(text)) {
        for (const atom of figure.atoms) {
          if (atom.kind === "date") {
            if (atom.month !== null) months.add(atom.month);
            days.add(atom.day);
          } else if (atom.kind === "time") {
            if (atom.minute === 0) hours.add(atom.hour % CLOCK_HOURS);
          } else {
            values.add(atom.value);
            const per = MINUTES[unitClass(atom.unit)];
            if (per !== undefined) minutes.add(atom.value * per);
          }
        }
      }
    }
    return { months, days, minutes, hours, values, digits, written: toHalfWidth(documentTexts(ctx).join("\n")).toLowerCase() };
  });
}

/** Is this figure the document's own, said in another form? */
export function restatesDocument(ctx: EvalContext, figure: Figure): boolean {
  const doc = forms(ctx);
  const digits = figure.text.replace(/\D+/gu, "");
  if (digits.length >= NUMBER_DIGITS && doc.digits.some((run) => run.includes(digits))) return true;
  const thousands = THOUSANDS.test(figure.text.toLowerCase());
  const clock = CLOCK_UNITS.has(figure.unit);
  const restated = figure.atoms.length > 0 && figure.atoms.every((atom) => {
    if (atom.kind !== "number" || !Number.isInteger(atom.value)) return false;
    if (thousands) return doc.values.has(atom.value * 1000);
    if (CALENDAR_MONTH.has(atom.unit)) return atom.value >= 1 && atom.value <= 12 && doc.months.has(atom.value);
    if (DAY_OF_MONTH.has(atom.unit) && doc.days.has(atom.value)) return true;
    if (clock && atom.unit === "" && atom.value >= 1 && atom.value <= CLOCK_HOURS && doc.hours.has(atom.value % CLOCK_HOURS)) return true;
    const per = MINUTES[unitClass(atom.unit)];
    return per !== undefined && doc.minutes.has(atom.value * per);
  });
  return restated || writtenAsSaid(doc.written, toHalfWidth(figure.text).toLowerCase());
}

/** The figure's own words stand in the document with no numeral on either side. */
function writtenAsSaid(written: string, text: string): boolean {
  if (text.length === 0) return false;
  for (let at = written.indexOf(text); at >= 0; at = written.indexOf(text, at + 1)) {
    if (!NUMERAL.test(written[at - 1] ?? "") && !NUMERAL.test(written[at + text.length] ?? "")) return true;
  }
  return false;
}
