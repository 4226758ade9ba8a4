// Dev-only: the answer-source misses of readable parts by cause (aggregate counts): the labelled source ranked first
// but not accepted, ranked lower, not ranked at all, or a "none" question answered. `npx tsx bench/understanding-misses.ts [parts]`.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readScenarioFile } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerRanker, answerSource } from "../src/seats/rule/answer-source.js";
import type { Candidate } from "../src/seats/rule/answer-rank.js";

const READABLE = new Set(["dev", "heldout", "heldout-d", "heldout-e", "heldout-f", "heldout-g", "heldout-i", "heldout-j", "heldout-k"]);
type Want = { kind: "kb"; question: string } | { kind: "step"; step: number } | { kind: "fact"; text: string } | { kind: "none" };
const parts = (process.argv[2] ?? "dev,heldout,heldout-d,heldout-e,heldout-f").split(",").filter((p) => READABLE.has(p));
for (const part of parts) {
  const causes: Record<string, number> = {};
  let n = 0;
  let ok = 0;
  const dir = join("tests/understanding", part);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const set = JSON.parse(readFileSync(join(dir, file), "utf8")) as { scenario: string; utterances: { text: string; acts: string[]; answer: Want | null }[] };
    const scenario = await readScenarioFile(set.scenario).catch(() => null);
    // A document the reader refuses is the reader's miss, not the ranker's: left out of these counts.
    if (scenario === null) continue;
    const plan = callerPlan(callerView(scenario));
    const wanted = (c: Candidate, want: Want): boolean =>
      want.kind === "kb" ? c.kind === "kb" && (plan.kbEntries[c.index]?.question ?? "").includes(want.question) : want.kind === "step" ? c.kind === "step" && c.step === want.step : want.kind === "fact" ? c.kind === "fact" && (c.text.includes(want.text) || want.text.includes(c.text)) : false;
    for (const u of set.utterances) {
      if (u.answer === null || !u.acts.includes("question")) continue;
      n++;
      const got = answerSource(plan, u.text);
      const ranked = answerRanker(plan).rank(u.text);
      const gotC: Candidate | null = got.kind === "none" ? null : got.kind === "kb" ? { kind: "kb", index: got.index } : got.kind === "step" || got.kind === "branch" ? { kind: "step", step: got.step, sentence: got.sentence } : got;
      const right = u.answer.kind === "none" ? gotC === null : gotC !== null && wanted(gotC, u.answer);
      if (right) { ok++; continue; }
      const at = ranked.findIndex((r) => wanted(r.candidate, u.answer as Want));
      const cause = u.answer.kind === "none" ? "none answered" : at < 0 ? `${u.answer.kind} unranked` : at === 0 ? `${u.answer.kind} first, refused` : `${u.answer.kind} ranked ${at < 3 ? at + 1 : "4+"}`;
      causes[cause] = (causes[cause] ?? 0) + 1;
    }
  }
  console.log(`${part}: ${ok}/${n}; misses: ${Object.entries(causes).sort(([, a], [, b]) => b - a).map(([k, v]) => `${k} ${v}`).join(", ")}`);
}
