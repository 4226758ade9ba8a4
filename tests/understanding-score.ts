// Scores the rule understanding against the labelled utterance set (tests/understanding/<part>): act accuracy
// (the main act, and the main act among the labelled ones) and answer accuracy (which KB entry, step line or
// profile fact answers a question, or none). Used by the floor test and by `npm run bench understanding`.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readScenarioFile } from "../src/scenario/index.js";
import type { Scenario } from "../src/schema/index.js";
import { callerView } from "../src/call/seat-views.js";
import { awaitedReply, callerPlan } from "../src/seats/rule/caller-plan.js";
import { readActs } from "../src/seats/rule/acts.js";
import { answerSource, type AnswerSource } from "../src/seats/rule/answer-source.js";
import type { CallerPlan } from "../src/seats/rule/caller-plan.js";
import { figuresOf, similar } from "../src/seats/rule/memo.js";
import { saidStep } from "../src/seats/rule/said-step.js";

interface Labelled {
  text: string;
  prev?: string;
  acts: string[];
  answer: { kind: "kb"; question: string } | { kind: "step"; step: number } | { kind: "fact"; text: string } | { kind: "none" } | null;
}

export interface UnderstandingScore {
  utterances: number;
  actMain: number;
  actAny: number;
  questions: number;
  answers: number;
  /** Answers from another source that says the same (a script sentence stating the labelled fact's figures): what
   *  the customer hears is right though the source differs. Reported beside `answers`, never instead of it. */
  sameContent: number;
  misses: string[];
  /** Answer outcomes by labelled kind: how many, how many right, and what kind was found instead (an aggregate). */
  answerKinds: Record<string, { n: number; ok: number; got: Record<string, number> }>;
  /** Main-act outcomes by labelled main act, the same way (an aggregate). */
  actKinds: Record<string, { n: number; ok: number; got: Record<string, number> }>;
}

function sameAnswer(got: AnswerSource, want: NonNullable<Labelled["answer"]>, kbQuestions: readonly string[]): boolean {
  if (want.kind === "none") return got.kind === "none";
  // The label is the entry's question as the document words it; a reader that keeps the entry's own number or
  // label with it ("FAQ-01 问题：…") still gives the same entry.
  if (want.kind === "kb") return got.kind === "kb" && (kbQuestions[got.index] ?? "").includes(want.question);
  // A branch of the step (what the step says to do in a situation) is that step's answer.
  if (want.kind === "step") return (got.kind === "step" || got.kind === "branch") && got.step === want.step;
  return got.kind === "fact" && (got.text.includes(want.text) || want.text.includes(got.text));
}

/** The text a source would give. */
function sourceText(source: AnswerSource | NonNullable<Labelled["answer"]>, plan: CallerPlan): string {
  if (source.kind === "kb") return "index" in source ? (plan.kbEntries[source.index]?.answer ?? "") : (plan.kbEntries.find((e) => e.question === source.question)?.answer ?? "");
  if (source.kind === "step") return "sentence" in source ? source.sentence : (plan.stepLines[source.step - 1] ?? "");
  if (source.kind === "branch") return source.sentence;
  return source.kind === "fact" ? source.text : "";
}

/** Another source saying the same: every figure it states is in the labelled source (at least one), or it reads alike. */
function sameContent(got: AnswerSource, want: NonNullable<Labelled["answer"]>, plan: CallerPlan): boolean {
  if (got.kind === "none" || want.kind === "none") return false;
  const said = sourceText(got, plan);
  const meant = sourceText(want, plan);
  if (said === "" || meant === "") return false;
  const figures = figuresOf(said);
  const held = new Set(figuresOf(meant).map((f) => f.text));
  if (figures.length > 0 && figures.every((f) => held.has(f.text))) return true;
  return similar(said, meant) >= 0.5;
}

export async function scoreUnderstanding(part: string): Promise<UnderstandingScore> {
  const dir = join(import.meta.dirname, "understanding", part);
  const score: UnderstandingScore = { utterances: 0, actMain: 0, actAny: 0, questions: 0, answers: 0, sameContent: 0, misses: [], answerKinds: {}, actKinds: {} };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const set = JSON.parse(readFileSync(join(dir, file), "utf8")) as { scenario: string; utterances: Labelled[] };
    let scenario: Scenario;
    try {
      scenario = await readScenarioFile(join(import.meta.dirname, "..", set.scenario));
    } catch (error) {
      // A document the reader cannot read: every utterance on it counts as missed.
      score.utterances += set.utterances.length;
      score.questions += set.utterances.filter((u) => u.answer !== null && u.acts.includes("question")).length;
      score.misses.push(`${file}: document not read (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const view = callerView(scenario);
    const plan = callerPlan(view);
    const kbQuestions = plan.kbEntries.map((e) => e.question);
    for (const u of set.utterances) {
      score.utterances++;
      const prev = u.prev ?? null;
      const acts = readActs(u.text, plan.pack, { prev, customerName: view.callee.name, awaiting: prev === null ? null : awaitedReply(prev, plan.pack) });
      const main = (score.actKinds[u.acts[0] ?? "other"] ??= { n: 0, ok: 0, got: {} });
      main.n++;
      if (acts[0] === u.acts[0]) main.ok++;
      else main.got[acts[0] ?? "other"] = (main.got[acts[0] ?? "other"] ?? 0) + 1;
      if (acts[0] === u.acts[0]) score.actMain++;
      if (u.acts.includes(acts[0] ?? "")) score.actAny++;
      else score.misses.push(`${file}: act ${acts.join(",")} for [${u.acts.join(",")}]: ${u.text}`);
      if (u.answer !== null && u.acts.includes("question")) {
        score.questions++;
        const got = answerSource(plan, u.text, { lastStep: saidStep(plan, prev) });
        const right = sameAnswer(got, u.answer, kbQuestions);
        const kind = (score.answerKinds[u.answer.kind] ??= { n: 0, ok: 0, got: {} });
        kind.n++;
        if (right) kind.ok++;
        else kind.got[got.kind] = (kind.got[got.kind] ?? 0) + 1;
        if (right) score.answers++;
        if (right || sameContent(got, u.answer, plan)) score.sameContent++;
        else score.misses.push(`${file}: answer ${JSON.stringify(got)} for ${JSON.stringify(u.answer)}: ${u.text}`);
      }
    }
  }
  return score;
}
