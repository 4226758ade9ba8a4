// `callsim eval`: a readable scorecard with its verdict, `--json` with the whole scorecard, one-line user errors (exit 2),
// and `--judge` adding a model judge's findings (the same fault ids) through a fake OpenAI-compatible server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeOpenAIServer } from "./fakes/fake-openai-server.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { judgeCall } from "../src/eval/judge.js";
import { loadCall } from "../src/eval/index.js";
import { ModelRuntime } from "../src/models/index.js";

const EN = "examples/06-saas-renewal-checkin-en.md";
const CLEAN = "tests/fixtures/transcripts/06-clean.txt";
const VERDICTS = JSON.stringify({
  passed: false,
  faults: [
    { kind: "false-claim", turn: 23, why: "Says an invite was sent; the customer only asked for one." },
    { kind: "repetition", turn: 99, why: "Repeats the options." },
  ],
  simulatorFaults: [{ kind: "persona-break", turn: 18, why: "Mentions the competitor price only late." }],
});

function callsim(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return callsimWithInput(undefined, ...args);
}

function callsimWithInput(input: string | undefined, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { env: { ...process.env, NO_COLOR: "1" } });
    child.stdin.end(input ?? "");
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

let server: FakeOpenAIServer;
beforeAll(async () => {
  server = await FakeOpenAIServer.start();
});
afterAll(async () => {
  await server.close();
});

describe("callsim eval", () => {
  it("prints a readable scorecard", async () => {
    const result = await callsim("eval", EN, CLEAN);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`${CLEAN} against '06-saas-renewal-checkin-en'`);
    expect(lines[1]).toBe("verdict PASS — score 100/100, 15/15 checks passed");
    expect(lines).toContain("PASS  invented-figure    critical every figure the caller stated is in the document or came from the customer");
  });

  it("--json prints the scorecard: verdict, score, checks, simulator, metrics", async () => {
    const result = await callsim("eval", EN, "tests/fixtures/transcripts/06-faults.jsonl", "--json");
    expect(result.status).toBe(0);
    const card = JSON.parse(result.stdout) as { passed: boolean; score: number; checks: { id: string; passed: boolean; turns: number[] }[]; metrics: { turns: number } };
    expect(Object.keys(card)).toEqual(["passed", "verdict", "score", "checks", "simulator", "metrics"]);
    expect(card.passed).toBe(false);
    expect(card.score).toBe(49);
    expect(card.checks.find((c) => c.id === "invented-figure")).toMatchObject({ passed: false, turns: [7] });
    expect(card.metrics.turns).toBe(16);
  });

  it("'-' reads the call from stdin", async () => {
    const result = await callsimWithInput(readFileSync(CLEAN, "utf8"), "eval", EN, "-", "--json");
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { score: number }).score).toBe(100);
  });

  it("an unattributable transcript is one line and exit 2", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "callsim-eval-cli-")), "bad.txt");
    writeFileSync(file, "Daniel: Hi, is this Priya Raman?\nPriya: Yes.\nNarrator: The line goes quiet.\n");
    const result = await callsim("eval", EN, file);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`callsim: ${file}:3: cannot tell whether "Narrator" is the caller or the callee (use Daniel Okafor / Priya Raman, caller/callee, 拨打方/接听方 or A/B)\n`);
    expect(result.stdout).toBe("");
  });

  it("a malformed --judge is a user error naming --judge", async () => {
    const result = await callsim("eval", EN, CLEAN, "--judge", "nonsense");
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('callsim: --judge expects PROVIDER:MODEL with PROVIDER one of openai, deepseek, qwen, glm, moonshot, ollama, vllm, compatible (got "nonsense")\n');
  });

  it("--judge adds the judge's faults as judge:<kind> checks with reasons, and they decide the verdict too", async () => {
    server.script("judge-model", { kind: "content", content: VERDICTS });
    const result = await callsim("eval", EN, CLEAN, "--json", "--judge", "compatible:judge-model", "--base-url", server.baseUrl);
    expect(result.stderr).toBe("");
    const card = JSON.parse(result.stdout) as { passed: boolean; score: number; checks: { id: string; passed: boolean; message: string; turns: number[] }[] };
    expect(card.checks.slice(-2).map((c) => [c.id, c.passed, c.message, c.turns])).toEqual([
      ["judge:false-claim", false, "Says an invite was sent; the customer only asked for one.", [23]],
      ["judge:repetition", false, "Repeats the options.", []],
    ]);
    expect(card.passed).toBe(false);
    // One major fault (79) and one minor (-5).
    expect(card.score).toBe(74);
    const body = server.requests[server.requests.length - 1]?.body;
    expect(body?.model).toBe("judge-model");
    expect(body?.messages[1]?.content).toContain("[23] CALLER: Thanks, Priya. You'll have the quote");
  });
});

describe("judgeCall", () => {
  it("repairs a reply wrapped in prose through the structured-output fallback", async () => {
    const scenario = await readScenarioFile(EN);
    const call = await loadCall(CLEAN, scenario);
    server.script("judge-prose", { kind: "content", content: `Here is my review:\n${VERDICTS}\nHope that is useful.` });
    const port = new ModelRuntime({ model: "compatible:judge-prose", baseUrl: server.baseUrl, maxRetries: 0 }).portFor("caller", 0);
    const checks = await judgeCall(scenario, call, port);
    expect(checks.map((c) => [c.id, c.passed, c.severity])).toEqual([
      ["judge:false-claim", false, "major"],
      ["judge:repetition", false, "minor"],
    ]);
  });
});
