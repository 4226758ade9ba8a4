// What two processes can gain over one on this machine, for work that is not callsim's: a pure arithmetic loop and an
// allocating loop (short-lived strings and a Map, as a rule call makes). One Node process already spends part of its
// CPU on V8's helper threads (GC, compiler) on the second core, so two processes cannot double an allocating
// workload: the ratio printed here is the machine's ceiling for "2 workers / 1 worker" (issue 14 asks 1.7x).
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";

const WORKLOADS = {
  arithmetic: "let x = 0; for (let i = 0; i < 3e8; i++) { x = (x + i * 7) % 1000003; } out(x);",
  allocating:
    "let a = 0; const m = new Map(); for (let i = 0; i < 3e7; i++) { const s = 'k' + (i % 5000) + 'x' + (i & 255); a += s.length; m.set(s, (m.get(s) ?? 0) + 1); if (m.size > 100000) m.clear(); } out(a);",
} as const;

const PRELUDE =
  "const t0 = process.cpuUsage(); const w0 = performance.now(); const out = (v) => { const c = process.cpuUsage(t0); " +
  "console.log(JSON.stringify({ wall: performance.now() - w0, cpu: (c.user + c.system) / 1000, v })); };";

interface Sample {
  wall: number;
  cpu: number;
}

function once(code: string): Promise<Sample> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["-e", PRELUDE + code], { stdio: ["ignore", "pipe", "inherit"] });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("error", fail);
    child.on("close", () => {
      try {
        const sample = JSON.parse(text) as Sample;
        done({ wall: sample.wall, cpu: sample.cpu });
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

export async function run(): Promise<void> {
  console.log(`${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  for (const [name, code] of Object.entries(WORKLOADS)) {
    const alone = await once(code);
    const pair = await Promise.all([once(code), once(code)]);
    const pairWall = Math.max(...pair.map((s) => s.wall));
    const ratio = (2 * alone.wall) / pairWall;
    console.log(
      `${name}: 1 process wall ${(alone.wall / 1000).toFixed(2)} s, CPU ${(alone.cpu / 1000).toFixed(2)} s (${(alone.cpu / alone.wall).toFixed(2)} cores); ` +
        `2 at once wall ${(pairWall / 1000).toFixed(2)} s, CPU ${pair.map((s) => (s.cpu / 1000).toFixed(2)).join(" + ")} s; 2 / 1 = ${ratio.toFixed(2)}x`,
    );
  }
}
