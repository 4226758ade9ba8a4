// Property-based fuzzing (fast-check) of the engine: rule calls on hostile documents (deep nesting, long lines,
// thousands of figures, mixed scripts) end within the turn limit, score within bounds, and stay within a CPU
// budget per case (a hang detector: a figure index rebuilt per fact made a 60 KB profile take 30 s).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { evaluateCall } from "../src/eval/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { budgetMs, parseOrUserError, plantedDocument } from "./fuzz/generators.js";

const BASES = ["examples/06-saas-renewal-checkin-en.md", "examples/01-bank-instalment.md"].map((file) => readFileSync(file, "utf8"));
/** Calls are played on documents up to ~100 KB (the reader alone gets the larger ones). */
const ENGINE_PIECE_CHARS = 90_000;


describe("fuzzed documents in a call", () => {
  it("the engine and the scorer: rule calls on fuzzed documents end and score within bounds", async () => {
    await fc.assert(
      fc.asyncProperty(plantedDocument(BASES[0] ?? "", ENGINE_PIECE_CHARS), fc.nat({ max: 1000 }), async (text, seed) => {
        const scenario = parseOrUserError(text);
        if (scenario === null) return;
        const start = process.cpuUsage();
        const record = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed, maxTurns: 40 });
        const card = evaluateCall(scenario, record);
        const used = process.cpuUsage(start);
        expect(record.turns.length).toBeLessThanOrEqual(40);
        expect(card.score).toBeGreaterThanOrEqual(0);
        expect(card.score).toBeLessThanOrEqual(100);
        expect((used.user + used.system) / 1000).toBeLessThan(budgetMs(text.length) * 4);
      }),
      { numRuns: 25, seed: 7 },
    );
  }, 300_000);

});
