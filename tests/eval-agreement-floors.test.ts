// The rule scorer against the labelled dev set: floors on verdict agreement, faults located at their turn and false
// alarms on clean calls. The floors are what the scorer honestly reaches today, below the targets (agreement
// >= 95%, every kind >= 90% located, false alarms <= 5%); `npm run bench` prints the full table, heldout apart.
// Also: the same table from `callsim eval --labels`, and a model judge measured the same way through a fake server.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAgreement } from "../src/eval/agreement/run-agreement.js";
import { judgeLabelled } from "../src/eval/judge.js";
import { ModelRuntime } from "../src/models/index.js";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";
import type { LabelledCall } from "../src/schema/index.js";

const DEV = "tests/labelled/dev";

describe("rule scorer vs the labelled dev set", () => {
  it("reaches its floors", async () => {
    const { reports } = await runAgreement(DEV);
    const dev = reports[0];
    expect(dev?.group).toBe("dev");
    if (dev === undefined) return;
    const located = dev.kinds.reduce((n, k) => n + k.located, 0) / dev.kinds.reduce((n, k) => n + k.labelled, 0);
    expect(dev.calls).toBeGreaterThanOrEqual(100);
    expect(dev.agree / dev.calls).toBeGreaterThanOrEqual(0.88);
    expect(located).toBeGreaterThanOrEqual(0.58);
    expect(dev.cleanFlagged / dev.clean).toBeLessThanOrEqual(0.05);
    // Kinds the rules read well are held to more.
    const recall = (kind: string): number => {
      const stat = [...dev.kinds, ...dev.simulatorKinds].find((k) => k.kind === kind);
      return stat === undefined || stat.labelled === 0 ? 1 : stat.located / stat.labelled;
    };
    expect(recall("deflected-answer")).toBeGreaterThanOrEqual(0.85);
    expect(recall("sensitive-info")).toBeGreaterThanOrEqual(0.6);
    expect(recall("false-claim")).toBeGreaterThanOrEqual(0.45);
    expect(recall("invented-figure")).toBeGreaterThanOrEqual(0.7);
    expect(recall("persona-break")).toBeGreaterThanOrEqual(0.5);
    expect(recall("marketing")).toBeGreaterThanOrEqual(0.9);
    expect(recall("no-closing")).toBeGreaterThanOrEqual(0.9);
    expect(recall("disclosure")).toBeGreaterThanOrEqual(0.6);
    expect(recall("missing-step")).toBeGreaterThanOrEqual(0.5);
    expect(recall("wrong-closing")).toBeGreaterThanOrEqual(0.4);
  }, 120_000);
});

// The older held-back part was opened before (it is measured, never tuned on): its floors keep a regression visible.
describe("rule scorer vs the labelled heldout set (opened before)", () => {
  it("reaches its floors", async () => {
    const { reports } = await runAgreement("tests/labelled/heldout");
    const heldout = reports[0];
    expect(heldout?.calls).toBeGreaterThanOrEqual(50);
    if (heldout === undefined) return;
    const located = heldout.kinds.reduce((n, k) => n + k.located, 0) / heldout.kinds.reduce((n, k) => n + k.labelled, 0);
    expect(heldout.agree / heldout.calls).toBeGreaterThanOrEqual(0.85);
    expect(located).toBeGreaterThanOrEqual(0.55);
    expect(heldout.cleanFlagged / heldout.clean).toBeLessThanOrEqual(0.06);
  }, 120_000);
});

describe("callsim eval --labels", () => {
  const server = useFakeOpenAIServer();

  it("prints the agreement table for a labelled file", () => {
    const file = join(DEV, readdirSync(DEV).sort()[0] ?? "");
    const run = spawnSync(process.execPath, ["dist/cli/main.js", "eval", "--labels", file], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^rules \[dev\]: 1 calls/);
    expect(run.stdout).toContain("verdict agreement");
  });

  it("measures a model judge with the same fault ids, on a recorded reply", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-labels-"));
    mkdirSync(join(dir, "dev"));
    mkdirSync(join(dir, "scenarios"));
    copyFileSync("examples/06-saas-renewal-checkin-en.md", join(dir, "scenarios", "s.md"));
    const label: LabelledCall = {
      id: "t-1",
      scenario: "scenarios/s.md",
      language: "en",
      turns: [
        { speaker: "caller", text: "Hi, is this Priya Raman? This is Daniel Okafor from Cobaltix." },
        { speaker: "callee", text: "Yes. What's the price next year?" },
        { speaker: "caller", text: "It drops to $25 a seat. Bye." },
      ],
      verdict: "fail",
      faults: [{ kind: "invented-figure", turn: 2 }],
      simulatorFaults: [],
    };
    writeFileSync(join(dir, "dev", "t-1.json"), JSON.stringify(label));
    server.server.script("judge", { kind: "content", content: JSON.stringify({ passed: false, faults: [{ kind: "invented-figure", turn: 2, why: "$25 is nowhere" }], simulatorFaults: [] }) });
    const port = new ModelRuntime({ model: "compatible:judge", baseUrl: server.server.baseUrl, maxRetries: 0 }).portFor("caller", 0);
    const { reports } = await runAgreement(dir, (item) => judgeLabelled(item.scenario, item.call, port));
    expect(reports[0]).toMatchObject({ group: "dev", calls: 1, agree: 1 });
    expect(reports[0]?.kinds.find((k) => k.kind === "invented-figure")).toEqual({ kind: "invented-figure", labelled: 1, located: 1, extra: 0 });
    const sent = server.server.requests[0]?.body.messages[1]?.content ?? "";
    expect(sent).toContain("[2] CALLER: It drops to $25 a seat. Bye.");
  });

  it("`callsim schema labels` prints the label JSON Schema", () => {
    const run = spawnSync(process.execPath, ["dist/cli/main.js", "schema", "labels"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(["id", "scenario", "language", "industry", "source", "turns", "verdict", "faults", "simulatorFaults"]);
  });
});
