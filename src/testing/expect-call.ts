// Assertions for vitest and jest (plain throws, no runner import): expectCall(result).toPass(),
// .check("grounding").toPass() / .toFail({ turn }). Failure messages show the transcript around the failing turn.
import type { Check } from "../schema/index.js";
import type { CheckId } from "./check-ids.js";
import type { SimulatedCall, Simulation } from "./simulate.js";
import { transcriptAround } from "./transcript.js";
import { failuresOf, type Failure } from "./verdict.js";

export class CallAssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CallAssertionError";
  }
}

function callsOf(result: Simulation | SimulatedCall): SimulatedCall[] {
  return "calls" in result ? result.calls : [result];
}

function explain(call: SimulatedCall, failures: readonly Failure[]): string {
  const names = { caller: call.scenario.caller.name || "caller", callee: call.scenario.callee.name || "callee" };
  return failures.map((f) => `  ✗ ${f.message}\n${transcriptAround(call.record.turns, f.turn, names)}`).join("\n\n");
}

function fail(call: SimulatedCall, headline: string, failures: readonly Failure[]): never {
  throw new CallAssertionError(`call ${call.record.id} (seed ${call.seed}): ${headline}\n${explain(call, failures)}`);
}

export interface CheckAssertion {
  toPass(): void;
  /** The check failed; with `turn`, its first flagged turn is that one. */
  toFail(expected?: { turn?: number }): void;
}

export interface CallAssertion {
  /** Every call passes: checkpoints hold, ended properly, the scorecard's verdict is a pass. */
  toPass(): void;
  /** At least one problem in every call (a checkpoint, the ending or the verdict). */
  toFail(): void;
  check(id: CheckId): CheckAssertion;
}

function checkOf(call: SimulatedCall, id: CheckId): Check {
  const found = [...call.scorecard.checks, ...call.scorecard.simulator.checks].find((c) => c.id === id);
  if (found === undefined) throw new CallAssertionError(`call ${call.record.id}: the scorecard has no check "${id}" (it has ${call.scorecard.checks.map((c) => c.id).join(", ")})`);
  return found;
}

export function expectCall(result: Simulation | SimulatedCall): CallAssertion {
  const calls = callsOf(result);
  return {
    toPass() {
      for (const call of calls) {
        const failures = failuresOf(call);
        if (failures.length > 0) fail(call, `expected the call to pass, ${failures.length} problem${failures.length === 1 ? "" : "s"}`, failures);
      }
    },
    toFail() {
      for (const call of calls) {
        if (failuresOf(call).length === 0) fail(call, "expected the call to fail, but it passed", [{ message: `score ${call.scorecard.score}`, turn: null }]);
      }
    },
    check(id) {
      return {
        toPass() {
          for (const call of calls) {
            const c = checkOf(call, id);
            if (!c.passed) fail(call, `expected check "${id}" to pass`, [{ message: c.message, turn: c.turns[0] ?? null }]);
          }
        },
        toFail(expected = {}) {
          for (const call of calls) {
            const c = checkOf(call, id);
            if (c.passed) fail(call, `expected check "${id}" to fail, but it passed`, [{ message: c.message, turn: null }]);
            if (expected.turn !== undefined && c.turns[0] !== expected.turn) {
              fail(call, `expected check "${id}" to fail at turn ${expected.turn}, it failed at turn ${c.turns[0] ?? "-"}`, [{ message: c.message, turn: c.turns[0] ?? null }]);
            }
          }
        },
      };
    },
  };
}
