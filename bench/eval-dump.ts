// Dev-only diagnostic: for one fault kind (or "clean" / "verdict"), every labelled fault the rules missed and every
// finding that matches no label, with the turns around it, so one reads WHY. Reads tests/labelled/dev only unless a
// folder is given. `npx tsx bench/eval-dump.ts KIND [FOLDER]` (KIND: a fault kind, "clean", "verdict").
import { loadLabels } from "../src/eval/agreement/load-labels.js";
import { evaluateCall } from "../src/eval/evaluate-call.js";
import { judgementOf, TURN_TOLERANCE } from "../src/eval/agreement/agreement.js";

const kind = process.argv[2] ?? "clean";
const root = process.argv[3] ?? "tests/labelled/dev";
const AROUND = 2;

const near = (a: number | null, b: number | null): boolean => a === null || (b !== null && Math.abs(a - b) <= TURN_TOLERANCE);

function around(turns: readonly { speaker: string; text: string }[], at: number | null, mark: string): string {
  const centre = at ?? turns.length - 1;
  const from = at === null ? 0 : Math.max(0, centre - AROUND);
  const to = at === null ? turns.length - 1 : Math.min(turns.length - 1, centre + AROUND);
  const out: string[] = [];
  for (let i = from; i <= to; i++) out.push(`${i === at ? mark : "  "}[${i}] ${turns[i]?.speaker === "caller" ? "CALLER" : "callee"}: ${turns[i]?.text ?? ""}`);
  return out.join("\n");
}

for (const item of await loadLabels(root, { onUnreadableScenario: () => undefined })) {
  const card = evaluateCall(item.scenario, item.call);
  const judgement = judgementOf(card);
  const label = item.label;
  const turns = label.turns;
  const simKind = ["persona-break", "end-without-cause", "verbatim-persona", "negative-style", "assistant-voice", "stage-direction"].includes(kind);
  const want = (simKind ? label.simulatorFaults : label.faults).filter((f) => f.kind === kind);
  const have = (simKind ? judgement.simulatorFaults : judgement.faults).filter((f) => f.kind === kind);
  const head = `### ${label.id} (${label.verdict}; scorer ${card.passed ? "pass" : "fail"}) ${item.file}`;
  if (kind === "clean" || kind === "verdict") {
    const clean = label.verdict === "pass" && label.faults.length === 0;
    if (kind === "clean" ? clean && judgement.faults.length > 0 : (label.verdict === "pass") !== card.passed) {
      console.log(`${head}\n  labels: ${label.faults.map((f) => `${f.kind}@${f.turn}`).join(" ") || "-"}\n  found: ${judgement.faults.map((f) => `${f.kind}@${f.turn}`).join(" ")}`);
      for (const c of card.checks.filter((c) => !c.passed)) console.log(`  - ${c.id}: ${c.message}`);
    }
    continue;
  }
  for (const w of want.filter((w) => !have.some((h) => near(w.turn, h.turn)))) {
    console.log(`${head}\nMISSED ${kind}@${w.turn}: ${"why" in w ? String(w.why) : ""}\n${around(turns, w.turn, ">>")}`);
    const check = [...card.checks, ...card.simulator.checks].find((c) => c.id === kind);
    console.log(`  check: ${check?.message ?? "-"} ${JSON.stringify(check?.details ?? {}).slice(0, 400)}\n`);
  }
  for (const h of have.filter((h) => !want.some((w) => near(w.turn, h.turn) || near(h.turn, w.turn)))) {
    const check = [...card.checks, ...card.simulator.checks].find((c) => c.id === kind);
    console.log(`${head}\nEXTRA ${kind}@${h.turn}: ${check?.message ?? ""}\n  labels: ${label.faults.map((f) => `${f.kind}@${f.turn}`).join(" ") || "-"}\n${around(turns, h.turn, "!!")}\n`);
  }
}
