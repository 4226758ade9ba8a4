// Dev-only: every miss of the rule understanding on one readable labelled part, item by item: the act read
// against the label, and for a question the ranked candidates (top 3) and where the labelled source ranked.
// `npx tsx bench/understanding-dump.ts dev|heldout|heldout-d|heldout-i [acts|answers]` (heldout-i opened after its blind measure). Parts only read as aggregates
// (heldout-b, heldout-c) and held-back parts are refused.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readScenarioFile } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { awaitedReply, callerPlan } from "../src/seats/rule/caller-plan.js";
import { readActs } from "../src/seats/rule/acts.js";
import { answerRanker, answerSource } from "../src/seats/rule/answer-source.js";
import type { Candidate } from "../src/seats/rule/answer-rank.js";

const READABLE = new Set(["dev", "heldout", "heldout-d", "heldout-e", "heldout-f", "heldout-g", "heldout-i", "heldout-j", "heldout-k", "heldout-l", "heldout-m", "heldout-n", "heldout-o", "heldout-p", "heldout-q", "heldout-r", "heldout-s"]);
const part = process.argv[2] ?? "heldout-d";
const only = process.argv[3] ?? "";
if (!READABLE.has(part)) throw new Error(`${part} is not a part to read item by item`);

type Want = { kind: "kb"; question: string } | { kind: "step"; step: number } | { kind: "fact"; text: string } | { kind: "none" };

const dir = join("tests/understanding", part);
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const set = JSON.parse(readFileSync(join(dir, file), "utf8")) as { scenario: string; utterances: { text: string; prev?: string; acts: string[]; answer: Want | null }[] };
  const scenario = await readScenarioFile(set.scenario).catch((error: unknown) => error instanceof Error ? error : new Error(String(error)));
  if (scenario instanceof Error) {
    console.log(`\n#### ${file}: document not read (${scenario.message})`);
    continue;
  }
  const view = callerView(scenario);
  const plan = callerPlan(view);
  const label = (c: Candidate): string => (c.kind === "kb" ? `kb#${c.index} ${plan.kbEntries[c.index]?.question ?? ""}` : c.kind === "step" ? `step ${c.step}: ${c.sentence.slice(0, 60)}` : `fact: ${c.text.slice(0, 60)}`);
  const wanted = (c: Candidate, want: Want): boolean =>
    want.kind === "kb" ? c.kind === "kb" && (plan.kbEntries[c.index]?.question ?? "").includes(want.question) : want.kind === "step" ? c.kind === "step" && c.step === want.step : want.kind === "fact" ? c.kind === "fact" && (c.text.includes(want.text) || want.text.includes(c.text)) : false;
  console.log(`\n#### ${file}`);
  for (const u of set.utterances) {
    const prev = u.prev ?? null;
    const acts = readActs(u.text, plan.pack, { prev, customerName: view.callee.name, awaiting: prev === null ? null : awaitedReply(prev, plan.pack) });
    if (only !== "answers" && acts[0] !== u.acts[0]) console.log(`ACT  got ${acts.join(",")} want ${u.acts.join(",")}: ${u.text}${prev === null ? "" : `   <prev: ${prev.slice(0, 80)}>`}`);
    if (only === "acts" || u.answer === null || !u.acts.includes("question")) continue;
    const got = answerSource(plan, u.text);
    const ranked = answerRanker(plan).rank(u.text);
    const right = u.answer.kind === "none" ? got.kind === "none" : ranked.length > 0 && got.kind !== "none" && wanted(got.kind === "kb" ? { kind: "kb", index: got.index } : got.kind === "step" || got.kind === "branch" ? { kind: "step", step: got.step, sentence: got.sentence } : got, u.answer);
    if (right) continue;
    const at = ranked.findIndex((r) => wanted(r.candidate, u.answer as Want));
    const want = u.answer.kind === "kb" ? `kb ${u.answer.question}` : u.answer.kind === "step" ? `step ${u.answer.step}` : u.answer.kind === "fact" ? `fact ${u.answer.text}` : "none";
    console.log(`ANS  ${u.text}\n     want ${want} (rank ${at < 0 ? "-" : at + 1}${at < 0 ? "" : ` ${ranked[at]?.score.toFixed(3)}`}); got ${got.kind}`);
    for (const r of ranked.slice(0, 3)) console.log(`       ${r.score.toFixed(3)} ${label(r.candidate)}`);
  }
}
