// A rule-vs-rule call on a 5 MB scenario: the example document with its profile and knowledge base grown to 5 MB
// of figure-laden lines. Reading and the per-scenario caches (figure index, knowledge-base matcher) are built once;
// the figure shows what one call costs on top, and the first call's total.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";

/** Just under the reader's 5 MB document limit. */
const TARGET_BYTES = 5 * 1024 * 1024 - 64 * 1024;

export function grown(source: string): string {
  const profile: string[] = [];
  const qa: string[] = [];
  let i = 0;
  let size = source.length;
  while (size < TARGET_BYTES) {
    const p = `- Ledger line ${i}: invoice ${100000 + i} of $${(i % 997) + 3}.${i % 100} due on 2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}, ${i % 60} seats, ${(i % 90) + 5}% used`;
    const q = `- Q: What about item ${i} on order ${200000 + i}?\n  A: Item ${i} ships in ${(i % 14) + 1} days at $${(i % 500) + 20} per unit, ${i % 7} units on 2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}.`;
    profile.push(p);
    qa.push(q);
    size += p.length + q.length + 2;
    i++;
  }
  return source
    .replace("### Step-by-step flow", `${profile.join("\n")}\n\n### Step-by-step flow`)
    .replace("### Opening line", `${qa.join("\n")}\n\n### Opening line`);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "callsim-big-"));
  const file = join(dir, "big.md");
  writeFileSync(file, grown(readFileSync("examples/06-saas-renewal-checkin-en.md", "utf8")));
  const bytes = readFileSync(file).length;
  let start = performance.now();
  const scenario = await readScenarioFile(file);
  const readMs = performance.now() - start;
  const play = (seed: number) => runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
  const cpuMs = (): number => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  start = performance.now();
  let cpu = cpuMs();
  const first = await play(1);
  const firstMs = performance.now() - start;
  const firstCpu = cpuMs() - cpu;
  start = performance.now();
  cpu = cpuMs();
  const calls = 5;
  for (let seed = 2; seed < 2 + calls; seed++) await play(seed);
  const nextMs = (performance.now() - start) / calls;
  const nextCpu = (cpuMs() - cpu) / calls;
  console.log(
    `5 MB scenario (${(bytes / 1048576).toFixed(1)} MB, ${scenario.facts.length} facts, ${scenario.caller.knowledgeBase.length} Q&A): read ${readMs.toFixed(0)} ms; ` +
      `first call ${firstMs.toFixed(0)} ms (${firstCpu.toFixed(0)} ms CPU; ${first.turns.length} turns, builds the per-scenario caches); ` +
      `next calls ${nextMs.toFixed(0)} ms each (${nextCpu.toFixed(0)} ms CPU); load ${loadavg().map((n) => n.toFixed(2)).join(" ")}`,
  );
}
