// Dev-only: the top of the ranking for one question on one document. `npx tsx bench/understanding-rank-one.ts <doc> <question>…`
import { readScenarioFile } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerRanker, answerSource } from "../src/seats/rule/answer-source.js";

const [doc, ...questions] = process.argv.slice(2);
const plan = callerPlan(callerView(await readScenarioFile(doc ?? "")));
for (const q of questions) {
  console.log(q, "=>", JSON.stringify(answerSource(plan, q)).slice(0, 90));
  for (const r of answerRanker(plan).rank(q).slice(0, 4)) {
    const c = r.candidate;
    console.log(`  ${r.score.toFixed(3)} ${c.kind === "kb" ? `kb ${plan.kbEntries[c.index]?.question}` : c.kind === "step" ? `step ${c.step} ${c.sentence.slice(0, 50)}` : `fact ${c.text.slice(0, 50)}`}`);
  }
}
