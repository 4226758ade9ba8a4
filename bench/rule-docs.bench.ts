// Rule-vs-rule calls on the rule-seat documents (tests/rule-docs, each part apart: bench/parts.ts),
// measured two ways: by its own counts (disclosures to a wrong person, questions answered from the document, endings
// whose cause never came up, the customer's verbatim share and bare acknowledgements) and by the scorecard
// (disclosures, relevant answers, false claims, closing fits the ending, end causes present, verbatim share); questions
// without a relevant answer by where the customer's words came from (own line, a concern in one of the pack's frames,
// stock) and what the reply was, and false claims and causeless endings by kind: figures only, nothing of a call shown.
import { benchParts } from "./parts.js";
import { ruleDocs } from "./rule-doc-files.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { packFor } from "../src/lang/index.js";
import { persona } from "../src/seats/rule/callee-persona.js";
import { calleeView } from "../src/call/seat-views.js";
import { endClassesOf } from "../src/seats/rule/end-classes.js";
import { extractFigures } from "../src/text/figures.js";
import { evaluateCall } from "../src/eval/index.js";
import type { CallRecord, Scenario } from "../src/schema/index.js";

const SEEDS = Number(process.env.CALLSIM_BENCH_SEEDS ?? 50);
/** Endings that need their cause in the call before they may fire. */
const CAUSED = ["urgent", "hearing", "interrupted"] as const;

interface Tally {
  calls: number;
  wrongPerson: number;
  disclosures: number;
  questions: number;
  answered: number;
  calleeEnds: number;
  causeMissing: number;
  substantive: number;
  verbatim: number;
  calleeTurns: number;
  bareAcks: number;
  /** Questions without a relevant answer, by where the customer's words came from and what the reply was. */
  misses: Map<string, number>;
  /** False claims and causeless endings by the kind the scorecard gives (quotes and numbers taken out). */
  kinds: Map<string, number>;
  /** Scorecard figures. */
  card: { disclosures: number; asked: number; relevant: number; falseClaims: number; closingFits: number; endCause: number; verbatim: number };
}

/** Scorecard checks whose turns are questions that got no relevant answer. */
const IRRELEVANT = ["wrong-answer", "deflected-answer", "ignored-question"];
/** Scorecard checks a call must pass for its closing to fit the ending. */
const CLOSING_CHECKS = ["wrong-closing", "no-closing"];

function measureCard(scenario: Scenario, call: CallRecord, t: Tally): void {
  const card = evaluateCall(scenario, call);
  const check = (id: string) => [...card.checks, ...card.simulator.checks].find((c) => c.id === id);
  const failed = (id: string): boolean => check(id)?.passed === false;
  if (failed("disclosure")) t.card.disclosures++;
  if (failed("false-claim")) t.card.falseClaims++;
  if (!CLOSING_CHECKS.some(failed)) t.card.closingFits++;
  if (!failed("end-without-cause")) t.card.endCause++;
  t.card.verbatim += card.simulator.verbatimShare;
  // Relevant: neither answered from the wrong entry, nor put off or ignored where the document had the answer (an
  // honest "I don't know" to a question the document cannot answer is relevant).
  const faulty = new Set(IRRELEVANT.flatMap((id) => check(id)?.turns ?? []));
  for (const id of IRRELEVANT) for (const turn of check(id)?.turns ?? []) bump(t.misses, `${id}: ${originOf(scenario, call.turns[turn - 1]?.text ?? "")} → ${replyOf(scenario, call.turns[turn]?.text ?? "")}`);
  for (const id of ["false-claim", "end-without-cause", "stage-direction", "identity", "order", "opening"]) {
    const found = check(id);
    if (found?.passed === false) for (const kind of new Set(found.message.split("; ").map(kindOf))) bump(t.kinds, `${id}: ${kind}`);
  }
  t.card.asked += card.metrics.questionsAsked;
  t.card.relevant += Math.max(0, card.metrics.questionsAsked - faulty.size);
}

const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/** A scorecard message as a kind: quoted words, turn numbers and figures taken out (nothing of the call is shown). */
const kindOf = (message: string): string => message.replace(/"[^"]*"|“[^”]*”/gu, "…").replace(/\d+/gu, "N").replace(/^turn N: /u, "");

/** Where a customer's line came from: the persona's own lines, a concern's wording, the pack's stock, or elsewhere. */
function originOf(scenario: Scenario, text: string): string {
  const p = persona(calleeView(scenario));
  const said = text.trim();
  if (p.lines.some((l) => said.includes(l.text))) return p.lines.some((l) => l.opener && said.includes(l.text)) ? "opener line" : "own line";
  if (p.questions.some((q) => said.includes(q)) || [...p.wordings.values()].some((w) => w.some((q) => said.includes(q)))) return `concern (${frameOf(said)})`;
  return Object.values(p.pack.callee).flat().some((l) => typeof l === "string" && l.length > 3 && said.includes(l.replace(/\{\w+\}.*$/u, ""))) ? "stock" : "other";
}

/** The pack's frame a concern question was put in (its first words when they are a frame's), never the document's words. */
const FRAMES = ["can you tell me whether", "i'd like to know whether", "how can i be sure", "what guarantees that", "what about", "what can you tell me about", "should i be worried about", "is it normal", "could i", "is there a way to", "can you tell me", "walk me through", "i want to understand", "so", "and"];
function frameOf(text: string): string {
  const low = text.toLowerCase();
  if (/[\u3400-\u9fff]/u.test(text)) return "zh clause";
  return FRAMES.find((f) => low.startsWith(`${f} `)) ?? (/^(?:how|what|why|when|where|which|who)\b/iu.test(text) ? "wh question" : "inverted");
}

/** What the caller's reply was: a knowledge-base answer, the honest "I don't know", a step line, or else. */
function replyOf(scenario: Scenario, text: string): string {
  const pack = packFor(scenario.language);
  if (scenario.caller.knowledgeBase.some((e) => e.answer.length > 8 && text.includes(e.answer.slice(0, 24)))) return "kb answer";
  if (pack.caller.unknown.some((u) => text.startsWith(u.slice(0, 12)))) return "don't know";
  if (scenario.caller.steps.some((s) => s.lines.some((l) => l.length > 8 && text.includes(l.slice(0, 24))))) return "step line";
  return "other";
}

const listed = (map: Map<string, number>): string =>
  [...map.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join("; ") || "none";

function measure(scenario: Scenario, call: CallRecord, t: Tally): void {
  const pack = packFor(scenario.language);
  t.calls++;
  const persona = new Set([...scenario.callee.style.positive].map((l) => l.trim()));
  const callee = call.turns.filter((turn) => turn.speaker === "callee");
  for (const turn of callee) {
    t.calleeTurns++;
    const bare = pack.speech.units(turn.text) <= (pack.id === "zh" ? 3 : 1);
    if (bare) t.bareAcks++;
    else {
      t.substantive++;
      if (persona.has(turn.text.trim())) t.verbatim++;
    }
  }
  if (call.outcome.identityConfirmed === false) {
    t.wrongPerson++;
    const firstDenial = callee.find((turn) => turn.index > 0)?.index ?? 0;
    // A figure of the document's own closing for someone else (its callback number) is what they may hear.
    const allowed = new Set(
      scenario.caller.closingLines.filter((line) => ["relative", "identity"].some((c) => endClassesOf(line, pack).has(c as never))).flatMap((line) => extractFigures(line).map((f) => f.text)),
    );
    const told = call.turns.filter((turn) => turn.speaker === "caller" && turn.index > firstDenial && extractFigures(turn.text).some((f) => !allowed.has(f.text)));
    if (told.length > 0) t.disclosures++;
  }
  for (const q of call.outcome.questions) {
    t.questions++;
    if (q.answered) t.answered++;
  }
  if (call.end?.by === "callee" && call.end.condition !== null) {
    t.calleeEnds++;
    const condition = scenario.callee.endConditions[call.end.condition - 1] ?? "";
    const classes = endClassesOf(condition, pack);
    const needs = CAUSED.filter((c) => classes.has(c));
    const earlier = call.turns.slice(0, -1).map((turn) => turn.text).join("\n");
    if (needs.length > 0 && !needs.some((c) => pack.document.endClasses[c].test(earlier))) t.causeMissing++;
  }
}

export async function run(): Promise<void> {
  const parts = benchParts("tests/rule-docs");
  for (const part of parts) {
    const sum = emptyTally();
    for await (const { file, scenario } of ruleDocs(part)) {
      const t = emptyTally();
      const start = performance.now();
      for (let seed = 1; seed <= SEEDS; seed++) {
        const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
        measure(scenario, call, t);
        measureCard(scenario, call, t);
      }
      const ms = (performance.now() - start) / SEEDS;
      const pct = (n: number, d: number): string => (d === 0 ? "-" : `${Math.round((100 * n) / d)}%`);
      console.log(
        `${part}/${file}: ${t.calls} calls (${ms.toFixed(1)} ms each); wrong person ${t.wrongPerson}, disclosures ${t.disclosures}; ` +
          `questions answered from the document ${pct(t.answered, t.questions)} of ${t.questions}; customer endings without their cause ${t.causeMissing}/${t.calleeEnds}; ` +
          `verbatim ${pct(t.verbatim, t.substantive)} of substantive turns; bare acknowledgements ${pct(t.bareAcks, t.calleeTurns)} of turns`,
      );
      const c = t.card;
      console.log(
        `  scorecard: disclosures ${c.disclosures}, relevant answers ${pct(c.relevant, c.asked)} of ${c.asked}, false claims ${c.falseClaims}, ` +
          `closing fits ${pct(c.closingFits, t.calls)}, end causes present ${pct(c.endCause, t.calls)}, verbatim share ${pct(c.verbatim, t.calls)}`,
      );
      if (t.misses.size > 0) console.log(`  no relevant answer (asked → reply): ${listed(t.misses)}`);
      if (t.kinds.size > 0) console.log(`  faults by kind: ${listed(t.kinds)}`);
      addTally(sum, t);
    }
    console.log(`${part} (issue 10 figures): ${figures(sum)}`);
  }
}

const emptyTally = (): Tally => ({
  misses: new Map(),
  kinds: new Map(),
  calls: 0,
  wrongPerson: 0,
  disclosures: 0,
  questions: 0,
  answered: 0,
  calleeEnds: 0,
  causeMissing: 0,
  substantive: 0,
  verbatim: 0,
  calleeTurns: 0,
  bareAcks: 0,
  card: { disclosures: 0, asked: 0, relevant: 0, falseClaims: 0, closingFits: 0, endCause: 0, verbatim: 0 },
});

/** Adds a document's counts into its part's (the maps of kinds stay per document). */
function addTally(sum: Tally, t: Tally): void {
  for (const key of ["calls", "wrongPerson", "disclosures", "questions", "answered", "calleeEnds", "causeMissing", "substantive", "verbatim", "calleeTurns", "bareAcks"] as const) sum[key] += t[key];
  for (const key of Object.keys(sum.card) as (keyof Tally["card"])[]) sum.card[key] += t.card[key];
}

/** A part's issue-10 figures, scorecard first, then the bench's own counts of the customer's turns. */
function figures(t: Tally): string {
  const pct = (n: number, d: number): string => (d === 0 ? "-" : `${Math.round((100 * n) / d)}%`);
  const c = t.card;
  return (
    `disclosures ${c.disclosures}, relevant answers ${pct(c.relevant, c.asked)} of ${c.asked}, false claims ${c.falseClaims}, ` +
    `closing fits ${pct(c.closingFits, t.calls)}, end causes present ${pct(c.endCause, t.calls)}, verbatim share ${pct(c.verbatim, t.calls)} ` +
    `(exact copies ${pct(t.verbatim, t.substantive)} of substantive turns), bare acknowledgements ${pct(t.bareAcks, t.calleeTurns)} of turns, calls ${t.calls}`
  );
}
