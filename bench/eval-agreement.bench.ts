// Agreement of the rule scorer with the supervisors' labels in tests/labelled/: verdict agreement, each fault kind
// located at its turn (±1), false alarms on clean calls; dev and heldout reported apart (heldout is never tuned on).
import { runAgreement } from "../src/eval/agreement/run-agreement.js";
import { dirname, join } from "node:path";
import { formatAgreement } from "../src/eval/agreement/format-agreement.js";
import { agreement, type AgreementReport } from "../src/eval/agreement/agreement.js";
import type { AgreementRun } from "../src/eval/agreement/run-agreement.js";

const LABELS = process.env["CALLSIM_BENCH_LABELS"] ?? "tests/labelled";

export async function run(): Promise<void> {
  const start = performance.now();
  // A part whose scenario the reader cannot read is still measured on its other calls; the calls left out are named.
  const unread = new Map<string, number>();
  const options = {
    onUnreadableScenario: (file: string, reason: string) => {
      const key = `${dirname(file)}: ${reason}`;
      unread.set(key, (unread.get(key) ?? 0) + 1);
    },
  };
  // CALLSIM_BENCH_PARTS names the parts to score (a held-back part is then never printed by accident); unset, all.
  const asked = (process.env["CALLSIM_BENCH_PARTS"] ?? "").split(",").map((part) => part.trim()).filter((part) => part !== "");
  const runs: AgreementRun[] = asked.length === 0
    ? [await runAgreement(LABELS, undefined, options)]
    : await Promise.all(asked.map((part) => runAgreement(join(LABELS, part), undefined, options)));
  const items = runs.flatMap((one) => one.items);
  const reports: AgreementReport[] = runs.flatMap((one) => one.reports);
  if (runs.length > 1) reports.push(agreement("all asked", items.map(({ item, judgement }) => ({ label: item.label, judgement }))));
  for (const [where, count] of unread) console.log(`NOT SCORED ${count} labelled calls, scenario unreadable (${where})`);
  for (const report of reports) console.log(formatAgreement(report, "rules vs labels"));
  console.log(`${items.length} labelled calls scored in ${Math.round(performance.now() - start)} ms (loading included)`);
}
