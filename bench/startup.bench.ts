// Start-up, measured side by side: `callsim --help` and a rule `run` of a Chinese and an English example (the
// built CLI, output discarded) against a bare `node -e 0`, taken in turn so machine drift hits all alike; the
// median wall time of each and its ratio to node's. Rounds: CALLSIM_BENCH_STARTUP_ROUNDS. Needs `npm run build`.
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";

const ROUNDS = Number(process.env["CALLSIM_BENCH_STARTUP_ROUNDS"] ?? 9);
const CLI = "dist/cli/main.js";
const COMMANDS: readonly { name: string; args: readonly string[] }[] = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "callsim --help", args: [CLI, "--help"] },
  { name: "callsim run (zh, rule)", args: [CLI, "run", "examples/00-seed-service-followup.md"] },
  { name: "callsim run (en, rule)", args: [CLI, "run", "examples/06-saas-renewal-checkin-en.md"] },
];

function wallMs(args: readonly string[]): number {
  const start = performance.now();
  const done = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (done.status !== 0) throw new Error(`node ${args.join(" ")} exited ${done.status}`);
  return performance.now() - start;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function run(): Promise<void> {
  for (const { args } of COMMANDS) wallMs(args);
  const times = COMMANDS.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) COMMANDS.forEach(({ args }, i) => times[i]?.push(wallMs(args)));
  const base = median(times[0] ?? []);
  COMMANDS.forEach(({ name }, i) => {
    const ms = median(times[i] ?? []);
    console.log(`${name.padEnd(24)} ${ms.toFixed(0).padStart(5)} ms median of ${ROUNDS}  ${(ms / base).toFixed(2)}x node -e 0`);
  });
  console.log(`(load ${loadavg().map((n) => n.toFixed(2)).join(" ")})`);
}
