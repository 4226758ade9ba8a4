// Plays a test script around the two seats of one call: fixed customer lines replace the simulated customer,
// agentTurn() lets the agent speak, proceed(n) hands both seats n turns, checkpoints run between turns.
// A failed checkpoint stops the call there (the engine ends it by "error" and the failure is kept).
import type { CallRecord, Scenario, Turn } from "../schema/index.js";
import type { CallState, CalleeSeat, CallerSeat, SeatContext, SeatTurn } from "../seats/seat.js";
import { evaluateCall } from "../eval/index.js";
import type { CallSoFar, ScriptStep } from "./script.js";

export interface CheckpointResult {
  label: string;
  /** Index of the last turn before the checkpoint ran (null: before any turn). */
  afterTurn: number | null;
  passed: boolean;
  message: string;
}

export class CheckpointFailed extends Error {
  constructor(readonly result: CheckpointResult) {
    super(`${result.label} failed after turn ${result.afterTurn ?? "-"}: ${result.message}`);
  }
}

export class ScriptDriver {
  readonly checkpoints: CheckpointResult[] = [];
  private position = 0;
  private proceeding = 0;
  private state: CallState | null = null;

  constructor(private readonly steps: readonly ScriptStep[], private readonly scenario: Scenario) {}

  wrapCaller(seat: CallerSeat): CallerSeat {
    return {
      role: "caller",
      info: seat.info,
      usage: seat.usage === undefined ? undefined : () => seat.usage?.() ?? null,
      close: async () => seat.close?.(),
      next: async (context: SeatContext<"caller">) => {
        this.state = context.state;
        await this.runCheckpoints();
        if (this.proceeding > 0) this.proceeding--;
        else if (this.peek()?.kind === "agent") this.position++;
        else if (this.peek()?.kind === "proceed") this.startProceeding();
        // A customer line next: the agent speaks first anyway (it always answers the customer's last words).
        return seat.next(context);
      },
    };
  }

  wrapCallee(simulated: CalleeSeat): CalleeSeat {
    return {
      role: "callee",
      info: simulated.info,
      usage: simulated.usage === undefined ? undefined : () => simulated.usage?.() ?? null,
      close: async () => simulated.close?.(),
      next: async (context: SeatContext<"callee">): Promise<SeatTurn> => {
        await this.runCheckpoints();
        if (this.proceeding > 0) {
          this.proceeding--;
          return simulated.next(context);
        }
        const step = this.peek();
        if (step?.kind === "customer") {
          this.position++;
          return step.hangUp ? { text: step.text, end: { condition: null, reason: "the scripted customer hung up", hangUp: true } } : { text: step.text };
        }
        if (step?.kind === "proceed") {
          this.startProceeding();
          return simulated.next(context);
        }
        // agentTurn() twice in a row or the script is done: the simulated customer fills the turn.
        return simulated.next(context);
      },
    };
  }

  /** After the call: the checkpoints still due run on the finished call; script lines never reached are failures. */
  async finish(record: CallRecord): Promise<void> {
    for (; this.position < this.steps.length; this.position++) {
      const step = this.steps[this.position];
      if (step === undefined || step.kind === "proceed") continue;
      if (step.kind === "check") {
        const result = await this.runOne(step.label, step.checkpoint, record.turns, record);
        if (!result.passed) return;
        continue;
      }
      if (record.end.by === "error") return;
      const what = step.kind === "customer" ? `customer(${JSON.stringify(step.text)})` : "agentTurn()";
      this.checkpoints.push({ label: "script", afterTurn: record.turns.at(-1)?.index ?? null, passed: false, message: `the call ended (${record.end.by}: ${record.end.reason}) before the script's ${what}` });
      return;
    }
  }

  private peek(): ScriptStep | undefined {
    return this.steps[this.position];
  }

  private startProceeding(): void {
    const step = this.peek();
    if (step?.kind !== "proceed") return;
    this.position++;
    this.proceeding = step.turns - 1;
  }

  private async runCheckpoints(): Promise<void> {
    for (let step = this.peek(); step?.kind === "check"; step = this.peek()) {
      this.position++;
      const turns = this.state?.turns ?? [];
      const result = await this.runOne(step.label, step.checkpoint, turns, null);
      if (!result.passed) throw new CheckpointFailed(result);
    }
  }

  private async runOne(label: string, checkpoint: (call: CallSoFar) => unknown, turns: readonly Turn[], record: CallRecord | null): Promise<CheckpointResult> {
    const snapshot = turns.map((turn) => ({ ...turn, kb: [...turn.kb] }));
    const outcome = record?.outcome ?? this.state?.outcome ?? null;
    const partial: CallRecord = record ?? {
      schemaVersion: 1,
      id: "in-progress",
      scenario: { id: this.scenario.id, path: null, language: this.scenario.language },
      seed: 0,
      seats: { caller: { kind: "agent", model: null }, callee: { kind: "agent", model: null } },
      turns: snapshot,
      end: { by: "limit", condition: null, reason: "the call is still going" },
      outcome: structuredClone(outcome ?? { identityConfirmed: null, stepsDelivered: [], stepAnswers: [], questions: [], complaints: [], suggestions: [], followUp: null, guard: [] }),
    };
    let card: ReturnType<typeof evaluateCall> | null = null;
    const call: CallSoFar = {
      turns: snapshot,
      outcome: partial.outcome,
      lastAgentLine: [...snapshot].reverse().find((t) => t.speaker === "caller")?.text ?? "",
      check: (id) => {
        card ??= evaluateCall(this.scenario, partial);
        const found = [...card.checks, ...card.simulator.checks].find((c) => c.id === id);
        if (found === undefined) throw new Error(`the scorecard has no check "${id}"`);
        return found;
      },
    };
    const afterTurn = snapshot.at(-1)?.index ?? null;
    let result: CheckpointResult;
    try {
      const value = await checkpoint(call);
      result = value === false ? { label, afterTurn, passed: false, message: "the checkpoint returned false" } : { label, afterTurn, passed: true, message: "ok" };
    } catch (error) {
      result = { label, afterTurn, passed: false, message: error instanceof Error ? error.message : String(error) };
    }
    this.checkpoints.push(result);
    return result;
  }
}
