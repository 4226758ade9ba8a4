// Dev-only: one labelled call's turns, its labels, the scorer's ending, identity state and failed checks with details.
// `npx tsx bench/eval-one.ts tests/labelled/PART/ID.json`
import { loadLabels } from "../src/eval/agreement/load-labels.js";
import { evaluateCall } from "../src/eval/evaluate-call.js";
import { EvalContext } from "../src/eval/context.js";
import { endingOf } from "../src/eval/ending.js";
import { identityState } from "../src/eval/identity.js";
import { matchSteps } from "../src/eval/steps.js";
import { dirname } from "node:path";

for (const file of process.argv.slice(2)) {
  const item = (await loadLabels(dirname(file), { onUnreadableScenario: () => undefined })).find((i) => i.file.endsWith(file.split("/").pop() ?? ""));
  if (item === undefined) continue;
  const ctx = new EvalContext(item.scenario, item.call);
  const card = evaluateCall(item.scenario, item.call);
  console.log(`### ${item.label.id} label ${item.label.verdict} ${item.label.faults.map((f) => `${f.kind}@${f.turn}`).join(" ")}; scorer ${card.passed ? "pass" : "fail"}`);
  item.label.turns.forEach((t, i) => console.log(`${i} ${t.speaker === "caller" ? "CALLER" : "callee"}: ${t.text}`));
  console.log("ending", JSON.stringify(endingOf(ctx)), "identity", JSON.stringify(identityState(ctx)));
  console.log("steps", JSON.stringify(matchSteps(ctx).map((s) => s.turn)));
  for (const c of card.checks.filter((c) => !c.passed)) console.log(`- ${c.id}: ${c.message} ${JSON.stringify(c.details ?? {}).slice(0, 300)}`);
}
