// Full rule-vs-rule calls per second on the original scenario, in one process.
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";

export async function run(): Promise<void> {
  const scenario = await readScenarioFile("examples/00-seed-service-followup.md");
  const play = (seed: number) => runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
  // Warm up: jieba's dictionary, the per-scenario caches, the JIT.
  for (let seed = 1; seed <= 200; seed++) await play(seed);
  const calls = 3000;
  let turns = 0;
  const start = performance.now();
  for (let seed = 1001; seed < 1001 + calls; seed++) turns += (await play(seed)).turns.length;
  const seconds = (performance.now() - start) / 1000;
  console.log(`rule vs rule on examples/00: ${calls} calls in ${seconds.toFixed(2)} s = ${Math.round(calls / seconds)} calls/s (${Math.round(turns / seconds)} turns/s, ${(turns / calls).toFixed(1)} turns/call)`);
}
