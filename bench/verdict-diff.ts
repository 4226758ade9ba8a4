// Diagnostic: each labelled call's label verdict and the scorer's, with its failed checks' turns, one line a call, to
// diff two versions of the scorer. `npx tsx bench/verdict-diff.ts PART,PART…`
import { loadLabels } from "../src/eval/agreement/load-labels.js";
import { evaluateCall } from "../src/eval/evaluate-call.js";

for (const part of (process.argv[2] ?? "dev").split(",")) {
  for (const item of await loadLabels(`tests/labelled/${part}`, { onUnreadableScenario: () => undefined })) {
    const card = evaluateCall(item.scenario, item.call);
    const failed = card.checks.filter((c) => !c.passed).map((c) => `${c.id}@${c.turns.join(",")}`).join(" ");
    console.log(`${item.label.id} label=${item.label.verdict} scorer=${card.passed ? "pass" : "fail"} ${failed}`);
  }
}
