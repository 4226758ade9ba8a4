// `callsim run` with model seats through the real CLI: a committed recording replays offline, byte for byte.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CallRecord } from "../src/schema/index.js";

const FIXTURE = "tests/fixtures/llm-replay";

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "run", ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("callsim run --replay", () => {
  it("plays the recorded call offline and prints the very record of the recorded run", () => {
    const run = cli(`${FIXTURE}/scenario.json`, "--caller", "llm", "--callee", "llm", "--replay", `${FIXTURE}/exchanges.jsonl`, "--seed", "3", "--json");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(`${FIXTURE}/record.json`, "utf8"));
    const record = CallRecord.parse(JSON.parse(run.stdout));
    expect(record.end).toEqual({ by: "caller", condition: 1, reason: "every step delivered" });
    expect(record.seats).toEqual({ caller: { kind: "llm", model: "compatible:agent" }, callee: { kind: "llm", model: "compatible:customer" } });
    expect(record.usage?.caller).toMatchObject({ requests: 9, retries: 1 });
    expect(record.usage?.callee).toMatchObject({ requests: 8, retries: 0 });
    expect(record.turns).toHaveLength(17);
  });

  it("streams the caller's text live when not --json", () => {
    const run = cli(`${FIXTURE}/scenario.json`, "--caller", "llm", "--callee", "llm", "--replay", `${FIXTURE}/exchanges.jsonl`, "--seed", "3");
    expect(run.status).toBe(0);
    const record = CallRecord.parse(JSON.parse(readFileSync(`${FIXTURE}/record.json`, "utf8")));
    expect(run.stdout).toContain(record.turns[0]?.text ?? "(none)");
  });

  it("fails loudly when the scenario does not match the recording", () => {
    const run = cli("examples/00-seed-service-followup.md", "--caller", "llm", "--callee", "llm", "--replay", `${FIXTURE}/exchanges.jsonl`, "--json");
    expect(run.status).toBe(1);
    const record = CallRecord.parse(JSON.parse(run.stdout));
    expect(record.end.by).toBe("error");
    expect(record.end.reason).toBe("caller seat failed: caller request does not match the recording (message 1 (system) differs)");
  });

  it("writes the record when the model cannot be reached (end.by = error)", () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-llm-cli-"));
    const run = cli(`${FIXTURE}/scenario.json`, "--caller", "llm", "--model", "compatible:x", "--base-url", "http://127.0.0.1:9/v1", "--max-retries", "0", "--out", dir, "--json");
    expect(run.status).toBe(1);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const saved = CallRecord.parse(JSON.parse(readFileSync(join(dir, files[0] ?? ""), "utf8")));
    expect(saved.end.by).toBe("error");
    expect(saved.end.reason).toContain("caller seat failed: model compatible:x: network: ECONNREFUSED");
    expect(saved.usage?.caller).toMatchObject({ requests: 1, retries: 0 });
  });

  it("a bad --model is one user-error line and exit 2", () => {
    const run = cli(`${FIXTURE}/scenario.json`, "--caller", "llm", "--model", "gpt-4o");
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('callsim: --model expects PROVIDER:MODEL with PROVIDER one of openai, deepseek, qwen, glm, moonshot, ollama, vllm, compatible (got "gpt-4o")');
  });
});
