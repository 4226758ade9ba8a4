// Bad flags and inputs of batch / report / export: one line `callsim: ...`, exit 2, no stack.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = "dist/cli/main.js";

function callsim(...args: string[]): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe("batch, report and export user errors", () => {
  const out = mkdtempSync(join(tmpdir(), "callsim-cli-"));

  it.each([
    [["batch", "examples/01-bank-instalment.md", "--seeds", "3-1", "--out", out], "callsim: bad --seeds range '3-1': the end must not be below the start\n"],
    [["batch", "examples/01-bank-instalment.md", "--seeds", "1", "--caller", "human", "--out", out], "callsim: --caller 'human' cannot run in a batch (choose rule, llm, llm:PROVIDER:MODEL, http:URL, webhook:URL or cmd:COMMAND)\n"],
    [["batch", "examples/01-bank-instalment.md", "--seeds", "1", "--callee", "llm", "--out", out], "callsim: --callee llm needs a model: --model PROVIDER:MODEL, --callee-model, or --callee llm:PROVIDER:MODEL\n"],
    [["batch", "no-such-file.md", "--seeds", "1", "--out", out], "callsim: no-such-file.md: no such file or folder\n"],
    [["batch", "examples/01-bank-instalment.md", "--seeds", "1", "--workers", "0", "--out", out], "callsim: --workers must be an integer from 1 to 1024 (got '0')\n"],
    [["report", join(out, "missing")], `callsim: ${join(out, "missing", "calls.jsonl")}: no calls file (run 'callsim batch' first)\n`],
    [["export", out, "--format", "alpaca", "--perspective", "caller"], "callsim: --format must be openai or sharegpt (got 'alpaca')\n"],
    [["export", out, "--format", "openai", "--perspective", "agent"], "callsim: --perspective must be caller or callee (got 'agent')\n"],
  ])("callsim %j", (args, message) => {
    expect(existsSync(CLI), "build first: npm run build").toBe(true);
    const result = callsim(...args);
    expect(result.stderr).toBe(message);
    expect(result.status).toBe(2);
  });
});
