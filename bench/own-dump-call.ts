import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { evaluateCall } from "../src/eval/index.js";
const [file, s = "1", n = "1"] = process.argv.slice(2);
const scenario = await readScenarioFile(file!);
for (let seed = Number(s); seed < Number(s) + Number(n); seed++) {
  const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
  const card = evaluateCall(scenario, call);
  console.log(`== seed ${seed}; failing: ${[...card.checks, ...card.simulator.checks].filter((c) => !c.passed).map((c) => c.id + ": " + c.message).join(" | ")}`);
  call.turns.forEach((t, i) => console.log(`${i} ${t.speaker === "caller" ? "A" : "C"}: ${t.text}`));
  console.log(JSON.stringify(call.outcome));
}
