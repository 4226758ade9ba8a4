// Property-based fuzzing (fast-check) of the reader and the scorer with hostile documents and transcripts: every
// case ends in a Scenario or a user error, scorecards are well formed, and no case takes more than its CPU budget
// (a hang detector; throughput lives in `npm run bench`). The big run is `npm run bench fuzz`.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CallsimError } from "../src/errors.js";
import { evaluateCall } from "../src/eval/index.js";
import { parseCall } from "../src/eval/load-call.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { Scenario } from "../src/schema/scenario.js";
import { budgetMs, parseOrUserError, hostileTranscript, plantedDocument } from "./fuzz/generators.js";

const BASES = ["examples/06-saas-renewal-checkin-en.md", "examples/01-bank-instalment.md"].map((file) => readFileSync(file, "utf8"));

function cpuMs<T>(work: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}


describe("fuzzed input, property by property", () => {
  it("the reader: a valid Scenario or a user error, within the CPU budget", () => {
    for (const base of BASES) {
      fc.assert(
        fc.property(plantedDocument(base), (text) => {
          const { value, ms } = cpuMs(() => parseOrUserError(text));
          if (value !== null) expect(Scenario.safeParse(value).success).toBe(true);
          expect(ms).toBeLessThan(budgetMs(text.length));
        }),
        { numRuns: 60, seed: 20261130 },
      );
    }
  }, 300_000);

  it("the scorer on hostile transcripts: a scorecard or a user error, within the CPU budget", async () => {
    const scenario = await readScenarioFile("examples/06-saas-renewal-checkin-en.md");
    fc.assert(
      fc.property(hostileTranscript, (text) => {
        const { ms } = cpuMs(() => {
          try {
            const card = evaluateCall(scenario, parseCall(text, "fuzz.txt", scenario));
            expect(card.score).toBeGreaterThanOrEqual(0);
          } catch (error) {
            if (!(error instanceof CallsimError && error.kind === "user")) throw error;
          }
        });
        expect(ms).toBeLessThan(budgetMs(text.length) * 2);
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 300_000);
});
