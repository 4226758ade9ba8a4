// Single-side input (an agent document with personas given apart), the review path (`parse --explain`,
// `import -o scenario.yaml` whose YAML loads back to the same Scenario) and the checks JSON/YAML scenarios share.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scenarioYaml } from "../src/cli/commands/import.js";
import { readPersonaFile, readScenarioWithTrace, readWithPersonas, withPersonas } from "../src/scenario/index.js";
import { loadStructured } from "../src/scenario/load-structured.js";

const root = join(import.meta.dirname, "..");
const dev = join(root, "tests", "fixtures", "real", "dev");

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "src", "cli", "main.ts"), ...args], { cwd: root, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("personas given apart", () => {
  it("each persona becomes the callee of its own scenario, named after both documents", async () => {
    const { scenarios } = await readWithPersonas(join(dev, "en-two-personas.md"), [join(dev, "en-two-personas.calm.persona.md"), join(dev, "en-two-personas.angry.persona.md")]);
    expect(scenarios.map((s) => [s.id, s.callee.name, s.caller.name])).toEqual([
      ["en-two-personas+en-two-personas.calm.persona", "Grace Kim", "Zoe"],
      ["en-two-personas+en-two-personas.angry.persona", "Victor Hale", "Zoe"],
    ]);
    // The default-persona warning goes once a real persona is given.
    expect(scenarios.every((s) => s.diagnostics.every((d) => !/no callee side/.test(d.message)))).toBe(true);
  });

  it("a caller-only document plays a default persona from its customer profile, with a warning", async () => {
    const { scenario } = await readScenarioWithTrace(join(dev, "zh-caller-only-profile.md"));
    // Named as the profile names her (its truth file, written first, keeps the honorific).
    expect(scenario.callee.name).toBe("钱小红女士");
    expect(scenario.callee.background).toContain("首保快到期");
    expect(scenario.diagnostics.some((d) => /default persona/.test(d.message))).toBe(true);
  });

  it("a persona-only document is refused as the agent file, naming --persona, and accepted as a persona", async () => {
    const refused = cli("parse", "tests/fixtures/real/dev/zh-dental-pair.persona.md");
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/--persona/);
    const persona = await readPersonaFile(join(dev, "zh-dental-pair.persona.md"));
    expect([persona.callee.name, persona.callee.style.positive.length, persona.callee.style.negative.length]).toEqual(["何平", 1, 1]);
  });

  it("a document with nothing of a customer is not a persona", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-persona-"));
    writeFileSync(join(dir, "p.md"), "# Notes\n\nnothing here\n");
    await expect(readPersonaFile(join(dir, "p.md"))).rejects.toMatchObject({ kind: "user", code: "no-persona" });
  });

  it("parse --persona twice prints both scenarios; withPersonas without personas keeps the scenario", async () => {
    const out = cli("parse", "tests/fixtures/real/dev/en-two-personas.md", "--persona", "tests/fixtures/real/dev/en-two-personas.calm.persona.md", "--persona", "tests/fixtures/real/dev/en-two-personas.angry.persona.md", "--json");
    expect(out.code).toBe(0);
    expect((JSON.parse(out.stdout) as { callee: { name: string } }[]).map((s) => s.callee.name)).toEqual(["Grace Kim", "Victor Hale"]);
    const { scenario } = await readScenarioWithTrace(join(dev, "en-two-personas.md"));
    expect(withPersonas(scenario, [])).toEqual([scenario]);
  });
});

describe("review before running", () => {
  it("parse --explain prints each field with its evidence and source lines", () => {
    const out = cli("parse", "tests/fixtures/real/dev/en-personality-heading.md", "--explain");
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^callee side — no callee heading.*'Personality', 'Background'.* kept with the caller$/m);
    expect(out.stdout).toMatch(/^caller\.steps — section 'Script'\n\s+13│ ## Script$/m);
    expect(out.stdout).toMatch(/^caller\.name — 'Wendell' from the role text\n\s+2│ You are Wendell/m);
  });

  it("import writes YAML with the source lines as comments, and it loads back to the same Scenario", async () => {
    const files = ["en-outbound-sales-agent.md", "zh-collection-agent.md", "zh-staged-sales.md", "en-retell.json", "zh-pipecat.json", "zh-fenced-yaml.md", "en-objection-pairs.md"];
    for (const file of files) {
      const { scenario, decisions } = await readScenarioWithTrace(join(dev, file));
      const source = readFileSync(join(dev, file), "utf8").split("\n");
      const yaml = scenarioYaml(scenario, decisions, file.endsWith(".json") ? [] : source, file);
      expect(yaml).toMatch(/^ {2}# .+\n {2}steps:/m);
      expect(loadStructured(yaml, ".yaml", `${file}.yaml`).scenario).toEqual(scenario);
    }
  });

  it("import -o writes the file; a bad output path is one line and exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-import-"));
    const ok = cli("import", "tests/fixtures/real/dev/zh-branches.md", "-o", join(dir, "s.yaml"));
    expect([ok.code, ok.stdout.trim()]).toEqual([0, `wrote ${join(dir, "s.yaml")}`]);
    expect(readFileSync(join(dir, "s.yaml"), "utf8")).toMatch(/# .*section '分步流程'.*\n {2}steps:/);
    const again = cli("import", "tests/fixtures/real/dev/zh-branches.md", "-o", join(dir, "s.yaml"));
    expect([again.code, again.stderr.trim()]).toEqual([2, `callsim: ${join(dir, "s.yaml")}: ${join(dir, "s.yaml")} already exists; pass --force to replace it`]);
    expect(cli("import", "tests/fixtures/real/dev/zh-branches.md", "-o", join(dir, "s.yaml"), "--force").code).toBe(0);
    const bad = cli("import", "tests/fixtures/real/dev/zh-branches.md", "-o", "/proc/callsim-x/s.yaml");
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("JSON and YAML scenarios pass the checks Markdown passes", () => {
  it("a scenario without steps and without an opening exits 2 naming the file", async () => {
    const { scenario } = await readScenarioWithTrace(join(dev, "zh-branches.md"));
    const dir = mkdtempSync(join(tmpdir(), "callsim-empty-"));
    const path = join(dir, "empty.json");
    writeFileSync(path, JSON.stringify({ ...scenario, caller: { ...scenario.caller, steps: [], opening: null } }));
    const out = cli("parse", path);
    expect(out.code).toBe(2);
    expect(out.stderr.trim()).toBe(`callsim: ${path}: the caller side has neither steps (caller.steps) nor an opening line (caller.opening)`);
  });

  it("a platform export with no prompt, no first message and no stages exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-vapi-"));
    writeFileSync(join(dir, "a.json"), JSON.stringify({ model: { messages: [{ role: "system", content: "Be nice." }] } }));
    const out = cli("parse", join(dir, "a.json"));
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/neither steps .* nor an opening line/);
  });
});
