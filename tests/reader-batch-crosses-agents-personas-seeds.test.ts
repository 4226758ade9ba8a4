// `batch AGENTS... --persona A --persona B --seeds …` crosses agents × personas × seeds: every combination runs once,
// each call plays that agent's script against that persona (its name, its own scenario id), and nothing else runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startBatch } from "../src/batch/start-batch.js";
import { silentProgress } from "../src/batch/progress.js";
import type { BatchLine } from "../src/batch/types.js";
import { readPersonaFile, readScenarioFile, withPersonas } from "../src/scenario/index.js";

const DEV = "tests/fixtures/real/dev";
const AGENTS = [`${DEV}/en-two-personas.md`, `${DEV}/en-outbound-sales-agent.md`];
const PERSONAS = [`${DEV}/en-two-personas.calm.persona.md`, `${DEV}/en-two-personas.angry.persona.md`];
const SEEDS = [1, 2, 3];

const linesOf = (dir: string): BatchLine[] => readFileSync(join(dir, "calls.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as BatchLine);

describe("batch crosses agents × personas × seeds", () => {
  it("runs each (agent, persona, seed) once, the persona as the callee", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "callsim-cross-")), "out");
    const result = await startBatch({ inputs: AGENTS, personas: PERSONAS, seeds: SEEDS, callers: ["rule"], callees: ["rule"], outDir: out, concurrency: 2, progress: silentProgress });
    expect(result).toMatchObject({ total: 12, ran: 12, failed: 0 });
    const agentIds = await Promise.all(AGENTS.map(async (a) => (await readScenarioFile(a)).id));
    const expected = agentIds.flatMap((agent) => PERSONAS.map((p) => `${agent}+${p.split("/").at(-1)?.replace(/\.md$/, "")}`)).flatMap((id) => SEEDS.map((seed) => `${id}#${seed}#rule~rule`));
    const lines = linesOf(out);
    expect(lines.map((l) => l.job.key).sort()).toEqual(expected.sort());
    for (const line of lines) {
      expect(line.call.scenario.id).toBe(line.job.scenario);
      expect(line.call.seed).toBe(line.job.seed);
      expect(line.call.turns.some((t) => t.speaker === "callee")).toBe(true);
    }
    // Each crossed scenario has that persona as its callee (what the batch hands the seats).
    const crossed = withPersonas(await readScenarioFile(AGENTS[0] ?? ""), await Promise.all(PERSONAS.map((p) => readPersonaFile(p))));
    expect(crossed.map((s) => s.callee.name)).toEqual(["Grace Kim", "Victor Hale"]);
    // Every call is its own record (ids name agent, persona and seed).
    expect(new Set(lines.map((l) => l.call.id)).size).toBe(12);
  }, 60_000);

  it("through the CLI: --persona twice and two agents make 2 × 2 × seeds jobs", () => {
    const out = join(mkdtempSync(join(tmpdir(), "callsim-cross-cli-")), "out");
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "batch", ...AGENTS, "--persona", PERSONAS[0] ?? "", "--persona", PERSONAS[1] ?? "", "--seeds", "1-2", "--out", out, "--workers", "1"], { encoding: "utf8" });
    expect(run.stderr).not.toMatch(/callsim: /);
    expect(run.status).toBe(0);
    const keys = linesOf(out).map((l) => l.job.key);
    expect(keys).toHaveLength(8);
    expect(new Set(keys).size).toBe(8);
    expect(new Set(linesOf(out).map((l) => l.call.scenario.id.split("+")[1]))).toEqual(new Set(["en-two-personas.calm.persona", "en-two-personas.angry.persona"]));
  }, 60_000);
});
