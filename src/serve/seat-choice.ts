// Seat choices a browser may ask for, turned into seats with the project's createSeat. A browser never gets
// a seat that runs a command on this machine: only the kinds in SEAT_RULES are accepted.
import type { Speaker } from "../schema/index.js";
import { userError } from "../errors.js";
import { createSeat, type CreateSeatOptions } from "../seats/create-seat.js";
import type { Seat } from "../seats/seat.js";
import { modelSeatOptionsFrom } from "../cli/model-options.js";
import type { LineSource } from "../seats/human/line-source.js";

/** What each accepted spec prefix needs to build its seat. */
const SEAT_RULES: Readonly<Record<string, "plain" | "human" | "model" | "agent">> = {
  rule: "plain",
  human: "human",
  llm: "model",
  http: "agent",
  webhook: "agent",
};

export interface SeatBuild {
  seed: number;
  lines: LineSource;
}

export function seatKindOf(spec: string): string {
  return spec.split(":")[0] ?? "";
}

/** Throws a user error for a spec the console does not offer. */
export function checkSeatSpec(role: Speaker, spec: string): void {
  const rule = SEAT_RULES[seatKindOf(spec)];
  if (rule === undefined) throw userError("bad-seat", `the ${role} seat '${spec}' is not offered here (choose rule, human, llm:PROVIDER:MODEL or http:URL)`);
  if (rule === "model" && spec.split(":").length < 3) throw userError("bad-seat", `the llm ${role} seat needs a model: llm:PROVIDER:MODEL`);
  if (rule === "agent" && !/^[a-z]+:https?:\/\/\S+$/i.test(spec)) throw userError("bad-seat", `the ${role} agent seat needs an http(s) URL`);
}

export function buildSeat<R extends Speaker>(role: R, spec: string, build: SeatBuild): Seat<R> {
  checkSeatSpec(role, spec);
  const rule = SEAT_RULES[seatKindOf(spec)];
  const options: CreateSeatOptions = { lines: build.lines };
  if (rule === "model") {
    const model = spec.slice("llm:".length);
    Object.assign(options, modelSeatOptionsFrom(role === "caller" ? { callerModel: model } : { calleeModel: model }, build.seed));
    return createSeat(role, "llm", options);
  }
  return createSeat(role, rule === "agent" ? spec : seatKindOf(spec), options);
}
