// Seat spec strings for outside agents, as the CLI and batch take them: http:URL, webhook:URL, cmd:COMMAND.
import { userError } from "../../errors.js";
import { cmdAgent } from "./cmd-agent.js";
import { httpAgent } from "./http-agent.js";
import type { TransportOptions } from "./post-json.js";
import type { Agent } from "./types.js";
import { webhookAgent } from "./webhook-agent.js";

export const AGENT_SPEC_KINDS = ["http", "webhook", "cmd"] as const;
export type AgentSpecKind = (typeof AGENT_SPEC_KINDS)[number];

export interface AgentSpecOptions extends TransportOptions {
  /** Working directory for cmd agents. */
  cwd?: string;
}

function url(kind: string, value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw userError("bad-seat", `${kind}: expects an http(s) URL (got "${value}")`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw userError("bad-seat", `${kind}: expects an http(s) URL (got "${value}")`);
  return parsed.toString();
}

const BUILDERS: Record<AgentSpecKind, (value: string, options: AgentSpecOptions) => Agent> = {
  http: (value, options) => httpAgent(url("http", value), options),
  webhook: (value, options) => webhookAgent(url("webhook", value), options),
  cmd: (value, options) => {
    if (value.trim() === "") throw userError("bad-seat", "cmd: expects a command, e.g. cmd:'python3 my_agent.py'");
    return cmdAgent(value.trim(), { ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }), ...(options.cwd === undefined ? {} : { cwd: options.cwd }) });
  },
};

/** The kind part of "http:…", or null when the spec is not an outside agent. */
export function agentSpecKind(spec: string): AgentSpecKind | null {
  const colon = spec.indexOf(":");
  const kind = colon === -1 ? "" : spec.slice(0, colon);
  return (AGENT_SPEC_KINDS as readonly string[]).includes(kind) ? (kind as AgentSpecKind) : null;
}

export function agentFromSpec(spec: string, options: AgentSpecOptions = {}): Agent | null {
  const kind = agentSpecKind(spec);
  return kind === null ? null : BUILDERS[kind](spec.slice(kind.length + 1), options);
}

/** "Name: value" header flags into a header record; a malformed one is a user error. */
export function parseHeaders(lines: readonly string[], flag: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = colon <= 0 ? "" : line.slice(0, colon).trim();
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) throw userError("bad-flag", `${flag} expects 'Name: value' (got "${line}")`);
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}
