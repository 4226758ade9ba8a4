// What `callsim parse --json` prints loads back unchanged (JSON and YAML); the command exits 0 / 2 with one clear line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { readScenarioFile } from "../src/scenario/index.js";

const root = join(import.meta.dirname, "..");
const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".md")).sort();
const tmp = mkdtempSync(join(tmpdir(), "callsim-json-"));

function callsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "src", "cli", "main.ts"), ...args], { cwd: root, encoding: "utf8" });
  // A child ended by a signal says so where a failed assertion shows it.
  return { status: run.status, stdout: run.stdout, stderr: run.signal === null ? run.stderr : `${run.stderr}[ended by ${run.signal}]` };
}

describe("JSON and YAML scenarios", () => {
  it("loads every example back unchanged from JSON and from YAML", async () => {
    for (const file of examples) {
      const parsed = await readScenarioFile(join(root, "examples", file));
      const jsonPath = join(tmp, file.replace(/\.md$/, ".json"));
      const yamlPath = join(tmp, file.replace(/\.md$/, ".yaml"));
      writeFileSync(jsonPath, JSON.stringify(parsed, null, 2));
      writeFileSync(yamlPath, stringify(parsed));
      expect(await readScenarioFile(jsonPath)).toEqual(parsed);
      expect(await readScenarioFile(yamlPath)).toEqual(parsed);
    }
  });

  it("rejects broken or off-schema JSON/YAML with the field that is wrong", async () => {
    const broken = join(tmp, "broken.json");
    writeFileSync(broken, "{ not json");
    await expect(readScenarioFile(broken)).rejects.toMatchObject({ kind: "user", code: "scenario-syntax", file: broken });
    const offSchema = join(tmp, "off.yml");
    writeFileSync(offSchema, "schemaVersion: 1\nid: x\ntitle: null\nlanguage: fr\n");
    await expect(readScenarioFile(offSchema)).rejects.toMatchObject({ kind: "user", code: "scenario-invalid", message: expect.stringContaining("language") });
  });
});

describe("callsim parse", () => {
  it("--json prints only the Scenario JSON, which loads back unchanged", async () => {
    const run = callsim("parse", "examples/06-saas-renewal-checkin-en.md", "--json");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    const path = join(tmp, "from-cli.json");
    writeFileSync(path, run.stdout);
    const direct = await readScenarioFile(join(root, "examples", "06-saas-renewal-checkin-en.md"));
    expect(JSON.parse(run.stdout)).toEqual(direct);
    expect(await readScenarioFile(path)).toEqual(direct);
  });

  it("prints a readable summary with counts and diagnostics", () => {
    const run = callsim("parse", "tests/fixtures/scenarios/zh-synonyms-extra.md");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Caller: 张伟 — 顺达快递");
    expect(run.stdout).toContain("  steps: 3\n");
    expect(run.stdout).toContain("  Q&A pairs: 2\n");
    expect(run.stdout).toContain("  end conditions: 2\n");
    expect(run.stdout).toContain("Callee: 李娜");
    expect(run.stdout).toContain("Facts: 4 (2天, 6月12日, 6月14日, 10元)");
    expect(run.stdout).toContain("  warning: tests/fixtures/scenarios/zh-synonyms-extra.md:37: unknown section '合规要求' kept as an extra section");
  });

  it("exits 2 with one line and no stack on a user error", () => {
    const missing = callsim("parse", "nope.md");
    expect(missing.status, missing.stderr).toBe(2);
    expect(missing.stderr).toBe("callsim: nope.md: no such file\n");
    const noCaller = callsim("parse", "tests/fixtures/scenarios/zh-no-caller.md");
    expect(noCaller.status, noCaller.stderr).toBe(2);
    expect(noCaller.stderr.split("\n")).toHaveLength(2);
    expect(noCaller.stderr).toMatch(/^callsim: tests\/fixtures\/scenarios\/zh-no-caller\.md:1: no caller side found/);
    expect(noCaller.stdout).toBe("");
  });
});
