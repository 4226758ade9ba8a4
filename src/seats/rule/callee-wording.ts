// How the rule customer words a turn: its own phrases within a verbatim budget, the pack's templates otherwise,
// bare acknowledgements within their budget, answers to a rating, a choice or a time.
import type { Random } from "../../util/random.js";
import { fill } from "../../lang/index.js";
import type { Persona } from "./callee-persona.js";
import { hasTemplateMark } from "./claim-guard.js";
import { figuresOf } from "./memo.js";
import { FigureIndex } from "../../text/figures.js";
import { enumeratedOptions, timesIn } from "./offer-list.js";
import { preferred } from "./callee-preference.js";

/** At most this share of substantive turns is a line copied from the persona. */
export const VERBATIM_SHARE_MAX = 0.3;
/** At most this share of turns is a bare acknowledgement. */
export const BARE_ACK_SHARE_MAX = 0.3;
/** An option longer than this is a sentence around it, not something the customer would say back. */
const OPTION_UNITS_MAX = 12;

/** The part of an offer that lists its options: before its closing question when they stand there ("…可以约A、B或者C，
 *  选哪天、哪个好？": the question's own pieces are no options), the clause among those that lists them (a remark
 *  after them is none); the whole offer when the options are in the question itself ("…, or B?"). */
function offerClause(offer: string, pack: Persona["pack"]): string {
  const parts = (text: string): number => text.split(pack.document.optionSeparator).filter((part) => part.replace(/[\s，,。？?！!；;]/gu, "") !== "").length;
  // "About the fence, two ways: A, or B?": what stands before a colon that the options follow is the
  // topic, never an option.
  const colon = offer.search(/[:：](?=[^:：]*$)/u);
  if (colon >= 0 && parts(offer.slice(colon + 1)) >= 2) offer = offer.slice(colon + 1).trim();
  const clauses = offer.split(pack.speech.clauseBreak).filter((clause) => clause.trim() !== "");
  const last = clauses.at(-1) ?? "";
  if (clauses.length < 2 || !/[？?]\s*$/u.test(last)) return offer;
  const before = clauses.slice(0, -1);
  if (parts(before.join(pack.speech.joiner)) < 2) return offer;
  // Of what stands before the question, the clause that lists the options ("…考场，" after them is a remark).
  const listing = before.filter((clause) => parts(clause) >= 2).sort((a, b) => parts(b) - parts(a))[0];
  return listing ?? before.join(pack.speech.joiner);
}

/** The options an offer lists, each in the customer's words with the frames to pick it in. */
export function offeredIn(question: string, pack: Persona["pack"]): { text: string; frames: readonly string[] }[] {
  const lines = pack.callee;
  // A listed offer ("一是换新，…；二是维修，…"): each item's first clause is the option.
  const listed = enumeratedOptions(question, pack);
  if (listed.length > 0) return listed.filter((text) => pack.speech.units(text) <= OPTION_UNITS_MAX).map((text) => ({ text: pack.grammar.echoed(text), frames: lines.choiceFrames }));
  return (
    offerClause(question, pack)
      // A bracketed note in the offer ("Tuesday (8 am–noon)") is the caller's detail, not words the customer repeats.
      .replace(/\s*[（(][^）)\n]{0,40}[）)]/gu, "")
      .replace(/[？?。.!！]+$/, "")
      .split(pack.document.optionSeparator)
      .map((o) => o.replace(/[，,、；;：:\s]+$/u, "").trim())
      .map((o, i) => {
        // "Shall I email it, or would you rather collect it?": each option an act, said as one.
        const act = lines.actFrames.find((a) => a.frame.test(o));
        const text = act !== undefined ? o.replace(act.frame, "") : i === 0 ? o.replace(pack.document.optionFrame, "") : o;
        return { text: pack.grammar.echoed(text.trim()), frames: act?.replies ?? lines.choiceFrames };
      })
      // An option still holding a template's slot ("[time]", "<date>") is not something a person would say.
      .filter((o) => o.text !== "" && pack.speech.units(o.text) <= OPTION_UNITS_MAX && !hasTemplateMark(o.text) && !pack.document.notAnOption.test(o.text))
  );
}

export class Wording {
  turns = 0;
  substantive = 0;
  verbatim = 0;
  acks = 0;
  readonly used = new Set<string>();
  /** The figures of options offered and not picked ("the 3rd at 10" when the 5th at 4 was chosen). */
  private readonly declined: FigureIndex[] = [];

  constructor(private readonly p: Persona, private readonly random: Random) {}

  /** May the next substantive turn be one of the persona's own lines? */
  ownAllowed(): boolean {
    return this.verbatim + 1 <= VERBATIM_SHARE_MAX * (this.substantive + 1) + 0.5;
  }

  own(text: string): string {
    this.used.add(text);
    this.verbatim++;
    return this.said(text, true);
  }

  composed(text: string): string {
    return this.said(text, true);
  }

  /** A reaction in the persona's manner: a bare "mm" within budget, else a calm or curt line never said yet. */
  react(): string {
    const lines = this.p.pack.callee;
    if (this.acks + 1 <= BARE_ACK_SHARE_MAX * (this.turns + 1)) {
      this.acks++;
      return this.said(this.random.pick(lines.ack), false);
    }
    const pool = this.p.traits.curt ? lines.curt : lines.calm;
    const fresh = pool.filter((t) => !this.used.has(t));
    const text = this.random.pick(fresh.length > 0 ? fresh : pool);
    this.used.add(text);
    return this.said(text, false);
  }

  /** A generic pack line said at most once (a persona without its own lines does not loop). */
  fresh(list: readonly string[]): string | null {
    const left = list.filter((t) => !this.used.has(t));
    if (left.length === 0) return null;
    const text = this.random.pick(left);
    this.used.add(text);
    return this.said(text, true);
  }

  /** A rating: a number on the scale the question names ("1 to 5", "十分"), else a word. */
  rating(question: string): string {
    const lines = this.p.pack.callee;
    const top = Math.max(...(question.match(/\d+/g) ?? []).map(Number).filter((n) => n >= 3 && n <= 10), 0);
    const value = top > 0 ? String(top - this.random.int(Math.min(3, top))) : this.random.pick(lines.ratingWords);
    return this.said(fill(this.random.pick(lines.rating), { value }), true);
  }

  /** One of the options (or times) the caller's question offers; a time of its own when it offers none. */
  choice(question: string, kind: "choice" | "time"): string {
    const lines = this.p.pack.callee;
    const pack = this.p.pack;
    const offered = offeredIn(question, pack);
    // Asked when: only an option that names a time answers ("换新或维修…周二或周三，哪天方便？": not "维修"); with none,
    // a time the question itself offers ("5 日").
    // The time itself, not a remark around it ("下午都可以" is said as "下午").
    const timed = offered.filter((o) => timesIn(o.text, pack).length > 0).map((o) => ({ ...o, text: o.text.replace(pack.document.optionRemark, "").trim() }));
    const times = timesIn(question, pack).map((text) => ({ text, frames: lines.choiceFrames }));
    const options = kind === "choice" ? offered : timed.length >= 2 ? timed : times;
    // A persona that says which suits it picks by that; otherwise one of the last two, as a person hearing a list does.
    const leaning = preferred(options, this.p.ownText, pack);
    const option = options.length >= (kind === "choice" ? 2 : 1) ? this.random.pick(leaning.length < options.length ? leaning : options.slice(-2)) : null;
    // A time asked with no times offered: one of the customer's own.
    if (option === null) return this.said(this.random.pick(kind === "time" ? lines.timeAnswers : lines.choiceFallback), true);
    for (const other of options) if (other !== option && figuresOf(other.text).length > 0) this.declined.push(new FigureIndex([other.text]));
    const reply = fill(this.random.pick(option.frames), { option: option.text });
    // An option that opens the reply opens a sentence ("Email it, please."); scripts without case are unchanged.
    return this.said(`${reply.charAt(0).toUpperCase()}${reply.slice(1)}`, true);
  }

  /** A line whose figures all name an option the customer turned down ("The 3rd at 10 suits me") contradicts its pick. */
  namesDeclined(text: string): boolean {
    const named = figuresOf(text);
    return named.length > 0 && this.declined.some((option) => named.every((figure) => option.has(figure)));
  }

  said(text: string, substantive: boolean): string {
    this.turns++;
    if (substantive) this.substantive++;
    return text;
  }
}
