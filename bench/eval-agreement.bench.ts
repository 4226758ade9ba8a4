// Agreement of the rule scorer with the supervisors' labels in tests/labelled/: verdict agreement, each fault kind
// located at its turn (±1), false alarms on clean calls; dev and heldout reported apart (heldout is never tuned on).
import { runAgreement } from "../src/eval/agreement/run-agreement.js";
import { formatAgreement } from "../src/eval/agreement/format-agreement.js";

const LABELS = process.env["CALLSIM_BENCH_LABELS"] ?? "tests/labelled";

export async function run(): Promise<void> {
  const start = performance.now();
  const { reports, items } = await runAgreement(LABELS);
  for (const report of reports) console.log(formatAgreement(report, "rules vs labels"));
  console.log(`${items.length} labelled calls scored in ${Math.round(performance.now() - start)} ms (loading included)`);
}
