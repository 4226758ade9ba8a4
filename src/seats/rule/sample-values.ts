// A later line of the script (a read-back, a closing) written with sample values: one of the options an earlier step
// offers ("So that's <slot C>, <plan A>, right?"). Such a value is a slot: it is said as the option the customer
// picked at that step, or its clause is left out when nothing was picked. Read by words and figures only, the same
// way in every language (the pack gives the word that joins alternatives).
import type { Outcome } from "../../schema/index.js";
import type { CallerPlan } from "./caller-plan.js";
import { tokenize } from "../../text/tokenize.js";
import { figuresOf } from "./memo.js";
import { namedInScript, optionOf } from "./claim-guard.js";

/** One offered option: its text and the units (figures, words) that tell it from the others. */
interface Option {
  text: string;
  units: ReadonlySet<string>;
}
/** An earlier step's offer, cut into its options (at least two). */
interface Offer {
  step: number;
  options: readonly Option[];
}

/** Options an offer needs before its values count as samples. */
const OPTIONS_MIN = 2;
/** A letter that labels an option ("A. …", "B、…", "C, …"), taken off before the offer is cut. */
const LETTER_MARK = /(?<=^|[\s：:；;，,（(])[A-F](?:[.、)）:：]|,(?=\s))\s*/gu;
/** Marks an offer is cut at: clause, sentence and list marks (a colon kept with the lead-in before it). */
const PIECE_CUT = /(?<=：)|(?<=(?<!\d):)(?!\d)|[；;，。？?！!、]|,(?!\d)|[.](?=\s|$)/u;
/** Stands in an offer's pieces for the word joining alternatives. */
const JOINER = "\u0001";
/** A segment ending in a colon leads the list in ("We have three:"), it is no option. */
const LEAD_IN = /[：:]\s*$/u;
/** A single CJK character or a bare number says too little to tell one option from another. */
const TOO_SMALL = /^(?:\p{Script=Han}|[\d.,:-]+)$/u;

/** Marks inside one figure that join the two ends of a range (a dash, a tilde, "至"). */
const RANGE_MARK = /[-–—~～至到]/u;

/** A time phrase that names a slot, not just a part of the day ("evening", "上午", a bare weekday): it holds a
 *  figure, or two words, or three Han characters. */
const SPECIFIC_TIME = /\d|\p{L}+\s+\p{L}+|\p{Script=Han}{3,}/u;

/** The value units of a text: its figures whole and, for a range, each of its ends; its time phrases (a weekday with its part of the day,
 *  "Friday morning"), all normalised. */
function valueUnitsOf(text: string, timePhrase: RegExp): Set<string> {
  const units = new Set<string>();
  const add = (unit: string): void => { const u = unit.toLowerCase().replace(/\s+/g, ""); if (u !== "") units.add(u); };
  for (const f of figuresOf(text)) {
    add(f.text);
    const ends = f.text.split(RANGE_MARK);
    if (ends.length === 2) ends.forEach(add);
  }
  for (const m of text.matchAll(timePhrase)) if (SPECIFIC_TIME.test(m[0].trim())) add(m[0]);
  return units;
}

/** The units of a text: its figures whole (a clock time, a sum with its unit), and its words that are neither bare numbers nor one character. */
function unitsOf(text: string, timePhrase: RegExp): Set<string> {
  const units = valueUnitsOf(text, timePhrase);
  for (const word of tokenize(text)) if (!TOO_SMALL.test(word)) units.add(word);
  return units;
}

/** The options a step line offers: its pieces that hold a figure or a time or stand next to the word joining
 *  alternatives; none when one of them names no value. */
export function optionsOf(line: string, pack: CallerPlan["pack"]): Option[] {
  const joiner = new RegExp(pack.document.offersAlternative.source, "giu");
  const valued = (text: string): boolean => figuresOf(text).length > 0 || new RegExp(pack.document.timePhrase.source, "iu").test(text);
  const marked = line.replace(LETTER_MARK, "；").replace(joiner, `；${JOINER}；`);
  const pieces = marked.split(PIECE_CUT).map((p) => p.replace(/^[；;，,\s]+/u, "").trim()).filter((p) => p !== "");
  const options: Option[] = [];
  pieces.forEach((text, i) => {
    if (text === JOINER || LEAD_IN.test(text)) return;
    const nextToJoiner = pieces[i - 1] === JOINER || pieces[i + 1] === JOINER;
    if (valued(text) || nextToJoiner) options.push({ text, units: unitsOf(text, pack.document.timePhrase) });
  });
  // Only an offer of values (slots, prices, dates) has sample values: every option names one.
  return options.every((o) => valued(o.text)) ? options : [];
}

const offersMemo = new WeakMap<CallerPlan, readonly Offer[]>();

/** The steps that ask for a choice or a time, with the options their lines offer. */
function offersOf(plan: CallerPlan): readonly Offer[] {
  const hit = offersMemo.get(plan);
  if (hit !== undefined) return hit;
  const offers: Offer[] = [];
  plan.stepLines.forEach((line, i) => {
    const kind = plan.stepAsks[i]?.kind;
    if (kind !== "choice" && kind !== "time") return;
    const options = optionsOf(line, plan.pack);
    if (options.length >= OPTIONS_MIN) offers.push({ step: i + 1, options });
  });
  offersMemo.set(plan, offers);
  return offers;
}

/** The option of the offer a text names by units no other option has (`values`: by figures and times only); null
 *  when none does, or two tie. */
function optionNamed(offer: Offer, text: string, timePhrase: RegExp, values = false): number | null {
  return optionByUnits(offer, values ? valueUnitsOf(text, timePhrase) : unitsOf(text, timePhrase));
}

/** The option of the offer named by units no other option has; null when none is, or two tie. */
function optionByUnits(offer: Offer, units: ReadonlySet<string>): number | null {
  const scores = offer.options.map((option, i) => {
    let n = 0;
    for (const unit of units) if (option.units.has(unit) && !offer.options.some((other, j) => j !== i && other.units.has(unit))) n++;
    return n;
  });
  const best = Math.max(...scores);
  return best > 0 && scores.filter((s) => s === best).length === 1 ? scores.indexOf(best) : null;
}

/** What the customer picked at a step: the option named and the customer's words for it; null when no answer names one. */
function pickAt(plan: CallerPlan, outcome: Readonly<Outcome>, offer: Offer): { index: number; words: string } | null {
  for (const a of outcome.stepAnswers) {
    if (a.step !== offer.step) continue;
    const words = plan.pack.grammar.addressed(optionOf(a.answer, plan));
    // "The first one" / "后面那个" names an option by its place.
    const { first, second } = plan.pack.clarify;
    const placed = first.test(words) ? 0 : second.test(words) && offer.options.length === OPTIONS_MIN ? 1 : null;
    const index = placed ?? optionNamed(offer, words, plan.pack.document.timePhrase);
    if (index !== null) return { index, words: namedInScript(plan, words) ? words : plan.pack.grammar.lowerFirst(words) };
  }
  return null;
}

/** A run shared with the option this long is the sample value inside its clause ("<slot> is kept for you"); a shorter
 *  one says the option in other words, and the whole clause is the value. */
const SAMPLE_CHARS_MIN = 4;

/** The longest run of characters two texts share, without the spaces and marks at its ends. */
function sharedRun(a: string, b: string): string {
  let best = "";
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      if (n > best.length) best = a.slice(i, i + n);
    }
  }
  return best.replace(/^[\s，,；;：:、]+|[\s，,；;：:、]+$/gu, "");
}

/** Clauses of a sentence cut after their comma or semicolon (the mark kept with its clause). */
const CLAUSE_CUT = /(?<=[，；;])|(?<=,)(?!\d)/u;
/** Sentences with their end marks and the space after them. */
const SENTENCES = /(?:[^。！？!?.]|\.(?!\s|$))+(?:[。！？!?]+|\.+)?\s*|[。！？!?.]+\s*/gu;
const END = /[，；,;。！？.!?\s]+$/u;

/**
 * The line with each clause that names an earlier offer's option (not the one the customer picked) said as the
 * option picked, or left out when nothing was picked; `from` is the step the line belongs to (0: a closing, after
 * every step). A line that itself asks for a choice or a time is left as it is.
 */
export function withPicksForSamples(plan: CallerPlan, outcome: Readonly<Outcome>, text: string, from = 0): string {
  const ownKind = from > 0 ? plan.stepAsks[from - 1]?.kind : null;
  if (ownKind === "choice" || ownKind === "time") return text;
  const offers = offersOf(plan).filter((o) => from === 0 || o.step < from);
  if (offers.length === 0) return text;
  // A line in which no clause names an offer's option by a value changes for no outcome: kept per plan and line.
  if (!readsBackOffer(plan, offers, text, from)) return text;
  let changed = false;
  const sentences = (text.match(SENTENCES) ?? [text]).map((sentence) => {
    const done = new Set<number>();
    const parts = sentence.split(CLAUSE_CUT);
    // An offer is read back in this sentence when a clause names one of its options by a value (a figure, a time);
    // only then does a clause naming an option by its words alone ("the other plan") belong to it too.
    const { timePhrase } = plan.pack.document;
    const valueUnits = parts.map((clause) => valueUnitsOf(clause.replace(END, ""), timePhrase));
    const anchored = new Set(offers.filter((offer) => valueUnits.some((units) => optionByUnits(offer, units) !== null)));
    const clauses = parts.map((clause): string | null => {
      const body = clause.replace(END, "");
      for (const offer of anchored) {
        const named = optionNamed(offer, body, plan.pack.document.timePhrase);
        if (named === null) continue;
        const picked = pickAt(plan, outcome, offer);
        if (picked?.index === named) return clause;
        changed = true;
        // A second clause of the same option ("…, <its plan>, <its price>") goes with the first.
        if (picked === null || done.has(offer.step)) return null;
        done.add(offer.step);
        const sample = sharedRun(body, offer.options[named]?.text ?? "");
        if (sample.length >= SAMPLE_CHARS_MIN) return clause.replace(sample, picked.words);
        const lead = clause.slice(0, clause.length - clause.trimStart().length);
        return `${lead}${picked.words}${clause.slice(body.length)}`;
      }
      return clause;
    });
    const kept = clauses.filter((c): c is string => c !== null);
    if (kept.length === clauses.length) return kept.join("");
    if (!/[\p{L}\p{N}]/u.test(kept.join(""))) return "";
    const end = /[。！？.!?]+\s*$/u.exec(sentence)?.[0] ?? "";
    return `${kept.join("").replace(END, "")}${end}`;
  });
  return changed ? sentences.join("").trim() : text;
}

/** Per plan, by line and then by `from`: whether a sentence of the line names an option of one of the offers by a
 *  value (what withPicksForSamples anchors on; without it the line is returned as it is). */
const anchorMemo = new WeakMap<CallerPlan, Map<string, Map<number, boolean>>>();
const ANCHOR_LIMIT = 5000;

function readsBackOffer(plan: CallerPlan, offers: readonly Offer[], text: string, from: number): boolean {
  let table = anchorMemo.get(plan);
  if (table === undefined) anchorMemo.set(plan, (table = new Map()));
  let byFrom = table.get(text);
  let anchors = byFrom?.get(from);
  if (anchors === undefined) {
    const { timePhrase } = plan.pack.document;
    anchors = (text.match(SENTENCES) ?? [text]).some((sentence) => {
      const valueUnits = sentence.split(CLAUSE_CUT).map((clause) => valueUnitsOf(clause.replace(END, ""), timePhrase));
      return offers.some((offer) => valueUnits.some((units) => optionByUnits(offer, units) !== null));
    });
    if (byFrom === undefined) {
      if (table.size >= ANCHOR_LIMIT) table.clear();
      table.set(text, (byFrom = new Map()));
    }
    byFrom.set(from, anchors);
  }
  return anchors;
}
