// Everything the rule caller derives from the scenario once (cached per CallerView object): its language pack,
// usable step lines, the knowledge-base matcher, end-condition and closing-line classes, the grounded-figure base,
// and which steps wait for an answer (a rating, a choice, a time).
import type { CallerView } from "../seat.js";
import type { KbEntry } from "../../schema/index.js";
import { coverage, similarity } from "../../text/similarity.js";
import { FactBase } from "./figure-guard.js";
import { containedIn } from "../../text/contained-in.js";
import { fill, packFor, type LanguagePack } from "../../lang/index.js";
import { AnswerRanker } from "./answer-rank.js";
import { endClassesOf, type EndClass } from "./end-classes.js";
import { introduction, stepFromTitle, type Names } from "./phrases.js";
import { stepAct } from "./step-act.js";
import { optionsQuestion, quotedOptions, unquotedOffer } from "./quoted-options.js";
import { laterCheck } from "./datum-step.js";
import { recordTexts } from "./identity-data.js";
import { withoutIntroduction } from "./opening-guard.js";
import { enumerates, offersTimes, slotsLaidOut } from "./offer-list.js";
import { askedData, asksForDataAtIdentity, asksIdentity, asksWhoAnswered } from "./identity-question.js";

/** What a step asks the customer for, when it waits for an answer. */
export type StepAsk = "rating" | "choice" | "time" | null;

export interface CallerPlan {
  readonly scenario: CallerView;
  readonly pack: LanguagePack;
  readonly opening: string;
  /** Step delivered by the opening itself (1 when the opening says what step 1 says), else null. */
  readonly openingStep: number | null;
  /** Step-1 requests the opening leaves out (e.g. a verification question), said once identity is answered. */
  readonly identityFollowUp: string | null;
  /** The sentence that asks whether this is the customer, to ask again when the answer was "who's this?". */
  readonly identityQuestion: string | null;
  /** What the caller says for step i+1 (empty for a step that only says to close). */
  readonly stepLines: readonly string[];
  /** A later step checking a datum, asked as the identity follow-up instead (passed over once that was asked). */
  readonly datumStep: number | null;
  /** Steps (1-based) whose only line tells the caller to close with the document's closing: the call closes there. */
  readonly closeSteps: ReadonlySet<number>;
  /** What step i+1 waits for, and its asking sentence (re-asked once). */
  readonly stepAsks: readonly { kind: StepAsk; question: string | null }[];
  /** The knowledge base: the document's, or the Q/A pairs written inline in the caller's text when it has none. */
  readonly kbEntries: readonly KbEntry[];
  /** Profile sentences (a fact answers a question about the customer's own account). */
  readonly profileSentences: readonly string[];
  /** The script's statements (not its questions), with their step, matched like knowledge-base entries. */
  readonly stepSentences: readonly { step: number; sentence: string }[];
  /** Knowledge base, script statements and profile facts ranked together for a question. */
  readonly answers: AnswerRanker;
  readonly conditionClasses: readonly ReadonlySet<EndClass>[];
  readonly closingClasses: readonly ReadonlySet<EndClass>[];
  readonly names: Names;
  /** Figures the caller may state: the scenario's facts (built once per scenario). */
  readonly figureBase: FactBase;
}

/** A markup tag left in a line by the page it came from ("</li>", "<br/>"). */
const MARKUP_TAG = /<\/?[A-Za-z][\w:-]{0,20}(?:\s[^<>\n]{0,200})?\/?>/gu;
/** Something to say: a letter, a digit or a CJK character. */
const WORDED = /[\p{L}\p{N}]/u;

/** A line that is only markup ("</ul></li>"): nothing to say. */
function markupOnly(line: string): boolean {
  return !WORDED.test(line.replace(MARKUP_TAG, ""));
}

/** Sample lines the caller can say: instructions ("If the customer denies: …"), stage notes and bare markup are dropped. */
export function speakableLines(lines: readonly string[], pack: LanguagePack): string[] {
  const { instruction, stageNote } = pack.document;
  const kept = lines
    .filter((line) => !markupOnly(line))
    .filter((line) => !instruction.some((pattern) => pattern.test(line.trim())))
    .map((line) => line.replace(stageNote, "").trim())
    .filter((line) => line.length > 0);
  const fragment = (line: string): boolean => !/[，。？！,.?!：:；;…、]/.test(line) && pack.speech.units(line) < pack.speech.labelUnits;
  return kept.length > 1 ? kept.filter((line) => !fragment(line)) : kept;
}

/** The first step's line, plus who is calling when that line does not say it. */
function withIntroduction(first: string, pack: LanguagePack, names: Names): string {
  const said = first.toLowerCase();
  const named = [names.caller, names.organization ?? ""].some((name) => name.trim() !== "" && said.includes(name.trim().toLowerCase()));
  const intro = named ? null : introduction(pack, names);
  if (intro === null || first === "") return first;
  return `${first}${pack.speech.joiner}${intro}`;
}

const SENTENCE = /(?<=[。！？!?])\s*|(?<=\.)\s+/;

/** What a step's line waits for: the last asking sentence decides (a rating before a choice before a time). A question
 *  asking who answered ("Is that Mrs A, or her son B?") waits for no pick: the identity gate reads its answer. */
export function stepAsk(line: string, pack: LanguagePack, customer = ""): { kind: StepAsk; question: string | null } {
  const sentences = line.split(SENTENCE).map((s) => s.trim()).filter((s) => s !== "");
  // A request for a rating asks without a question mark ("给师傅打个分吧。", "Please give us a rating.").
  const asked = sentences.findLastIndex((s) => /[？?]/.test(s));
  const at = asked >= 0 ? asked : sentences.findLastIndex((s) => pack.document.asksRating.test(s));
  const question = sentences[at] ?? null;
  // A line that asks nothing but ends by laying out two or more times as alternatives ("You can …, or we bring it – on
  // <day one> or <day two>.") offers slots: it waits for one, as the customer hears it (callee-rules, laidOut).
  const offer = sentences.at(-1);
  if (question === null) return offer !== undefined && offersTimes(offer, pack) && askedData(offer, pack) === null ? { kind: "time", question: offer } : { kind: null, question: null };
  // Nor does a request for the data that checks who answered ("your reference, or where you live?"): its "or"
  // names two items to choose from, not two options, and the identity check reads the reply.
  const { asksRating, asksChoice, asksTime, offersAlternative } = pack.document;
  // Two dates laid out and "which day?" asked: a time pick, whatever record word ("地址", "address") the line also holds.
  const timePick = asksTime.test(question) && offersTimes(question, pack);
  if (asksWhoAnswered(question, customer, pack) || (askedData(question, pack) !== null && !timePick)) return { kind: null, question };
  const kind: StepAsk = asksRating.test(question) ? "rating" : asksTime.test(question) ? "time" : asksChoice.test(question) ? "choice" : offersTimes(question, pack) ? "time" : null;
  // "Shall I book the next visit? There's Monday at 9, or Thursday at two.": the yes/no question is an
  // offer, and the options laid out after it are what the answer picks.
  const laidOut = kind === null ? slotsLaidOut(sentences.slice(at + 1), pack) : undefined;
  if (laidOut !== undefined) return { kind: "time", question: `${question}${pack.speech.joiner}${laidOut}` };
  // A bare "Which one?" after a sentence offering A, B or C (or listing them: "一是…；二是…"): asked again, the options
  // come with it.
  const before = sentences[at - 1];
  if ((kind === "choice" || kind === "time") && !offersAlternative.test(question) && before !== undefined && (offersAlternative.test(before) || enumerates(before, pack))) {
    return { kind, question: `${before}${pack.speech.joiner}${question}` };
  }
  return { kind, question };
}

/** What a reply to the line is heard as answering: the step's own ask, or a pick when the line ends by laying out
 *  options without asking in form ("We've got Friday at 10, or Wednesday at half four."). Only the reading of the
 *  reply widens: the caller does not wait on such a line (stepAsk), it merely hears a named option as a pick. */
export function awaitedReply(line: string, pack: LanguagePack, customer = ""): StepAsk {
  const asked = stepAsk(line, pack, customer);
  if (asked.kind !== null || asked.question !== null) return asked.kind;
  const last = line.split(SENTENCE).map((s) => s.trim()).filter((s) => s !== "").at(-1);
  return last !== undefined && pack.document.offersAlternative.test(last) ? "choice" : null;
}

/** Question-and-answer lines read as a knowledge base from this many. */
const QA_LINES = 2;

/** Q/A pairs written inline in the caller's prose (a knowledge base the reader did not see as one). */
function inlineKnowledge(view: CallerView, pack: LanguagePack): KbEntry[] {
  const { caller } = view;
  const text = [caller.role, caller.task, ...caller.customerProfile, ...caller.extraSections.map((x) => x.body)].join("\n");
  const entries: KbEntry[] = [];
  for (const match of text.matchAll(pack.document.qaPair)) {
    const question = (match[1] ?? "").trim();
    const answer = (match[2] ?? "").trim();
    if (question !== "" && answer !== "") entries.push({ question, answer });
  }
  if (entries.length > 0) return entries;
  // Questions written one a line with their answers after a dash: a list of them, not one stray line, is the knowledge base.
  const lines = [...text.matchAll(pack.document.qaLine)].map((m) => ({ question: (m[1] ?? "").trim(), answer: (m[2] ?? "").trim() }));
  if (lines.length >= QA_LINES) return lines.filter((e) => e.question !== "" && e.answer !== "");
  return caller.extraSections.flatMap((x) => bareQuestions(x.body, pack));
}

/** A section most of whose lines are a question and its answer with only a space between ("Can I pay by phone? No,
 *  …"): those lines, an answer's opening remark in brackets ("(for the member only)") kept with its question. */
function bareQuestions(body: string, pack: LanguagePack): KbEntry[] {
  const lines = body.split("\n").filter((line) => line.trim() !== "");
  const pairs = [...body.matchAll(pack.document.qaBare)].map((m) => {
    const remark = /^[(（][^)）]{1,60}[)）]\s*/u.exec((m[2] ?? "").trim())?.[0] ?? "";
    return { question: `${(m[1] ?? "").trim()}${remark === "" ? "" : ` ${remark.trim()}`}`, answer: (m[2] ?? "").trim().slice(remark.length).trim() };
  }).filter((e) => e.answer !== "");
  return pairs.length >= QA_LINES && 2 * pairs.length >= lines.length ? pairs : [];
}

/** What a step's direction may name ("tell her the fee"): the profile's sentences, or with no profile the record the
 *  document keeps in other sections, without its own requests and branches (those are directions too). */
function recordFacts(view: CallerView, pack: LanguagePack): string[] {
  const profile = profileSentences(view, pack);
  if (profile.length > 0) return profile;
  return factSentences(view.caller.extraSections.map((x) => x.body), pack).filter((s) => !pack.document.request.test(s) && !pack.stepActs.branch.test(s));
}

/** Profile lines cut into sentences, without inline Q/A text. */
function profileSentences(view: CallerView, pack: LanguagePack): string[] {
  return factSentences(view.caller.customerProfile, pack);
}

/** A list item's mark ("- ", "* ", "• "), not part of what it says. */
const LIST_MARK = /^(?:[-*•·]\s+)+/;

/** Lines cut into sentences a fact can be read from, without inline Q/A text or long prose. */
export function factSentences(lines: readonly string[], pack: LanguagePack): string[] {
  return lines
    .flatMap((line) => line.split(/(?<=[。！？!?；;])|(?<=\.)\s+|\n/))
    .map((s) => s.trim().replace(LIST_MARK, ""))
    .filter((s) => s !== "" && s.search(pack.document.qaPair) < 0 && pack.speech.units(s) <= 60);
}

/** Profile sentences that are not the knowledge base again (a prose document's Q/A pairs read as profile lines). */
export function factsBeyond(facts: readonly string[], kb: readonly KbEntry[]): string[] {
  const kbText = kb.map((e) => `${e.question}\n${e.answer}`).join("\n");
  // All facts in one pass over the knowledge base (one scan per fact took seconds on a 5 MB document).
  const inKb = containedIn(kbText, facts.map((fact) => fact.replace(/^\s*(?:Q|A|问|答)\s*[:：]\s*/, "")));
  return facts.filter((_, i) => inKb[i] !== true);
}

/** A line that ends in a goodbye and asks for nobody: it closes a call ("如果不放心，可以先挂了核实" asks first). */
function closesCall(line: string, customer: string, pack: LanguagePack): boolean {
  const last = line.split(SENTENCE).filter((sentence) => sentence.trim() !== "").at(-1) ?? "";
  return pack.hearing.acts.goodbye.test(last) && !/[？?]/.test(line) && !asksIdentity(line, customer, pack);
}

/** A step whose every line (or, with none, an instruction) only says to close with the document's closing line. */
function closesOnly(step: CallerView["caller"]["steps"][number], pack: LanguagePack, profile: readonly string[]): boolean {
  const lines = speakableLines(step.lines, pack);
  const said = lines.length > 0 ? lines : (step.instructions ?? []);
  if (said.length > 0 && said.every((line) => pack.document.closeInstruction.test(line.trim()))) return true;
  // A direction that closes ("Recap the chosen slot, then close."), among lines that say nothing else.
  const acts = (lines.length > 0 ? lines : [step.title]).map((line) => stepAct(line, pack, profile)?.kind ?? "say");
  return acts.includes("close") && acts.every((kind) => kind !== "say");
}

/** A step's words to say: its lines, each direction among them as the act it asks for ("" when it says nothing). */
function spokenStep(step: CallerView["caller"]["steps"][number], pack: LanguagePack, profile: readonly string[]): string {
  if (pack.stepActs.branch.test(step.title.trim())) return "";
  const options = (step.instructions ?? []).length === 0 ? quotedOptions(step.lines, pack) : [];
  if (options.length > 0) return optionsQuestion(options, pack);
  const lines = speakableLines(step.lines, pack);
  if (lines.length === 0) {
    const directed = directedStep(step.instructions ?? [], pack, profile);
    if (directed !== null) return directed;
    const act = stepAct(step.title, pack, profile) ?? labelledDirection(step.title, pack, profile);
    return act === null ? stepFromTitle(pack, step.title) : act.kind === "say" ? unquotedOffer(act.text, pack) : "";
  }
  return lines.flatMap((line) => {
    const act = stepAct(line, pack, profile);
    return act === null ? [line] : act.kind === "say" ? [act.text] : [];
  }).map((line) => unquotedOffer(line, pack)).join(pack.speech.joiner);
}

/** A label before a dash or colon, then the direction ("Check — ask him for …", "核对：请她…"). */
const LABELLED = /^[^—–:：]{1,24}?\s*[—–:：]\s*(?<direction>\S.*)$/u;

/** A step title written as a short label and a direction: the direction's act (null when the rest is none). */
function labelledDirection(title: string, pack: LanguagePack, profile: readonly string[]): ReturnType<typeof stepAct> {
  const direction = LABELLED.exec(title)?.groups?.["direction"];
  return direction === undefined ? null : stepAct(direction, pack, profile);
}

/** A line-less step's directions ("请对方报一下…"), each as the act it asks for; null when none says anything. */
function directedStep(directions: readonly string[], pack: LanguagePack, profile: readonly string[]): string | null {
  const says = directions.flatMap((line) => {
    const act = stepAct(line, pack, profile);
    return act?.kind === "say" ? [unquotedOffer(act.text, pack)] : [];
  });
  return says.length === 0 ? null : says.join(pack.speech.joiner);
}

const plans = new WeakMap<CallerView, CallerPlan>();
export const OPENING_COVERS = 0.5;

export function callerPlan(scenario: CallerView): CallerPlan {
  const cached = plans.get(scenario);
  if (cached !== undefined) return cached;
  const { caller } = scenario;
  const pack = packFor(scenario.language);
  const joiner = pack.speech.joiner;
  const profile = recordFacts(scenario, pack);
  const closeSteps = new Set(caller.steps.flatMap((step, i) => (closesOnly(step, pack, profile) ? [i + 1] : [])));
  const spoken = caller.steps.map((step, i) => (closeSteps.has(i + 1) ? "" : spokenStep(step, pack, profile)));
  // The first step with words of its own (a note or greeting step before it says nothing).
  const firstAt = Math.max(0, spoken.findIndex((line, i) => line !== "" || closeSteps.has(i + 1)));
  const first = spoken[firstAt] ?? "";
  // A caller "named" like the customer is a misread document: the caller then speaks for its organisation only.
  const callerName = caller.name.trim() === scenario.callee.name.trim() ? "" : caller.name;
  const names: Names = { caller: callerName, organization: caller.organization, customer: scenario.callee.name };
  // An "opening" that ends in a goodbye is a closing line the reader took for it: the call opens with step 1.
  const written = caller.opening !== null && !closesCall(caller.opening, scenario.callee.name, pack) ? caller.opening : null;
  const opening = written ?? withIntroduction(first, pack, names);
  const openingStep = caller.steps.length === 0 ? null : written === null || coverage(opening, first) >= OPENING_COVERS || similarity(opening, first) >= OPENING_COVERS ? firstAt + 1 : null;
  const firstLines = speakableLines(caller.steps[0]?.lines ?? [], pack);
  // Step 1's requests the opening leaves out, sentence by sentence (an identity question, then a request for data).
  const firstSentences = firstLines.flatMap((line) => line.split(SENTENCE)).map((s) => s.trim()).filter((s) => s !== "");
  const stepFollowUps = openingStep === 1 && written !== null ? firstSentences.filter((line) => coverage(opening, line) < OPENING_COVERS && pack.document.request.test(line)).map((line) => withoutIntroduction(line, opening, names, pack)) : [];
  // The opening's own request for verification data (a birth date, a postcode) is held back from
  // whoever answers with the rest of its questions: it is asked once they say it is them, before any detail.
  const openingAsks = opening.split(SENTENCE).map((s) => s.trim()).filter((s) => asksForDataAtIdentity(s, pack) && !asksIdentity(s, scenario.callee.name, pack));
  const asked = [...openingAsks, ...stepFollowUps.filter((line) => !openingAsks.some((ask) => similarity(ask, line) >= OPENING_COVERS))];
  // A later step that checks a datum the record holds is the identity check: asked right after the yes, before any
  // step that says something of the customer's, and passed over where the script has it once asked (rule-caller).
  const check = asked.length === 0 ? laterCheck(spoken, caller.steps, openingStep, pack, recordTexts(caller)) : null;
  const followUps = check === null ? asked : [check.line];
  const stepLines = spoken;
  const sentences = [opening, ...firstLines].flatMap((text) => text.split(SENTENCE));
  // Each fact's own text, once: re-reading every fact's whole source line cost seconds on a 5 MB document.
  const factTexts = new Set(scenario.facts.map((fact) => fact.text));
  const kbEntries = caller.knowledgeBase.length > 0 ? caller.knowledgeBase : inlineKnowledge(scenario, pack);
  const stepSentences = stepLines.flatMap((line, i) =>
    line.split(/(?<=[。！？!?；;])|(?<=\.)\s+/).map((s) => s.trim()).filter((s) => s !== "" && !/[？?]$/.test(s)).map((sentence) => ({ step: i + 1, sentence })),
  );
  const facts = profileSentences(scenario, pack);
  const plan: CallerPlan = {
    scenario,
    pack,
    opening,
    openingStep,
    identityFollowUp: followUps.length > 0 ? followUps.join(joiner) : null,
    datumStep: check?.step ?? null,
    identityQuestion: sentences.find((s) => asksIdentity(s, scenario.callee.name, pack))?.trim() ?? identityByRule(scenario, pack),
    stepLines,
    closeSteps,
    stepAsks: stepLines.map((line) => stepAsk(line, pack, scenario.callee.name)),
    kbEntries,
    profileSentences: facts,
    stepSentences,
    answers: new AnswerRanker(pack, kbEntries, stepSentences, factsBeyond(facts, kbEntries)),
    conditionClasses: caller.endConditions.map((text) => endClassesOf(text, pack)),
    closingClasses: caller.closingLines.map((text) => endClassesOf(text, pack)),
    names,
    figureBase: new FactBase(factTexts),
  };
  plans.set(scenario, plan);
  return plan;
}

/** The step to say from `step` on: a step that says nothing in this call (a greeting the opening did, another
 *  person's branch) is passed over; a closing step is kept (it closes). Null when the script is over. */
export function spokenFrom(plan: CallerPlan, step: number | null): number | null {
  if (step === null) return null;
  for (let at = step; at <= plan.stepLines.length; at++) if (plan.stepLines[at - 1] !== "" || plan.closeSteps.has(at)) return at;
  return null;
}

/** A document whose endings provide for someone else answering (a relative, a wrong person) has an identity rule even
 *  when no line asks who answered: the caller asks, in the pack's words, before anything of the customer's. */
function identityByRule(view: CallerView, pack: LanguagePack): string | null {
  const customer = view.callee.name.trim();
  if (customer === "") return null;
  const { identity, relative } = pack.document.endClasses;
  return view.caller.endConditions.some((text) => identity.test(text) || relative.test(text)) ? fill(pack.stepActs.identity, { customer }) : null;
}
