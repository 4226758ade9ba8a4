// Guard for the project's first rule: nothing in src/ may mention a name, figure or sentence of a particular
// scenario. Every scenario the project ships (examples/ and test fixtures) is parsed, and its names,
// organisations, multi-digit figures and scripted clauses are looked for in every source file, comments included.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPersonaFile, readScenarioFile, withPersonas } from "../src/scenario/index.js";
import type { Scenario } from "../src/schema/index.js";

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

const SCENARIO_FILE = /\.(md|txt)$/;
const scenarioFiles = [
  ...filesUnder("examples", (name) => SCENARIO_FILE.test(name)),
  ...filesUnder("tests/fixtures", (name) => SCENARIO_FILE.test(name) && !name.endsWith(".persona.md")),
  // Platform exports (Vapi, Retell, Pipecat, OpenAI messages) among the real-document fixtures.
  ...filesUnder("tests/fixtures/real", (name) => name.endsWith(".json") && !name.endsWith(".truth.json")),
];
const personaFiles = filesUnder("tests/fixtures", (name) => name.endsWith(".persona.md"));

/** Clauses of a scripted sentence long enough to be that scenario's own words, not a stock phrase. */
function clauses(text: string): string[] {
  return text
    .split(/[，。！？；：、,.!?;:“”"「」（）()\n]/)
    .map((part) => part.trim())
    .filter((part) => (/[\u4e00-\u9fff]/.test(part) ? part.length >= 7 : part.split(/\s+/).length >= 5));
}

function distinctiveTexts(scenario: Scenario): string[] {
  const { caller, callee } = scenario;
  const names = [caller.name, callee.name, caller.organization ?? ""].filter((name) => name.length >= 2);
  // Figures with three or more digits; a bare number under 1000 is as likely a constant of the code (250 ms).
  const figures = scenario.facts
    .map((fact) => fact.text)
    .filter((text) => /\d[\d,.:]*\d\d/.test(text) && !/^\d{1,3}$/.test(text));
  const sentences = [
    caller.opening ?? "",
    ...caller.steps.flatMap((step) => step.lines),
    ...caller.knowledgeBase.flatMap((entry) => [entry.question, entry.answer]),
    ...caller.closingLines,
    ...callee.style.positive,
    ...callee.style.negative,
  ].flatMap(clauses);
  return [...new Set([...names, ...figures, ...sentences])];
}

describe("src/ mentions no particular scenario", async () => {
  const sources = filesUnder("src", (name) => name.endsWith(".ts")).map((path) => ({ path, text: readFileSync(path, "utf8") }));
  const scenarios: Scenario[] = [];
  for (const file of scenarioFiles) {
    try {
      scenarios.push(await readScenarioFile(file));
    } catch {
      // Fixtures that are deliberately not scenarios (bad input tests) have nothing to leak.
    }
  }
  // A persona given apart: its name and voice are the callee's, under the agent beside it.
  const agentBeside = await readScenarioFile("examples/00-seed-service-followup.md");
  for (const file of personaFiles) scenarios.push(...withPersonas({ ...agentBeside, id: file }, [await readPersonaFile(file)]));

  it("reads the shipped scenarios", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
  });

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))("%s", (_id, scenario) => {
    const leaks = distinctiveTexts(scenario).flatMap((needle) =>
      sources.filter((source) => source.text.includes(needle)).map((source) => `${source.path}: ${needle}`),
    );
    expect(leaks).toEqual([]);
  });
});
