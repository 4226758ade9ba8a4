// Documents written the way teams write them (agent prompts, persona prompts, staged scripts, platform exports),
// each read to the counts, names and organisations its truth file recorded before the reader ran on it.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPersonaFile, readScenarioFile, withPersonas } from "../src/scenario/index.js";
import type { Scenario } from "../src/schema/index.js";
import type { RealTruth } from "./fixtures/real-truth.js";

const root = join(import.meta.dirname, "fixtures", "real");

/** Dev fixtures the reader does not read right yet, each with what goes wrong: `it.fails` keeps them honest. */
const KNOWN_GAPS: Record<string, string> = {
  // Held-back part, opened once at the end: 9 of 12 read right. zh-h-fenced-yaml-comments and zh-h-square-rules failed
  // and were then fixed (fenced-config headings never nest; ■ items taught by exchanges are the script); en-h-tagged
  // failed and was fixed in the next session (a truncated legal form, "Inc.", keeps its period at a sentence's end):
  // none of the three is held back any more. zh-caller-only-profile (dev) was fixed with it (a profile's name field
  // keeps its honorific).
};

export function truthsIn(part: "dev" | "heldout"): [string, RealTruth][] {
  const dir = join(root, part);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".truth.json"))
    .sort()
    .map((f) => [f.replace(/\.truth\.json$/, ""), JSON.parse(readFileSync(join(dir, f), "utf8")) as RealTruth]);
}

export async function readCase(part: "dev" | "heldout", truth: RealTruth): Promise<Scenario[]> {
  const dir = join(root, part);
  const scenario = await readScenarioFile(join(dir, truth.agent));
  const personas = await Promise.all((truth.personas ?? []).map((p) => readPersonaFile(join(dir, p))));
  return withPersonas(scenario, personas);
}

/** What the truth records, read off the scenarios (only the fields the truth states). */
export function observed(truth: RealTruth, scenarios: Scenario[]): unknown {
  const s = scenarios[0] as Scenario;
  const c = s.caller;
  const t = truth.caller;
  return {
    language: s.language,
    caller: {
      name: c.name,
      organization: c.organization,
      steps: c.steps.length,
      ...(t.stepLines === undefined ? {} : { stepLines: c.steps.reduce((n, step) => n + step.lines.length, 0) }),
      ...(t.branches === undefined ? {} : { branches: c.steps.reduce((n, step) => n + (step.branches?.length ?? 0), 0) }),
      kb: c.knowledgeBase.length,
      objections: c.knowledgeBase.filter((e) => e.kind === "objection").length,
      hasOpening: c.opening !== null,
      ...(t.closingLines === undefined ? {} : { closingLines: c.closingLines.length }),
      ...(t.exampleCallerLines === undefined ? {} : { exampleCallerLines: c.exampleLines?.length ?? 0 }),
      ...(t.exampleCalleeLines === undefined ? {} : { exampleCalleeLines: s.callee.style.positive.length }),
      ...(t.endConditions === undefined ? {} : { endConditions: c.endConditions }),
      ...(t.profile === undefined ? {} : { profile: c.customerProfile.length }),
    },
    callee: calleeCounts(truth.callee, s.callee),
    ...(truth.calleeNames === undefined ? {} : { calleeNames: scenarios.map((x) => x.callee.name) }),
    ...(truth.warnings === undefined ? {} : { warnings: truth.warnings.filter((w) => s.diagnostics.some((d) => d.message.includes(w))) }),
  };
}

/** The callee's name, and the counts the truth states. */
function calleeCounts(t: RealTruth["callee"], e: Scenario["callee"]): RealTruth["callee"] {
  return {
    name: e.name,
    ...(t.concerns === undefined ? {} : { concerns: e.concerns.length }),
    ...(t.behaviours === undefined ? {} : { behaviours: e.behaviours.length }),
    ...(t.positive === undefined ? {} : { positive: e.style.positive.length }),
    ...(t.negative === undefined ? {} : { negative: e.style.negative.length }),
    ...(t.endConditions === undefined ? {} : { endConditions: e.endConditions.length }),
  };
}

export function expected(truth: RealTruth): unknown {
  const { language, caller, callee, calleeNames, warnings } = truth;
  return { language, caller, callee, ...(calleeNames === undefined ? {} : { calleeNames }), ...(warnings === undefined ? {} : { warnings }) };
}

describe("real-world documents (held back, opened at the end)", () => {
  for (const [name, truth] of truthsIn("heldout")) {
    const test = KNOWN_GAPS[name] === undefined ? it : it.fails;
    test(`${name}${KNOWN_GAPS[name] === undefined ? "" : ` (known gap: ${KNOWN_GAPS[name]})`}`, async () => {
      expect(observed(truth, await readCase("heldout", truth))).toEqual(expected(truth));
    });
  }
});

describe("real-world documents (dev)", () => {
  const cases = truthsIn("dev");
  it("there are at least 30 dev cases in both languages", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter(([, t]) => t.language === "en").length).toBeGreaterThanOrEqual(10);
  });
  for (const [name, truth] of cases) {
    const test = KNOWN_GAPS[name] === undefined ? it : it.fails;
    test(`${name}${KNOWN_GAPS[name] === undefined ? "" : ` (known gap: ${KNOWN_GAPS[name]})`}`, async () => {
      expect(observed(truth, await readCase("dev", truth))).toEqual(expected(truth));
    });
  }
});
