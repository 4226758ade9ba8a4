// The model flags of `callsim run` / `batch`, registered without loading any model code.
import { Option, type Command } from "commander";
import { DEFAULTS } from "../defaults.js";
import { PROVIDER_NAMES } from "../models/providers.js";

export function addModelOptions(command: Command): Command {
  return command
    .option("--model <provider:model>", `model for llm seats; provider: ${PROVIDER_NAMES.join(", ")}`)
    .option("--caller-model <provider:model>", "model for the llm caller seat (overrides --model)")
    .option("--callee-model <provider:model>", "model for the llm callee seat (overrides --model)")
    .option("--base-url <url>", "endpoint of an OpenAI-compatible server (required for provider 'compatible')")
    .option("--record <file>", "save every model exchange of the call (JSONL)")
    .option("--replay <file>", "play the model exchanges from a --record file, offline")
    .addOption(new Option("--timeout-ms <ms>", "time limit of one model request").default(String(DEFAULTS.modelTimeoutMs)))
    .addOption(new Option("--max-retries <n>", "retries of a model request on 408/429/5xx/timeouts").default(String(DEFAULTS.modelMaxRetries)));
}

