// The model flags of `callsim run` / `batch`: added in one call, read back into ModelSettings in one call.
import { userError } from "../errors.js";
import { ModelRuntime, type ModelSettings } from "../models/model-runtime.js";
import { parseModelSpec } from "../models/providers.js";
import { llmSeatFactory } from "../seats/llm/llm-seat-factory.js";
import type { LlmSeatFactory } from "../seats/create-seat.js";

// The flags live apart so `callsim run` registers them without loading the model runtime.
export { addModelOptions } from "./model-flags.js";

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function count(value: unknown, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw userError("bad-flag", `${flag} expects an integer >= ${min} (got "${String(value)}")`);
  return n;
}

/** Validated ModelSettings from commander's parsed options (flag names as in addModelOptions). */
export function modelSettingsFrom(opts: Readonly<Record<string, unknown>>): ModelSettings {
  const settings: ModelSettings = {
    model: text(opts["model"]),
    callerModel: text(opts["callerModel"]),
    calleeModel: text(opts["calleeModel"]),
    baseUrl: text(opts["baseUrl"]),
    recordFile: text(opts["record"]),
    replayFile: text(opts["replay"]),
    timeoutMs: count(opts["timeoutMs"], "--timeout-ms", 1),
    maxRetries: count(opts["maxRetries"], "--max-retries", 0),
  };
  // Fail on a bad spec now, before any call starts.
  for (const spec of [settings.model, settings.callerModel, settings.calleeModel]) if (spec !== undefined) parseModelSpec(spec);
  if (settings.recordFile !== undefined && settings.replayFile !== undefined) throw userError("bad-flags", "--record and --replay cannot be used together");
  return settings;
}

/** The `llm` option of createSeat for one call; `runtime` may be shared across calls of a batch. */
export function modelSeatOptionsFrom(opts: Readonly<Record<string, unknown>>, seed: number, runtime?: ModelRuntime): { llm: LlmSeatFactory } {
  return { llm: llmSeatFactory(runtime ?? new ModelRuntime(modelSettingsFrom(opts)), seed) };
}
