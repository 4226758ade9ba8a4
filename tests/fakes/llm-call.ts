// Runs one call with model seats against the fake server, the way the CLI wires them.
import { runCall } from "../../src/call/run-call.js";
import { ModelRuntime, type ModelSettings } from "../../src/models/model-runtime.js";
import type { CallRecord, Scenario, Speaker } from "../../src/schema/index.js";
import { createLlmCallerSeat } from "../../src/seats/llm/llm-caller-seat.js";
import { createLlmCustomerSeat } from "../../src/seats/llm/llm-customer-seat.js";
import type { Seat } from "../../src/seats/seat.js";
import { InstantClock } from "./instant-clock.js";
import { SAMPLE_SCENARIO } from "./sample-scenario.js";

export const CALLER_MODEL = "caller-model";
export const CUSTOMER_MODEL = "customer-model";

export interface LlmCallOptions {
  baseUrl: string;
  scenario?: Scenario;
  settings?: Partial<ModelSettings>;
  caller?: Seat<"caller">;
  callee?: Seat<"callee">;
  seed?: number;
  maxTurns?: number;
  env?: Record<string, string>;
}

export interface LlmCallResult {
  record: CallRecord;
  deltas: Record<Speaker, string>;
  clock: InstantClock;
}

export async function runLlmCall(options: LlmCallOptions): Promise<LlmCallResult> {
  const clock = new InstantClock();
  const seed = options.seed ?? 7;
  const runtime = new ModelRuntime(
    {
      callerModel: `compatible:${CALLER_MODEL}`,
      calleeModel: `compatible:${CUSTOMER_MODEL}`,
      baseUrl: options.baseUrl,
      timeoutMs: 2_000,
      maxRetries: 2,
      ...options.settings,
    },
    { env: options.env ?? {}, clock },
  );
  const caller = options.caller ?? createLlmCallerSeat(runtime.portFor("caller", seed));
  const callee = options.callee ?? createLlmCustomerSeat(runtime.portFor("callee", seed));
  const deltas: Record<Speaker, string> = { caller: "", callee: "" };
  const record = await runCall({
    scenario: options.scenario ?? SAMPLE_SCENARIO,
    caller,
    callee,
    seed,
    maxTurns: options.maxTurns ?? 12,
    onTextDelta: (speaker, delta) => {
      deltas[speaker] += delta;
    },
  });
  return { record, deltas, clock };
}
