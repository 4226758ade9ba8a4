// Dev-side diagnostic of rule-vs-rule calls on one rule-seat document: every failing scorecard check (or one kind)
// with the turns around it. `npx tsx bench/rule-docs-diagnose.ts FILE [CHECK] [SEEDS]`. It reads dev/, heldout/, heldout-d/,
// heldout-e/ and heldout-f/ (opened) and refuses every other part: those are watched only as figures (bench/rule-docs*.bench.ts).
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { evaluateCall } from "../src/eval/index.js";

/** Turns shown before and after a failing turn. */
const AROUND = 2;
/** The parts that may be read call by call (every other one is watched only as figures). */
const READABLE = /(?:^|\/)(?:dev|heldout(?:-[a-s])?|own-[a-z0-9-]+)\//u;

export async function main(file: string, only?: string, seeds = 20): Promise<void> {
  if (!READABLE.test(file)) throw new Error("read dev/, heldout/, heldout-d/, heldout-e/ and heldout-f/ only; the other parts are measured by the benches");
  const scenario = await readScenarioFile(file);
  for (let seed = 1; seed <= seeds; seed++) {
    const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
    const card = evaluateCall(scenario, call);
    const failing = [...card.checks, ...card.simulator.checks].filter((c) => !c.passed && (only === undefined || c.id === only));
    for (const check of failing) {
      console.log(`-- seed ${seed} ${check.id}: ${check.message}`);
      const turns = check.turns.length > 0 ? check.turns : [call.turns.length - 1];
      const shown = new Set<number>();
      for (const at of turns) for (let i = Math.max(0, at - AROUND); i <= Math.min(call.turns.length - 1, at + AROUND); i++) shown.add(i);
      for (const i of [...shown].sort((a, b) => a - b)) {
        const t = call.turns[i];
        if (t !== undefined) console.log(`  ${turns.includes(i) ? ">" : " "}${i} ${t.speaker === "caller" ? "A" : "C"}: ${t.text}`);
      }
    }
  }
}

const [file, only, seeds] = process.argv.slice(2);
if (file !== undefined) await main(file, only === "-" ? undefined : only, seeds === undefined ? undefined : Number(seeds));
