// The "must show" list, on every example through the real reader, 50 seeds each, rule vs rule.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { CallRecord, type Scenario } from "../src/schema/index.js";
import { FigureIndex, ungroundedFigures } from "../src/text/figures.js";
import { similarity } from "../src/text/similarity.js";
import { toldOnlyOf } from "./fixtures/spoken-lines.js";

const SEEDS = 50;
const EXAMPLES = readdirSync("examples").filter((name) => name.endsWith(".md")).sort();

async function calls(scenario: Scenario): Promise<CallRecord[]> {
  const records: CallRecord[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    records.push(await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed }));
  }
  return records;
}

describe.each(EXAMPLES)("rule vs rule on %s over 50 seeds", (name) => {
  it("opens with the opening (what a stranger may hear of it), keeps step order, ends by a condition, states only grounded figures, never says a negative example", async () => {
    const scenario = await readScenarioFile(`examples/${name}`);
    expect(scenario.caller.opening).not.toBeNull();
    for (const record of await calls(scenario)) {
      expect(CallRecord.safeParse(record).success).toBe(true);
      const first = record.turns[0];
      expect(first?.speaker).toBe("caller");
      // The opening, or (when it asks for the customer) its sentences a stranger may hear, in order.
      const opening = scenario.caller.opening ?? "";
      if (first?.text !== opening) expect(toldOnlyOf(first?.text ?? "", opening)).toBe(true);
      const steps = record.outcome.stepsDelivered;
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(new Set(steps).size).toBe(steps.length);
      expect(["caller", "callee"]).toContain(record.end.by);
      expect(record.end.condition).not.toBeNull();

      const known = new FigureIndex(scenario.facts.flatMap((fact) => [fact.text, fact.source]));
      for (const turn of record.turns) {
        if (turn.speaker === "callee") {
          for (const negative of scenario.callee.style.negative) expect(similarity(turn.text, negative)).toBeLessThan(0.5);
          known.add(turn.text);
        } else {
          expect(ungroundedFigures(turn.text, known).map((f) => f.text)).toEqual([]);
        }
      }
    }
  });
});

describe("variety on the original scenario", () => {
  it("reaches at least three different end conditions across 50 seeds", async () => {
    const scenario = await readScenarioFile("examples/00-seed-service-followup.md");
    const ends = new Set((await calls(scenario)).map((r) => `${r.end.by}:${r.end.condition}`));
    expect(ends.size).toBeGreaterThanOrEqual(3);
  });
  it("different seeds give different calls", async () => {
    const scenario = await readScenarioFile("examples/00-seed-service-followup.md");
    const texts = new Set((await calls(scenario)).map((r) => r.turns.map((t) => t.text).join("\n")));
    expect(texts.size).toBeGreaterThan(SEEDS / 2);
  });
});
