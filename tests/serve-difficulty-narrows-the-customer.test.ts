// Trainee difficulty narrows what the simulated customer brings (concerns, behaviours, cutting in) before any
// seat sees its side, so rule and model customers play the same difficulty.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readScenarioFile } from "../src/scenario/index.js";
import { calleeView } from "../src/call/seat-views.js";
import { DIFFICULTY, narrowCallee, withDifficulty } from "../src/serve/difficulty.js";
import { ScriptedSeat } from "./fixtures/call-scenario.js";
import { createRandom } from "../src/util/random.js";

describe("trainee difficulty", () => {
  it("easy keeps one concern and no behaviours, hard keeps the whole persona", async () => {
    const scenario = await readScenarioFile(join(import.meta.dirname, "..", "examples", "06-saas-renewal-checkin-en.md"));
    const view = calleeView(scenario);
    expect(view.callee.concerns.length).toBeGreaterThan(2);
    expect(view.callee.behaviours.length).toBeGreaterThan(0);
    const easy = narrowCallee(view, "easy");
    expect(easy.callee.concerns).toEqual(view.callee.concerns.slice(0, 1));
    expect(easy.callee.behaviours).toEqual([]);
    expect(narrowCallee(view, "normal").callee.concerns).toEqual(view.callee.concerns.slice(0, 2));
    expect(narrowCallee(view, "hard").callee).toEqual(view.callee);
    // The customer's own side is narrowed, nothing else of its view.
    expect({ ...easy, callee: view.callee }).toEqual(view);
  });

  it("an easy customer never cuts in; a hard one may", async () => {
    const scenario = await readScenarioFile(join(import.meta.dirname, "..", "examples", "06-saas-renewal-checkin-en.md"));
    const context = { scenario: calleeView(scenario), state: { turns: [], elapsedMs: 0, maxTurns: 10 }, random: createRandom(1) };
    const cutting = () => new ScriptedSeat("callee", [{ text: "Wait, stop.", interrupt: true }]);
    expect(DIFFICULTY.easy.interrupts).toBe(false);
    expect((await withDifficulty(cutting(), "easy").next(context)).interrupt).toBe(false);
    expect((await withDifficulty(cutting(), "hard").next(context)).interrupt).toBe(true);
  });
});
