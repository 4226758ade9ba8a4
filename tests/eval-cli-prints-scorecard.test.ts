// `callsim eval`: a readable scorecard, `--json` with { score, checks, metrics } only, one-line user errors (exit 2),
// and `--judge` adding model-judged checks through a fake OpenAI-compatible server.
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
  concern: { passed: true, reason: "Each question got a direct answer with numbers.", turns: [9, 17] },
  tone: { passed: true, reason: "Calm and factual, no sales language.", turns: [] },
  persona: { passed: false, reason: "The customer accepted the price without mentioning the competitor quote.", turns: [99, 18] },
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
    expect(lines[1]).toBe("score 100/100 — 12/12 checks passed");
    expect(lines).toContain("PASS  grounding        critical every figure the caller stated is in the scenario or came from the customer");
  });

  it("--json prints { score, checks, metrics } only", async () => {
    const result = await callsim("eval", EN, "tests/fixtures/transcripts/06-faults.jsonl", "--json");
    expect(result.status).toBe(0);
    const card = JSON.parse(result.stdout) as { score: number; checks: { id: string; passed: boolean; turns: number[] }[]; metrics: { turns: number } };
    expect(Object.keys(card)).toEqual(["score", "checks", "metrics"]);
    expect(card.score).toBe(48.4);
    expect(card.checks.find((c) => c.id === "grounding")).toMatchObject({ passed: false, turns: [7] });
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

  it("--judge adds judge:concern, judge:tone and judge:persona with reasons", async () => {
    server.script("judge-model", { kind: "content", content: VERDICTS });
    const result = await callsim("eval", EN, CLEAN, "--json", "--judge", "compatible:judge-model", "--base-url", server.baseUrl);
    expect(result.stderr).toBe("");
    const card = JSON.parse(result.stdout) as { score: number; checks: { id: string; passed: boolean; message: string; turns: number[] }[] };
    expect(card.checks.slice(-3).map((c) => [c.id, c.passed, c.message, c.turns])).toEqual([
      ["judge:concern", true, "Each question got a direct answer with numbers.", [9, 17]],
      ["judge:tone", true, "Calm and factual, no sales language.", []],
      ["judge:persona", false, "The customer accepted the price without mentioning the competitor quote.", [18]],
    ]);
    // 95 weighted points of rule checks (marketing does not apply here) plus 15 of judge checks, 5 lost: 105/110.
    expect(card.score).toBe(95.5);
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
      ["judge:concern", true, "major"],
      ["judge:tone", true, "major"],
      ["judge:persona", false, "minor"],
    ]);
  });
});
