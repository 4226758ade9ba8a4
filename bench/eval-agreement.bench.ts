// Agreement of the rule scorer with the supervisors' labels in tests/labelled/: verdict agreement, each fault kind
// located at its turn (±1), false alarms on clean calls; dev and heldout reported apart (heldout is never tuned on).
import { runAgreement } from "../src/eval/agreement/run-agreement.js";
import { dirname } from "node:path";
import { formatAgreement } from "../src/eval/agreement/format-agreement.js";

const LABELS = process.env["CALLSIM_BENCH_LABELS"] ?? "tests/labelled";

export async function run(): Promise<void> {
  const start = performance.now();
  // A part whose scenario the reader cannot read is still measured on its other calls; the calls left out are named.
  const unread = new Map<string, number>();
  const { reports, items } = await runAgreement(LABELS, undefined, {
    onUnreadableScenario: (file, reason) => {
      const key = `${dirname(file)}: ${reason}`;
      unread.set(key, (unread.get(key) ?? 0) + 1);
    },
  });
  for (const [where, count] of unread) console.log(`NOT SCORED ${count} labelled calls, scenario unreadable (${where})`);
  for (const report of reports) console.log(formatAgreement(report, "rules vs labels"));
  console.log(`${items.length} labelled calls scored in ${Math.round(performance.now() - start)} ms (loading included)`);
}
