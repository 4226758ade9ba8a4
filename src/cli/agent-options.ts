// The outside-agent flags of `callsim run` / `replay` (and batch): headers per side, time limit, retries.
import { Option, type Command } from "commander";
import { userError } from "../errors.js";
import { DEFAULTS } from "../defaults.js";
import type { Speaker } from "../schema/index.js";
import { parseHeaders, type AgentSpecOptions } from "../seats/agent/spec.js";

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function addAgentOptions(command: Command): Command {
  return command
    .option("--caller-header <header>", "HTTP header for an http:/webhook: caller, 'Name: value' (repeatable)", collect)
    .option("--callee-header <header>", "HTTP header for an http:/webhook: callee, 'Name: value' (repeatable)", collect)
    .addOption(new Option("--agent-timeout-ms <ms>", "time limit of one answer from an outside agent").default(String(DEFAULTS.agentTimeoutMs)))
    .addOption(new Option("--agent-max-retries <n>", "retries of an outside agent's request on 408/429/5xx/timeouts").default(String(DEFAULTS.agentMaxRetries)));
}

function integer(value: unknown, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw userError("bad-flag", `${flag} expects an integer >= ${min} (got "${String(value)}")`);
  return n;
}

function lines(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function agentOptionsFrom(opts: Readonly<Record<string, unknown>>): Record<Speaker, AgentSpecOptions> {
  const timeoutMs = integer(opts["agentTimeoutMs"], "--agent-timeout-ms", 1);
  const maxRetries = integer(opts["agentMaxRetries"], "--agent-max-retries", 0);
  const base: AgentSpecOptions = { ...(timeoutMs === undefined ? {} : { timeoutMs }), ...(maxRetries === undefined ? {} : { maxRetries }) };
  return {
    caller: { ...base, headers: parseHeaders(lines(opts["callerHeader"]), "--caller-header") },
    callee: { ...base, headers: parseHeaders(lines(opts["calleeHeader"]), "--callee-header") },
  };
}
