// Invariant of both rule seats: neither ever produces an empty turn (the engine ends such a call as an error, with
// no closing). Checked with fast-check over the shipped examples and the dev rule-seat documents, each also with
// parts made degenerate the way real documents are: an opening or a line that is only a template slot or a blank,
// a step with no words, a persona whose every line is a stage direction.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { readScenarioFile } from "../src/scenario/index.js";
import type { Scenario } from "../src/schema/index.js";

const DIRS = ["examples", "tests/rule-docs/dev"];
const files = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md").map((f) => join(dir, f)));
const scenarios: Scenario[] = await Promise.all(files.map((file) => readScenarioFile(file)));

/** Text a document may hold where a line should be: nothing, a slot, a blank, a stage direction. */
const HOLLOW = ["", " ", "[name]", "【】", "{{greeting}}", "<date>", "……", "...", "（停顿）", "(pause)", "__", "XX"];

type Hollowing = (s: Scenario, text: string, at: number) => Scenario;

/** One part of a document made hollow (at: which step, entry or line, modulo their count). */
const HOLLOWINGS: readonly Hollowing[] = [
  (s) => s,
  (s, text) => ({ ...s, caller: { ...s.caller, opening: text } }),
  (s) => ({ ...s, caller: { ...s.caller, opening: null } }),
  (s, text, at) => ({ ...s, caller: { ...s.caller, steps: s.caller.steps.map((step, i) => (i === at % Math.max(1, s.caller.steps.length) ? { ...step, lines: [text] } : step)) } }),
  (s, text) => ({ ...s, caller: { ...s.caller, steps: s.caller.steps.map((step) => ({ ...step, lines: step.lines.length > 0 ? [text] : step.lines })) } }),
  (s, text) => ({ ...s, caller: { ...s.caller, closingLines: s.caller.closingLines.map(() => text) } }),
  (s, text, at) => ({ ...s, caller: { ...s.caller, knowledgeBase: s.caller.knowledgeBase.map((e, i) => (i === at % Math.max(1, s.caller.knowledgeBase.length) ? { ...e, answer: text } : e)) } }),
  (s, text) => ({ ...s, callee: { ...s.callee, style: { ...s.callee.style, positive: s.callee.style.positive.map(() => text) } } }),
  (s, text) => ({ ...s, callee: { ...s.callee, endConditions: s.callee.endConditions.map(() => text) } }),
  (s, text) => ({ ...s, caller: { ...s.caller, opening: text, closingLines: [], steps: s.caller.steps.map((step) => ({ ...step, lines: [text] })) } }),
];

describe("a rule seat never produces an empty turn", () => {
  it(`on ${files.length} documents (examples, dev), whole and with a part made hollow`, async () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: scenarios.length - 1 }),
        fc.nat({ max: HOLLOWINGS.length - 1 }),
        fc.constantFrom(...HOLLOW),
        fc.nat({ max: 20 }),
        fc.nat({ max: 10_000 }),
        async (doc, how, text, at, seed) => {
          const base = scenarios[doc] as Scenario;
          const scenario = (HOLLOWINGS[how] as Hollowing)(base, text, at);
          const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed, maxTurns: 40 });
          expect(call.end.reason).not.toMatch(/empty turn/);
          expect(call.end.by).not.toBe("error");
          for (const turn of call.turns) expect(turn.text.trim()).not.toBe("");
        },
      ),
      { numRuns: 300, seed: 10 },
    );
  }, 120_000);
});
