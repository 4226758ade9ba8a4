// `callsim import FILE --model P:M` through the real CLI against the fake OpenAI-compatible server: the model fills
// what the offline reader left empty (only where the document bears it out), every difference is printed, the
// exchange records and replays offline, and a model with no usable reading is one line and exit 2, nothing written.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { correctionMessage } from "../src/models/structured.js";
import type { ModelReading } from "../src/import/model-reading.js";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";

const fake = useFakeOpenAIServer();
const MODEL = "reader-model";

/** Async, so the fake server in this process keeps answering while the CLI waits on it. */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "import", ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", CALLSIM_API_KEY: "" } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  // A child ended by a signal says so where a failed assertion shows it.
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, stdout, stderr: signal === null ? stderr : `${stderr}[ended by ${signal}]` })));
}

const DOC = [
  "You help the front desk of a climbing gym call back members whose pass ran out last month.",
  "",
  "## Steps",
  '1. "Hi, this is the front desk at Granite Loft, your climbing pass ran out last month."',
  '2. "This week we can renew it without the joining fee."',
  '3. "Would you like me to renew it now?"',
].join("\n");

function reading(over: { caller?: Partial<ModelReading["caller"]>; callee?: Partial<ModelReading["callee"]> } = {}): ModelReading {
  return {
    title: null,
    caller: {
      name: null,
      organization: "Granite Loft",
      role: "Front-desk assistant of a climbing gym",
      task: "Call back members whose pass ran out and offer a renewal without the joining fee.",
      customerProfile: ["A member whose pass ran out last month"],
      steps: [
        { title: "Reason for the call", lines: ["Hi, this is the front desk at Granite Loft, your climbing pass ran out last month."], instructions: [], branches: [] },
        { title: "Offer", lines: ["This week we can renew it without the joining fee."], instructions: [], branches: [] },
      ],
      knowledgeBase: [],
      opening: "Hi, this is the front desk at Granite Loft, your climbing pass ran out last month.",
      endConditions: [],
      closingLines: ["Thanks, enjoy your climbing!"],
      ...over.caller,
    },
    callee: { name: "Jordan", role: "", background: "", situation: null, concerns: [], behaviours: [], style: { positive: [], negative: [] }, endConditions: [], ...over.callee },
  };
}

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "callsim-import-model-"));
  writeFileSync(join(dir, "gym.md"), DOC);
  return dir;
}

describe("callsim import --model", () => {
  it("fills what the offline reader left empty, keeps what it read, refuses what the document does not say; prints each field", async () => {
    const dir = workDir();
    fake.server.script(MODEL, { kind: "content", content: JSON.stringify(reading()) });
    const run = await cli(join(dir, "gym.md"), "--model", `compatible:${MODEL}`, "--base-url", fake.server.baseUrl, "-o", join(dir, "gym.yaml"));
    expect(run.stderr).toBe("");
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toContain(`model compatible:${MODEL} against the offline reading, field by field:`);
    expect(out).toContain("  caller.organization: filled by the model\n    offline: (empty)\n    model:   'Granite Loft'");
    expect(out).toContain("  caller.steps: differs; offline reading kept");
    expect(out).toContain("  caller.opening: filled by the model");
    expect(out).toContain("  caller.closingLines: model's value not in the document; not used\n    offline: (empty)\n    model:   'Thanks, enjoy your climbing!'\n    not found: 'Thanks, enjoy your climbing!'");
    expect(out).toContain("  callee.name: model's value not in the document; not used");
    expect(out).toContain("  caller.name: empty in both");
    expect(out.trimEnd().endsWith(`wrote ${join(dir, "gym.yaml")}`)).toBe(true);

    // The request: structured output with the schema, the document, and the offline reader's doubts.
    const request = fake.server.requestsFor(MODEL)[0]?.body;
    expect(request?.response_format?.json_schema?.name).toBe("scenario_reading");
    expect(request?.messages[1]?.content).toContain(DOC);
    expect(request?.messages[1]?.content).toContain("missing opening line");

    const yaml = readFileSync(join(dir, "gym.yaml"), "utf8");
    expect(yaml).toMatch(/# 'Granite Loft' from model compatible:reader-model \(the offline reader left it empty\) \(line 4: /);
    const back = await readScenarioFile(join(dir, "gym.yaml"));
    expect([back.caller.organization, back.caller.opening, back.caller.steps.length, back.caller.closingLines, back.callee.name]).toEqual([
      "Granite Loft",
      "Hi, this is the front desk at Granite Loft, your climbing pass ran out last month.",
      3,
      [],
      "",
    ]);
    expect(back.caller.task).toBe("Call back members whose pass ran out and offer a renewal without the joining fee.");
    const messages = back.diagnostics.map((d) => d.message);
    expect(messages).toContain(`caller.organization filled by model compatible:${MODEL}; check it`);
    expect(messages.some((m) => /^missing opening line/.test(m) || /^caller organisation not stated/.test(m))).toBe(false);
    expect(messages.some((m) => /^missing closing lines/.test(m))).toBe(true);
  }, 30_000);

  it("records the exchange, and the recording replays offline to the same YAML", async () => {
    const dir = workDir();
    fake.server.script(MODEL, { kind: "content", content: `Here it is:\n\`\`\`json\n${JSON.stringify(reading())}\n\`\`\`` });
    const recorded = await cli(join(dir, "gym.md"), "--model", `compatible:${MODEL}`, "--base-url", fake.server.baseUrl, "--record", join(dir, "exchange.jsonl"));
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toContain("caller.organization: filled by the model");
    const replayed = await cli(join(dir, "gym.md"), "--replay", join(dir, "exchange.jsonl"));
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toBe(recorded.stdout);
    expect(replayed.stderr).toBe(recorded.stderr);
    expect(fake.server.requestsFor(MODEL)).toHaveLength(1);
    // A recording of another document does not match: one line, exit 2.
    writeFileSync(join(dir, "other.md"), DOC.replace("climbing gym", "bouldering gym"));
    const mismatch = await cli(join(dir, "other.md"), "--replay", join(dir, "exchange.jsonl"));
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr.trim().split("\n")).toHaveLength(1);
    expect(mismatch.stderr).toMatch(/does not match the recording/);
  }, 30_000);

  it("a reply that breaks the schema gets one corrective retry, then is used", async () => {
    const dir = workDir();
    const broken = { ...reading(), caller: { ...reading().caller, steps: "two steps" } };
    fake.server.script(MODEL, { kind: "content", content: JSON.stringify(broken) }, { kind: "content", content: JSON.stringify(reading()) });
    const run = await cli(join(dir, "gym.md"), "--model", `compatible:${MODEL}`, "--base-url", fake.server.baseUrl);
    expect(run.code, run.stderr).toBe(0);
    expect(fake.server.requestsFor(MODEL)[1]?.body.messages.at(-1)?.content).toBe(correctionMessage("caller.steps: Invalid input: expected array, received string"));
    expect(run.stdout).toContain("organization: Granite Loft");
  }, 30_000);

  it.each([
    ["prose twice", [{ kind: "content", content: "The caller works at a gym." }, { kind: "content", content: "Sorry, I cannot." }], /no model reading \(model compatible:reader-model gave no valid JSON after a corrective retry: no JSON object in the reply\); nothing was written/],
    ["a wrong shape twice", [{ kind: "content", content: '{"title": 3}' }, { kind: "content", content: '{"caller": null}' }], /no model reading \(.*gave no valid JSON after a corrective retry: .*\); nothing was written/],
    ["a server error", [{ kind: "status", status: 400 }], /no model reading \(.*400.*\); nothing was written/],
  ] as const)("%s: one line naming the file, exit 2, nothing written", async (_name, replies, message) => {
    const dir = workDir();
    fake.server.script(MODEL, ...replies);
    const run = await cli(join(dir, "gym.md"), "--model", `compatible:${MODEL}`, "--base-url", fake.server.baseUrl, "--max-retries", "0", "-o", join(dir, "gym.yaml"));
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^callsim: .*gym\.md: /);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(dir, "gym.yaml"))).toBe(false);
  }, 30_000);

  it("a bad --model is one user-error line, before any request", async () => {
    const dir = workDir();
    const run = await cli(join(dir, "gym.md"), "--model", "gpt-4o");
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr.trim()).toMatch(/^callsim: --model expects PROVIDER:MODEL/);
    expect(fake.server.requests).toHaveLength(0);
  }, 30_000);
});
