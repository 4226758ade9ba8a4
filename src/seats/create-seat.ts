// One factory for every seat the CLI and batch can ask for: "rule", "human", "llm", or an outside agent as a
// spec string (http:URL, webhook:URL, cmd:COMMAND). Model seats plug in through `options.llm` (built by the
// models module from --model etc.), so this file needs no provider code.
import type { Speaker } from "../schema/index.js";
import { userError } from "../errors.js";
import { forRole, type Seat } from "./seat.js";
import { createRuleCaller, createRuleCallee } from "./rule/index.js";
import { createHumanSeat } from "./human/human-seat.js";
import { streamLineSource, type LineSource } from "./human/line-source.js";
import { seatOf } from "./agent/agent-seat.js";
import { AGENT_SPEC_KINDS, agentFromSpec, type AgentSpecOptions } from "./agent/spec.js";

export const SEAT_KINDS = ["rule", "human", "llm"] as const;
export type SeatChoice = (typeof SEAT_KINDS)[number];
/** How the help texts name every accepted seat. */
export const SEAT_SPEC_HELP = [...SEAT_KINDS, ...AGENT_SPEC_KINDS.map((kind) => `${kind}:${kind === "cmd" ? "COMMAND" : "URL"}`)].join(" | ");

/** Builds a model seat for a role; supplied by whoever wires model options (e.g. --model). */
export type LlmSeatFactory = <R extends Speaker>(role: R) => Seat<R>;

export interface CreateSeatOptions {
  /** Lines for human seats; defaults to stdin (one source shared by both human seats of a call). */
  lines?: LineSource;
  /** Model seat builder; without it "llm" is unavailable. */
  llm?: LlmSeatFactory;
  /** Transport options of outside agents per role (headers, time limit, retries). */
  agents?: Partial<Record<Speaker, AgentSpecOptions>>;
  /** Free-form options for seat kinds added later (model name, temperature…). */
  extra?: Readonly<Record<string, unknown>>;
}

export function isSeatChoice(value: string): value is SeatChoice {
  return (SEAT_KINDS as readonly string[]).includes(value);
}

/** A built-in seat kind or an outside-agent spec ("http:…", "webhook:…", "cmd:…"). */
export function isSeatSpec(value: string): boolean {
  return isSeatChoice(value) || AGENT_SPEC_KINDS.some((kind) => value.startsWith(`${kind}:`));
}

export function createSeat<R extends Speaker>(role: R, kind: string, options: CreateSeatOptions = {}): Seat<R> {
  switch (kind) {
    case "rule":
      return forRole(role, { caller: createRuleCaller, callee: createRuleCallee });
    case "human":
      return createHumanSeat(role, options.lines ?? stdinLines());
    case "llm":
      if (options.llm === undefined) throw userError("seat-unavailable", `the llm ${role} seat needs a model: configure one (see --model) or use --${role} rule`);
      return options.llm(role);
    default: {
      const agent = agentFromSpec(kind, options.agents?.[role]);
      if (agent !== null) return seatOf(role, agent);
      throw userError("bad-seat", `unknown ${role} seat '${kind}' (choose ${SEAT_SPEC_HELP})`);
    }
  }
}

let sharedStdin: LineSource | null = null;
function stdinLines(): LineSource {
  return (sharedStdin ??= streamLineSource(process.stdin, process.stderr));
}
