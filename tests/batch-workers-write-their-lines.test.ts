// Rule workers write their own lines into calls.jsonl at the places the batch gives them: a worker killed mid-run,
// a Ctrl-C and a killed batch lose nothing that counted, leave no hole behind, and a resume runs each job once.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recoverLog } from "../src/batch/jsonl-log.js";
import { JsonlLineReader } from "../src/batch/jsonl-read.js";

const CLI = "dist/cli/main.js";
const SCENARIOS = ["examples/01-bank-instalment.md", "examples/06-saas-renewal-checkin-en.md"];
const SEEDS = 150;
const EXPECTED = ["01-bank-instalment", "06-saas-renewal-checkin-en"].flatMap((id) => Array.from({ length: SEEDS }, (_, i) => `${id}#${i + 1}#rule~rule`));

/** Keys of calls.jsonl's lines, each line whole JSON; the file holds no NUL byte (no hole left behind). */
function keysOf(path: string): string[] {
  const bytes = readFileSync(path);
  expect(bytes.includes(0)).toBe(false);
  const text = bytes.toString("utf8");
  expect(text === "" || text.endsWith("\n")).toBe(true);
  return text.split("\n").filter((line) => line !== "").map((line) => (JSON.parse(line) as { job: { key: string } }).job.key);
}

function workerPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter((child) => child !== "").map(Number),
    );
  } catch {
    return [];
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the batch and waits until its summary line count would be past `lines` durable calls. */
async function startAndWait(args: string[], calls: string, lines: number): Promise<{ child: ChildProcess; exit: Promise<{ code: number | null; stdout: string }> }> {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr?.resume();
  const exit = new Promise<{ code: number | null; stdout: string }>((resolve) => child.on("exit", (code) => resolve({ code, stdout })));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && (!existsSync(calls) || statSync(calls).size < lines * 4000)) await sleep(10);
  return { child, exit };
}

describe("workers writing calls.jsonl themselves", () => {
  it("a worker killed mid-run: its unwritten jobs fail, no hole stays, and a resume holds every job once", { timeout: 240_000 }, async () => {
    expect(existsSync(CLI), "build first: npm run build").toBe(true);
    const out = mkdtempSync(join(tmpdir(), "callsim-worker-kill-"));
    const calls = join(out, "calls.jsonl");
    const args = [CLI, "batch", ...SCENARIOS, "--seeds", `1-${SEEDS}`, "--out", out, "--workers", "2"];
    const { child, exit } = await startAndWait(args, calls, 30);
    const workers = workerPids(child.pid ?? 0);
    expect(workers.length).toBe(2);
    process.kill(workers[0] ?? 0, "SIGKILL");
    const first = await exit;
    // The batch goes on with a new worker; the jobs the dead one held are failed (retried next run).
    expect(first.code).toBe(1);
    const failed = Number(/(\d+) failed/.exec(first.stdout)?.[1] ?? -1);
    expect(failed).toBeGreaterThan(0);
    const keys = keysOf(calls);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length + failed).toBe(2 * SEEDS);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as { calls: number; failedJobs: number };
    expect(summary.calls).toBe(keys.length);
    expect(summary.failedJobs).toBe(failed);

    const resumed = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 120_000 });
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain(`${failed} run now, ${keys.length} already done, 0 failed`);
    const after = keysOf(calls);
    expect(after).toHaveLength(2 * SEEDS);
    expect([...after].sort()).toEqual([...EXPECTED].sort());
  });

  it("Ctrl-C: every job counted is in calls.jsonl, whole and in order, and a resume runs only the rest", { timeout: 240_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "callsim-worker-int-"));
    const calls = join(out, "calls.jsonl");
    const args = [CLI, "batch", ...SCENARIOS, "--seeds", `1-${SEEDS}`, "--out", out, "--workers", "2"];
    const { child, exit } = await startAndWait(args, calls, 30);
    child.kill("SIGINT");
    const first = await exit;
    expect(first.code).toBe(130);
    const keys = keysOf(calls);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThan(2 * SEEDS);
    // Dispatch order: the first lines of the plan, none skipped.
    expect(keys).toEqual(EXPECTED.slice(0, keys.length));
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as { calls: number };
    expect(summary.calls).toBe(keys.length);

    const resumed = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 120_000 });
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain(`${2 * SEEDS - keys.length} run now, ${keys.length} already done, 0 failed`);
    expect(keysOf(calls)).toEqual(EXPECTED);
  });

  it("a killed batch's holes: the resume keeps every whole line and cuts holes and cut-short lines out", async () => {
    const out = mkdtempSync(join(tmpdir(), "callsim-holes-"));
    const path = join(out, "calls.jsonl");
    const line = (seed: number): string => JSON.stringify({ job: { key: `s#${seed}#rule~rule`, scenario: "s", seed, caller: "rule", callee: "rule" }, n: "x".repeat(seed) });
    // Line 2's place never written (a hole); line 4 written in part before its worker died; line 6 torn at the end.
    const file = Buffer.concat([
      Buffer.from(`${line(1)}\n`),
      Buffer.alloc(line(2).length + 1),
      Buffer.from(`${line(3)}\n`),
      Buffer.from(line(4).slice(0, 10)),
      Buffer.alloc(line(4).length + 1 - 10),
      Buffer.from(`${line(5)}\n`),
      Buffer.from(line(6).slice(0, 7)),
    ]);
    writeFileSync(path, file);
    const reader = new JsonlLineReader(path);
    const read: string[] = [];
    for await (const { text } of reader.lines()) read.push(text);
    expect(read).toEqual([line(1), line(3), line(5)]);

    const state = await recoverLog(path);
    expect([...state.doneKeys]).toEqual(["s#1#rule~rule", "s#3#rule~rule", "s#5#rule~rule"]);
    expect(state.droppedBytes).toBe(7);
    expect(state.holeBytes).toBe(line(2).length + 1 + line(4).length + 1);
    expect(readFileSync(path, "utf8")).toBe(`${line(1)}\n${line(3)}\n${line(5)}\n`);
  });
});
