// Dev-only: the simulated customer's faults, turn by turn (each failed simulator check's message with the customer's
// line), on the parts named. `npx tsx bench/callee-faults.ts PART... [--seeds N]`; refuses held-back folders.
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { evaluateCall } from "../src/eval/index.js";
import { ruleDocs } from "./rule-doc-files.js";

const args = process.argv.slice(2);
const at = args.indexOf("--seeds");
const seeds = at >= 0 ? Number(args[at + 1]) : 50;
const parts = args.filter((a, i) => a !== "--seeds" && (at < 0 || i !== at + 1));
for (const part of parts) {
  if (/kept|heldout-k/u.test(part)) throw new Error("held-back documents are measured, never read turn by turn");
  for await (const { file, scenario } of ruleDocs(part)) {
    for (let seed = 1; seed <= seeds; seed++) {
      const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
      const card = evaluateCall(scenario, call);
      for (const check of card.simulator.checks.filter((c) => !c.passed)) {
        for (const line of check.message.split("; ")) {
          const turn = /^turn (\d+)/u.exec(line)?.[1];
          const text = turn === undefined ? "" : (call.turns[Number(turn)]?.text ?? "");
          console.log(`${part}/${file} #${seed} ${check.id}: ${line} ‖ ${text}`);
        }
      }
    }
  }
}
