// Aggregate only: on the calls labelled clean (pass, no caller fault), how many each rule check fires on, per part.
// Safe for parts watched only in aggregate (no call id, turn or text is printed).
// `npx tsx bench/eval-clean-alarms.ts [PART,PART…]`
import { loadLabels } from "../src/eval/agreement/load-labels.js";
import { evaluateCall } from "../src/eval/evaluate-call.js";

const parts = (process.argv[2] ?? "dev,heldout,heldout-b,heldout-c").split(",");
for (const part of parts) {
  const counts = new Map<string, number>();
  let clean = 0;
  for (const item of await loadLabels(`tests/labelled/${part}`, { onUnreadableScenario: () => undefined })) {
    if (item.label.verdict !== "pass" || item.label.faults.length > 0) continue;
    clean++;
    for (const check of evaluateCall(item.scenario, item.call).checks) if (!check.passed) counts.set(check.id, (counts.get(check.id) ?? 0) + 1);
  }
  const list = [...counts].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`);
  console.log(`${part}: ${clean} clean calls; checks firing: ${list.join(", ") || "none"}`);
}
