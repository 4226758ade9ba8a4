// `callsim run` end to end through the real CLI: live print, --json bytes, --out, and one-line user errors.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CallRecord } from "../src/schema/index.js";

const EXAMPLE = "examples/00-seed-service-followup.md";

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "run", ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("callsim run", () => {
  it("--json prints only the record, the same bytes for the same seed", () => {
    const first = cli(EXAMPLE, "--seed", "5", "--json");
    const second = cli(EXAMPLE, "--seed", "5", "--json");
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const record = CallRecord.parse(JSON.parse(first.stdout));
    expect(record.seed).toBe(5);
    expect(record.scenario).toEqual({ id: "00-seed-service-followup", path: EXAMPLE, language: "zh" });
    expect(record.seats).toEqual({ caller: { kind: "rule", model: null }, callee: { kind: "rule", model: null } });
    expect(cli(EXAMPLE, "--seed", "6", "--json").stdout).not.toBe(first.stdout);
  });

  it("prints the call live with speaker names and a summary, and --out writes <id>.json", () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-run-"));
    const run = cli(EXAMPLE, "--seed", "2", "--out", dir);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[1]).toMatch(/^\[00:00\] 李明: 您好，请问是张强先生吗？/);
    expect(lines[2]).toMatch(/^\[\d\d:\d\d\] 张强: /);
    expect(run.stdout).toMatch(/Ended by (caller|callee) \(condition \d\)/);
    expect(run.stdout).toMatch(/Steps delivered \d\/8/);
    expect(run.stdout).not.toContain("\u001b[");
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const saved = CallRecord.parse(JSON.parse(readFileSync(join(dir, files[0] ?? ""), "utf8")));
    expect(files[0]).toBe(`${saved.id}.json`);
    expect(JSON.stringify(saved, null, 2)).toBe(cli(EXAMPLE, "--seed", "2", "--json").stdout.trimEnd());
  });

  it("a turn limit that is reached is a failure (exit 1, by = limit)", () => {
    const run = cli(EXAMPLE, "--max-turns", "3", "--json");
    expect(run.status).toBe(1);
    expect(CallRecord.parse(JSON.parse(run.stdout)).end.by).toBe("limit");
  });

  it.each([
    [["--caller", "robot"], 'callsim: --caller expects one of rule | human | llm | http:URL | webhook:URL | cmd:COMMAND (got "robot")'],
    [["--callee", "bot"], 'callsim: --callee expects one of rule | human | llm | http:URL | webhook:URL | cmd:COMMAND (got "bot")'],
    [["--seed", "abc"], 'callsim: --seed expects an integer (got "abc")'],
    [["--max-turns", "0"], 'callsim: --max-turns expects an integer >= 1 (got "0")'],
  ])("bad flags %j are one-line user errors with exit 2", (flags, message) => {
    const run = cli(EXAMPLE, ...flags);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.stdout).toBe("");
  });

  it("an unreadable scenario is a one-line user error with exit 2", () => {
    const run = cli("examples/does-not-exist.md");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("callsim: examples/does-not-exist.md: no such file\n");
  });
});
