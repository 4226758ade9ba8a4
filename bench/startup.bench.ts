// Start-up, measured side by side: `callsim --help` and a rule `run` of a Chinese and an English example (the
// built CLI, output discarded) against a bare `node -e 0`, taken in turn so machine drift hits all alike; the
// median wall time of each and its ratio to node's, and where Linux tells it, the child's CPU time (steadier than
// wall time on a busy machine). The runs read the caches the warm-up runs write (jieba's dictionary image, V8's
// code for the command); the "no caches" row is a first Chinese run on a machine. Rounds:
// CALLSIM_BENCH_STARTUP_ROUNDS. Needs `npm run build`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";

const ROUNDS = Number(process.env["CALLSIM_BENCH_STARTUP_ROUNDS"] ?? 9);
const CLI_FILE = "dist/cli/main.js";
/** Node's flags from the entry's first line, as the installed `callsim` command (run through that line) gets them. */
const SHEBANG_FLAGS = ((existsSync(CLI_FILE) ? readFileSync(CLI_FILE, "utf8") : "").split("\n")[0] ?? "").replace(/^#!.*?\bnode\b/, "").trim().split(/\s+/).filter(Boolean);
const CLI = [...SHEBANG_FLAGS, CLI_FILE] as const;
const COMMANDS: readonly { name: string; args: readonly string[]; env?: Record<string, string> }[] = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "callsim --help", args: [...CLI, "--help"] },
  { name: "callsim run (zh, rule)", args: [...CLI, "run", "examples/00-seed-service-followup.md"] },
  { name: "callsim run (en, rule)", args: [...CLI, "run", "examples/06-saas-renewal-checkin-en.md"] },
  { name: "  zh, no caches", args: [...CLI, "run", "examples/00-seed-service-followup.md"], env: { CALLSIM_CACHE_DIR: "" } },
];

/** User + system time of this process's waited-for children, in ms (Linux /proc), or null elsewhere. */
function childrenCpuMs(): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
  // After the command name: cutime and cstime are fields 16 and 17 of stat (13 and 14 here), in clock ticks of
  // 1/100 s (USER_HZ, 100 on every Linux Node runs on).
  const ticks = Number(fields[13]) + Number(fields[14]);
  return (ticks * 1000) / 100;
}

function measure(args: readonly string[], env: Record<string, string> | undefined): { wallMs: number; cpuMs: number | null } {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const done = spawnSync(process.execPath, args, { stdio: "ignore", env: { ...process.env, ...env } });
  const wallMs = performance.now() - start;
  if (done.status !== 0) throw new Error(`node ${args.join(" ")} exited ${done.status}`);
  const cpuAfter = childrenCpuMs();
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function run(): Promise<void> {
  for (const { args, env } of COMMANDS) measure(args, env);
  const wall = COMMANDS.map(() => [] as number[]);
  const cpu = COMMANDS.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    COMMANDS.forEach(({ args, env }, i) => {
      const { wallMs, cpuMs } = measure(args, env);
      wall[i]?.push(wallMs);
      if (cpuMs !== null) cpu[i]?.push(cpuMs);
    });
  }
  const baseWall = median(wall[0] ?? []);
  const baseCpu = median(cpu[0] ?? []);
  COMMANDS.forEach(({ name }, i) => {
    const ms = median(wall[i] ?? []);
    const cpuMs = median(cpu[i] ?? []);
    const cpuText = Number.isNaN(cpuMs) ? "" : `   cpu ${cpuMs.toFixed(0).padStart(4)} ms  ${(cpuMs / baseCpu).toFixed(2)}x`;
    console.log(`${name.padEnd(24)} ${ms.toFixed(0).padStart(5)} ms median of ${ROUNDS}  ${(ms / baseWall).toFixed(2)}x node -e 0${cpuText}`);
  });
  console.log(`(load ${loadavg().map((n) => n.toFixed(2)).join(" ")})`);
}
