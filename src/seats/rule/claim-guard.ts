// Summaries and closings state only what the outcome holds: a sentence that says the customer chose, agreed to a
// time or gave a rating is kept only when the call's outcome records such an answer.
import type { Outcome } from "../../schema/index.js";
import type { CallerPlan } from "./caller-plan.js";
import { tokenize } from "../../text/tokenize.js";
import { byText } from "./memo.js";

const SENTENCE = /(?<=[。！？!?；;])|(?<=\.)\s+/;

/** Which kinds of claim the outcome backs: an answer recorded for a step that asked for it. */
function backed(plan: CallerPlan, outcome: Readonly<Outcome>): { choice: boolean; time: boolean; rating: boolean } {
  const answered = (kind: "rating" | "choice" | "time"): boolean =>
    outcome.stepAnswers.some((a) => plan.stepAsks[a.step - 1]?.kind === kind);
  return { choice: answered("choice") || answered("time"), time: answered("time"), rating: answered("rating") };
}

/** An unfilled template slot ("a [length] freeze", "【日期】", "<date>", "{{time}}"): never read out. */
const SLOT = /\[[^\]\n]{1,60}\]|［[^］\n]{1,60}］|【[^】\n]{0,60}】|\{\{?[^{}\n]{1,40}\}\}?|<[^<>\n]{1,40}>|[（(]\s*[）)]/;

/** The sentences of a line that claim something the outcome does not hold, or read out a template slot. */
export function unbackedClaims(plan: CallerPlan, outcome: Readonly<Outcome>, text: string): string[] {
  const ok = backed(plan, outcome);
  const { claimsChoice, claimsTime, claimsRating } = plan.pack.document;
  // A script that asks no time: a closing saying the pick is booked in claims the choice, backed by it, not a time.
  const asksTime = plan.stepAsks.some((asked) => asked.kind === "time");
  const timeUnbacked = (s: string): boolean => !ok.time && claimsTime.test(s) && (asksTime || !ok.choice || !claimsChoice.test(s));
  return text.split(SENTENCE).filter((s) => SLOT.test(s) || (!ok.choice && claimsChoice.test(s)) || timeUnbacked(s) || (!ok.rating && claimsRating.test(s)));
}

/** A blank a summary leaves for what was agreed ("方案……，时间定在……", "11月××日", "on XX/XX"). */
const BLANK = /……|\.\.\.|…|_{2,}|×{2,}|Ｘ{2,}|X{2,}(?![a-z])|某某/g;
/** Blanks of one value written in parts ("11月××日××", "XX/XX"): a leading number and unit, blanks a few marks apart. */
const BLANK_RUN = /(?:\d{1,4}[^\s\d，,。；;！？!?、：:]{0,2})?(?:……|…|_{2,}|×{2,}|Ｘ{2,}|X{2,}(?![a-z])|某某)(?:[^\s，,。；;！？!?、]{0,3}?(?:……|…|_{2,}|×{2,}|Ｘ{2,}|X{2,}(?![a-z])|某某))*/g;
const CLAUSE = /(?<=[，,；;。！？!?])|(?<=[.](?=\s))/;

/** The option inside a customer's answer: the pack's own answer frames taken off ("那就{option}吧。" → option). */
export function optionOf(answer: string, plan: CallerPlan): string {
  const pack = plan.pack;
  const bare = answer.trim().replace(/[。！？.!?，,\s]+$/u, "");
  for (const frame of [...pack.callee.choiceFrames, ...pack.callee.actFrames.flatMap((act) => act.replies)]) {
    const [before = "", after = ""] = frame.replace(/[。！？.!?]+$/u, "").split("{option}");
    if (before !== "" && !bare.startsWith(before)) continue;
    if (after !== "" && !bare.endsWith(after)) continue;
    if (before === "" && after === "") continue;
    return bare.slice(before.length, bare.length - after.length).trim();
  }
  return bare.replace(pack.hearing.answerTail, "").trim() || bare;
}

/** An ellipsis that opens a sentence after a finished one ("…吗？……麻烦您…", "…you? ... Could you…") leaves out what
 *  is said in between, as scripts write it; it holds no value, so it is no blank and its clause is said without it. */
const ELISION = /(?<=[。！？!?]\s*)(?:……|…|\.\.\.)\s*(?=\p{L}{2})/gu;

/** A named slot a summary leaves for an answer ("[day, time]", "【时间】", "{{method}}", "<slot>", "〔日期〕", "⟨day⟩"),
 *  groups 1..SLOT_GROUPS its name. The rarer brackets (tortoise shell, white lenticular, angle, white square) are
 *  written for slots and never around words a caller says. */
const NAMED_SLOT = /\[([^\]\n]{1,40})\]|［([^］\n]{1,40})］|【([^】\n]{1,12})】|\{\{?([^{}\n]{1,40})\}\}?|<([^<>\n]{1,40})>|〔([^〔〕\n]{1,20})〕|〖([^〖〗\n]{1,20})〗|⟨([^⟨⟩\n]{1,40})⟩|⟦([^⟦⟧\n]{1,40})⟧/gu;
/** Capture groups of NAMED_SLOT (one per bracket kind). */
const SLOT_GROUPS = 9;
const slotName = (match: RegExpMatchArray): string => match.slice(1, SLOT_GROUPS + 1).find((g): g is string => typeof g === "string") ?? "";

/** The choices and times the customer gave, one per step in step order, in the caller's words. */
function givenAnswers(plan: CallerPlan, outcome: Readonly<Outcome>): { step: number; text: string }[] {
  return [...outcome.stepAnswers]
    .filter((a) => { const kind = plan.stepAsks[a.step - 1]?.kind; return kind === "choice" || kind === "time"; })
    .sort((a, b) => a.step - b.step || a.turn - b.turn)
    .filter((a, i, all) => all.findIndex((b) => b.step === a.step) === i)
    .map((a) => ({ step: a.step, text: plan.pack.grammar.addressed(optionOf(a.answer, plan)) }))
    // Inside the recap's sentence, as when read back: a name keeps its capital, "A printed letter" does not.
    .map((a) => (namedInScript(plan, a.text) ? a : { ...a, text: plan.pack.grammar.lowerFirst(a.text) }));
}

/** The choice opens with a word the script writes the same way inside a sentence ("…, or Friday afternoon?"): a name
 *  (a weekday, a month, a place), kept as written when read back. */
export function namedInScript(plan: CallerPlan, choice: string): boolean {
  const first = choice.split(/\s+/)[0] ?? "";
  if (first === "" || first === first.toLowerCase()) return false;
  const inside = new RegExp(`[^.!?。！？\\s]\\s+${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u");
  return plan.stepLines.some((line) => inside.test(line));
}

/** Named slots filled with the answer of the step whose title or line names the slot's words ("[method]" ← "Refund
 *  method"), else the next answer in order; a slot left without one stays a mark (its sentence is not said). */
function filledSlots(plan: CallerPlan, answers: readonly { step: number; text: string }[], text: string, delivered: readonly number[] = []): string {
  const unused = [...answers];
  const named = (name: string, step: number): boolean => slotNamesStep(plan, name, step);
  // An answer some slot of the line names is that slot's own: an unnamed slot before it never takes it.
  const names = [...text.matchAll(NAMED_SLOT)].map(slotName);
  const unclaimed = (a: { step: number }): boolean => !names.some((name) => named(name, a.step));
  let out = "";
  let from = 0;
  for (const match of text.matchAll(NAMED_SLOT)) {
    const at = match.index ?? 0;
    const name = slotName(match);
    const told = unused.some((a) => named(name, a.step)) ? null : toldForSlot(plan, name, delivered);
    // A slot that names a step asking for a pick (a slot "date", a step "pick a date") holds its answer or nothing.
    const namesAStep = plan.stepLines.some((_, i) => { const kind = plan.stepAsks[i]?.kind; return (kind === "choice" || kind === "time") && named(name, i + 1); });
    const pick = unused.find((a) => named(name, a.step)) ?? (told === null && !namesAStep ? unused.find(unclaimed) : undefined);
    let before = out + text.slice(from, at);
    let value = match[0];
    if (told !== null) {
      const fitted = plan.pack.grammar.fitSlot(before, told);
      before = fitted.before;
      value = fitted.value;
    } else if (pick !== undefined) {
      unused.splice(unused.indexOf(pick), 1);
      // A slot that writes its options ("[to the shop / to you]") is filled with the one the answer names.
      const option = slotOption(name, pick.text);
      const said = option ?? (namedInScript(plan, pick.text) ? pick.text : plan.pack.grammar.lowerFirst(pick.text));
      const fitted = option === null ? plan.pack.grammar.fitSlot(before, said) : { before, value: said };
      before = fitted.before;
      value = fitted.value;
    }
    out = before + value;
    from = at + match[0].length;
  }
  return out + text.slice(from);
}

/** Does a slot's name share a word with a step's title or line ("{arrival time}" and "Tell the arrival time")? */
function slotNamesStep(plan: CallerPlan, name: string, step: number): boolean {
  const words = new Set(tokenize(`${plan.scenario.caller.steps[step - 1]?.title ?? ""} ${plan.stepLines[step - 1] ?? ""}`));
  return tokenize(name).some((word) => words.has(word));
}

/** What a slot holds when no answer fills it but a step the caller said told it: the clock time that step's line
 *  states (a visit's hours told for "{arrival time}"). A step that asked (a choice, a time) is the
 *  customer's to answer, never filled from its offer; a step not yet said tells nothing. */
function toldForSlot(plan: CallerPlan, name: string, delivered: readonly number[]): string | null {
  for (const step of delivered) {
    const kind = plan.stepAsks[step - 1]?.kind;
    if (kind === "choice" || kind === "time" || !slotNamesStep(plan, name, step)) continue;
    const span = plan.pack.document.clockSpan.exec(plan.stepLines[step - 1] ?? "");
    if (span !== null) return span[0].trim();
  }
  return null;
}

/** A closing's named slots filled with the answers given, else with the time a said step told; a slot left
 *  without either stays a mark (the claim guard then drops its sentence). */
export function filledClosingSlots(plan: CallerPlan, outcome: Readonly<Outcome>, text: string): string {
  if (text.search(NAMED_SLOT) < 0) return text;
  const answers = givenAnswers(plan, outcome);
  return filledSlots(plan, answers, answers.length < [...text.matchAll(NAMED_SLOT)].length ? joinedSlots(text) : text, outcome.stepsDelivered);
}

/** Two slots a short word apart ("[day] at [time]", "【日期】【时间】"), as one slot: one answer ("Friday at 10") fills both. */
const SLOT_PAIR = new RegExp(String.raw`(?:${NAMED_SLOT.source})[^\S\n]*\p{L}{0,3}[^\S\n]*(?:${NAMED_SLOT.source})`, "gu");

/** The text with each such pair of slots made one slot, named by both names. */
function joinedSlots(text: string): string {
  return text.replace(SLOT_PAIR, (pair) => `[${[...pair.matchAll(NAMED_SLOT)].map(slotName).join(" ")}]`);
}

/** Of the options a slot writes ("to the shop / to you", "A or B"), the one sharing most words with the answer. */
function slotOption(name: string, answer: string): string | null {
  const options = name.split(/\s*(?:\/|／|\bor\b|或者?|还是)\s*/u).map((o) => o.trim()).filter((o) => o !== "");
  if (options.length < 2) return null;
  const said = new Set(tokenize(answer));
  // An option of a character or two ("甲/乙") is heard inside a word of the answer ("要甲的").
  const heard = (o: string): number => (/^\p{Script=Han}{1,2}$/u.test(o) ? (answer.includes(o) ? 1 : 0) : tokenize(o).filter((w) => said.has(w)).length);
  const scored = options.map((o) => ({ o, n: heard(o) })).sort((a, b) => b.n - a.n);
  const [best, next] = scored;
  return best !== undefined && best.n > 0 && best.n > (next?.n ?? 0) ? best.o : null;
}

/** Blanks filled in order with what the customer chose or which time they gave; clauses whose blank has no answer go. */
export function filledBlanks(plan: CallerPlan, outcome: Readonly<Outcome>, text: string): string {
  text = text.replace(ELISION, "");
  // Most lines hold neither a slot nor a blank: the answers given are read only for a line that does.
  const slotted = text.search(NAMED_SLOT) >= 0;
  if (!slotted && text.search(BLANK) < 0) return text;
  const given = givenAnswers(plan, outcome);
  if (slotted) text = filledSlots(plan, given, text, outcome.stepsDelivered);
  if (text.search(BLANK) < 0) return text;
  text = text.replace(BLANK_RUN, "……");
  const answers = given.map((a) => a.text);
  let next = 0;
  let blanks = (text.match(BLANK) ?? []).length;
  const { listJoiner } = plan.pack.speech;
  return text
    .split(CLAUSE)
    .map((clause) => {
      if (clause.search(BLANK) < 0) return clause;
      const filled = clause.replace(BLANK, (_blank: string, at: number) => {
        blanks--;
        // The last blank of a recap holds every answer still unsaid (the plan and the time agreed).
        const value = blanks === 0 && next < answers.length ? answers.slice(next).join(listJoiner) : answers[next];
        next = blanks === 0 ? answers.length : next + 1;
        if (value === undefined) return "\u0000";
        // Words written right after the blank, with no mark between, are a new clause.
        return /^\p{L}/u.test(clause.slice(at + _blank.length)) ? `${value}${listJoiner}` : value;
      });
      return filled.includes("\u0000") ? "" : filled;
    })
    .join("")
    .replace(/^[，,；;：:\s]+|[，,；;：:]+(?=[。！？.!?]|$)/gu, "");
}

/**
 * A line that leaves blanks or slots for the answers given (a recap: "so that's …, on …"). Kept per text: the caller
 * asks it of every later step line at each turn.
 */
export const readsAnswersBack = byText((text: string): boolean => {
  const line = text.replace(ELISION, "");
  return line.search(BLANK) >= 0 || line.search(NAMED_SLOT) >= 0;
});

/** A template's blank or slot mark anywhere in a sentence (the caller's last guard: such a sentence is never said). */
// (【…】 with words in it is as often a label as a slot in Chinese text; only an empty one counts here.)
const TEMPLATE_MARK = new RegExp(`\\[[^\\]\\n]{1,60}\\]|［[^］\\n]{1,60}］|〔[^〔〕\\n]{1,20}〕|〖[^〖〗\\n]{1,20}〗|⟨[^⟨⟩\\n]{1,40}⟩|⟦[^⟦⟧\\n]{1,40}⟧|【\\s*】|\\{\\{?[^{}\\n]{1,40}\\}\\}?|<[^<>\\n]{1,40}>|[（(]\\s*[）)]|×{2,}|Ｘ{2,}|X{2,}(?![a-z])|_{2,}|某某|(?<=[\\u3400-\\u9fff：:])(?:……|…)(?=[，,、；;])`, "u");

/** Whether a line still holds a template's blank or slot. */
export function hasTemplateMark(text: string): boolean {
  return TEMPLATE_MARK.test(text);
}

/** The line without the clauses that hold a template's blank or slot (a sentence keeps its other clauses: "好的，那就
 *  〔日期〕送，到时候会联系您。" is still a closing without its date). */
export function withoutTemplateMarks(text: string, joiner: string): string {
  if (!TEMPLATE_MARK.test(text)) return text;
  return text
    .split(SENTENCE)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => (TEMPLATE_MARK.test(s) ? withoutMarkedClauses(s) : s))
    .filter((s) => s !== "")
    .join(joiner);
}

/** Clauses of a sentence cut at its commas and semicolons (the mark kept with the clause before it). */
const CLAUSE_CUT = /(?<=[，；,;])/u;
/** What a sentence says without its clauses holding a mark, ending as it ended; "" when nothing is left. */
function withoutMarkedClauses(sentence: string): string {
  const clauses = sentence.split(CLAUSE_CUT);
  const kept = clauses.filter((c) => !TEMPLATE_MARK.test(c));
  if (kept.length === 0 || !/[\p{L}\p{N}]/u.test(kept.join(""))) return "";
  const end = /[。！？.!?]+$/u.exec(sentence)?.[0] ?? "";
  const body = kept.join("").trim().replace(/[，；,;\s]+$/u, "").replace(/[。！？.!?]+$/u, "");
  return `${body}${end}`;
}

/** The line without its unbacked claims (empty when nothing else is left). */
export function withoutUnbackedClaims(plan: CallerPlan, outcome: Readonly<Outcome>, text: string): string {
  // The outcome counts only through the kinds of claim it backs: the line is kept per plan, those kinds and the text
  // (every step line of every call is passed through here).
  const ok = backed(plan, outcome);
  const kinds = (ok.choice ? 1 : 0) | (ok.time ? 2 : 0) | (ok.rating ? 4 : 0);
  let tables = unbackedMemo.get(plan);
  if (tables === undefined) unbackedMemo.set(plan, (tables = []));
  const table = (tables[kinds] ??= new Map());
  let kept = table.get(text);
  if (kept === undefined) {
    const bad = new Set(unbackedClaims(plan, outcome, text));
    kept = bad.size === 0 ? text : text.split(SENTENCE).filter((s) => !bad.has(s)).map((s) => s.trim()).filter((s) => s !== "").join(plan.pack.speech.joiner);
    if (table.size >= UNBACKED_LIMIT) table.clear();
    table.set(text, kept);
  }
  return kept;
}
const UNBACKED_LIMIT = 5000;
const unbackedMemo = new WeakMap<CallerPlan, Map<string, string>[]>();
