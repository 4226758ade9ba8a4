// Dev-only diagnostic of the simulator section: every labelled customer fault the rules missed and every finding no
// label asked for, with the turns around it. `npx tsx bench/simulator-diagnose.ts [KIND]`; CALLSIM_DIAGNOSE_LABELS names
// an opened part. It refuses the parts still held back (a `kept/` set, the newest blind part): those are measured
// (bench/eval-agreement), never read turn by turn.
import { evaluateCall } from "../src/eval/evaluate-call.js";
import { loadLabels, type LoadedLabel } from "../src/eval/agreement/load-labels.js";
import { TURN_TOLERANCE } from "../src/eval/agreement/agreement.js";

const DEV = process.env["CALLSIM_DIAGNOSE_LABELS"] ?? "tests/labelled/dev";
/** Turns shown before and after the one in question. */
const AROUND = 2;

function context(item: LoadedLabel, turn: number | null): string {
  const turns = item.label.turns;
  const from = turn === null ? Math.max(0, turns.length - 2 * AROUND) : Math.max(0, turn - AROUND);
  const to = turn === null ? turns.length - 1 : Math.min(turns.length - 1, turn + AROUND);
  const out: string[] = [];
  for (let i = from; i <= to; i++) {
    const t = turns[i];
    if (t !== undefined) out.push(`      ${i === turn ? ">" : " "}${i} ${t.speaker === "caller" ? "A" : "C"}: ${t.text}`);
  }
  return out.join("\n");
}

function near(a: number | null, b: number | null): boolean {
  return a === null || (b !== null && Math.abs(a - b) <= TURN_TOLERANCE);
}

export async function main(kindFilter?: string): Promise<void> {
  if (/(?:^|[\\/])kept/u.test(DEV)) throw new Error("the diagnostic reads opened parts only; measure held-back sets with bench/eval-agreement");
  const items = await loadLabels(DEV, { onUnreadableScenario: (file) => console.log(`NOT READ ${file}`) });
  let missed = 0;
  let extra = 0;
  for (const item of items) {
    const card = evaluateCall(item.scenario, item.call);
    const checks = card.simulator.checks.filter((c) => kindFilter === undefined || c.id === kindFilter);
    const labelled = item.label.simulatorFaults.filter((f) => kindFilter === undefined || f.kind === kindFilter);
    for (const want of labelled) {
      const check = checks.find((c) => c.id === want.kind);
      if (check !== undefined && !check.passed && (check.turns.length === 0 || check.turns.some((t) => near(want.turn, t)))) continue;
      missed++;
      console.log(`MISSED ${want.kind} @${want.turn ?? "-"} ${item.label.id}: ${want.why ?? ""}`);
      if (check !== undefined && !check.passed) console.log(`    (found at ${check.turns.join(",")}: ${check.message})`);
      console.log(context(item, want.turn));
    }
    for (const check of checks.filter((c) => !c.passed)) {
      for (const turn of check.turns.length === 0 ? [null] : check.turns) {
        if (labelled.some((w) => w.kind === check.id && (near(w.turn, turn) || near(turn, w.turn)))) continue;
        extra++;
        console.log(`EXTRA ${check.id} @${turn ?? "-"} ${item.label.id}: ${check.message}`);
        console.log(context(item, turn));
      }
    }
  }
  console.log(`\n${missed} missed, ${extra} extra over ${items.length} dev calls`);
}

await main(process.argv[2]);
