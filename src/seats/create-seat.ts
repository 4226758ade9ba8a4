// One factory for every seat kind the CLI and batch can ask for. Model seats plug in through
// `options.llm` (built by the models module from --model etc.), so this file needs no provider code.
import type { Speaker } from "../schema/index.js";
import { userError } from "../errors.js";
import { forRole, type Seat } from "./seat.js";
import { createRuleCaller, createRuleCallee } from "./rule/index.js";
import { createHumanSeat } from "./human/human-seat.js";
import { streamLineSource, type LineSource } from "./human/line-source.js";

export const SEAT_KINDS = ["rule", "human", "llm"] as const;
export type SeatChoice = (typeof SEAT_KINDS)[number];

/** Builds a model seat for a role; supplied by whoever wires model options (e.g. --model). */
export type LlmSeatFactory = <R extends Speaker>(role: R) => Seat<R>;

export interface CreateSeatOptions {
  /** Lines for human seats; defaults to stdin (one source shared by both human seats of a call). */
  lines?: LineSource;
  /** Model seat builder; without it "llm" is unavailable. */
  llm?: LlmSeatFactory;
  /** Free-form options for seat kinds added later (model name, temperature…). */
  extra?: Readonly<Record<string, unknown>>;
}

export function isSeatChoice(value: string): value is SeatChoice {
  return (SEAT_KINDS as readonly string[]).includes(value);
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
    default:
      throw userError("bad-seat", `unknown ${role} seat '${kind}' (choose ${SEAT_KINDS.join(", ")})`);
  }
}

let sharedStdin: LineSource | null = null;
function stdinLines(): LineSource {
  return (sharedStdin ??= streamLineSource(process.stdin, process.stderr));
}
