// `callsim run FILE`: play one call and print it live (or only the record with --json; --out saves it).
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { userError } from "../../errors.js";
import { DEFAULTS } from "../../defaults.js";
import { readScenarioFile, readWithPersonas } from "../../scenario/index.js";
import { callId, runCall } from "../../call/index.js";
import { prepareOutputDir } from "../output-path.js";
import { createSeat, isSeatSpec, SEAT_SPEC_HELP, type CreateSeatOptions } from "../../seats/create-seat.js";
import { agentOptionsFrom, addAgentOptions } from "../agent-options.js";
import type { CallRecord, Scenario, Speaker } from "../../schema/index.js";
import { addModelOptions } from "../model-flags.js";
import { CallPrinter } from "../print-call.js";
import { inert } from "../terminal-text.js";

export interface RunFlags {
  seed?: string;
  caller?: string;
  callee?: string;
  maxTurns?: string;
  json?: boolean;
  out?: string;
  force?: boolean;
  score?: boolean;
  [other: string]: unknown;
}

/** An integer flag of run-like commands (`--seed`, `--max-turns`), its default when absent. */
export function integerFlag(value: string | undefined, flag: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value.trim())) throw userError("bad-flag", `${flag} expects an integer (got "${value}")`);
  const n = Number.parseInt(value, 10);
  if (!Number.isSafeInteger(n) || n < min) throw userError("bad-flag", `${flag} expects an integer >= ${min} (got "${value}")`);
  return n;
}

function seatFlag(value: string | undefined, role: Speaker): string {
  const kind = value ?? "rule";
  if (!isSeatSpec(kind)) throw userError("bad-seat", `--${role} expects one of ${SEAT_SPEC_HELP} (got "${kind}")`);
  return kind;
}

/** Write `<dir>/<id>.json` via a temporary file and a rename, so a crash never leaves half a record. */
export async function writeRecord(dir: string, record: CallRecord): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${record.id}.json`);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(record, null, 2)}\n`);
  await rename(temp, path);
  return path;
}

/** The options seats are made with; model code loads only when one of `seats` is a model seat, so a rule run starts without it. */
export async function seatOptionsFor(flags: Readonly<Record<string, unknown>>, seed: number, seats: readonly string[]): Promise<CreateSeatOptions> {
  const options: CreateSeatOptions = { extra: flags, agents: agentOptionsFrom(flags) };
  if (seats.includes("llm")) Object.assign(options, (await import("../model-options.js")).modelSeatOptionsFrom(flags, seed));
  return options;
}

export async function runCommand(file: string, flags: RunFlags): Promise<void> {
  const seed = integerFlag(flags.seed, "--seed", DEFAULTS.seed, 0);
  const maxTurns = integerFlag(flags.maxTurns, "--max-turns", DEFAULTS.maxTurns, 1);
  const callerKind = seatFlag(flags.caller, "caller");
  const calleeKind = seatFlag(flags.callee, "callee");
  // An agent-only document plays against a persona given apart (`--persona`), else its own callee or a default one.
  const scenario = flags.persona === undefined ? await readScenarioFile(file) : ((await readWithPersonas(file, [String(flags.persona)])).scenarios[0] as Scenario);
  const options = await seatOptionsFor(flags, seed, [callerKind, calleeKind]);
  const caller = createSeat("caller", callerKind, options);
  const callee = createSeat("callee", calleeKind, options);

  // A call file names its scenario, seed and seats: an earlier call of a human or a model is not silently replaced.
  const outDir = flags.out === undefined ? null : prepareOutputDir(flags.out);
  const target = outDir === null ? null : join(outDir, `${callId(scenario.id, seed, caller.info.kind, callee.info.kind, [caller.info.name, callee.info.name])}.json`);
  if (target !== null && flags.force !== true && existsSync(target)) throw userError("exists", `${target} already exists (an earlier call with this seed and these seats); pass --force to replace it or choose another --out`);

  const json = flags.json === true;
  const printer = new CallPrinter(scenario, { colour: process.stdout.isTTY === true && !("NO_COLOR" in process.env), write: (t) => process.stdout.write(t) });
  const abort = new AbortController();
  const onSigint = (): void => abort.abort(new Error("interrupted (Ctrl-C)"));
  process.once("SIGINT", onSigint);
  if (!json) printer.header({ seats: { caller: caller.info, callee: callee.info }, seed });
  let record: CallRecord;
  try {
    record = await runCall({
      scenario,
      scenarioPath: file,
      caller,
      callee,
      seed,
      maxTurns,
      signal: abort.signal,
      onTurn: json ? undefined : (turn) => printer.turn(turn),
      onTextDelta: json ? undefined : (speaker, delta) => printer.delta(speaker, delta),
    });
  } finally {
    process.removeListener("SIGINT", onSigint);
    await caller.close?.();
    await callee.close?.();
  }
  if (outDir !== null) {
    const path = await writeRecord(outDir, record);
    if (!json) process.stdout.write(`Saved ${path}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
  else printer.summary(record);
  // A trainee in the caller seat wants the scorecard right after the call, not a second command.
  if (flags.score === true && !json) {
    const [{ evaluateCall }, { formatScorecard }] = await Promise.all([import("../../eval/index.js"), import("../../eval/format-scorecard.js")]);
    process.stdout.write(`\n${inert(formatScorecard(evaluateCall(scenario, record), record.id))}`);
  }
  if (record.end.by === "limit" || record.end.by === "error") process.exitCode = 1;
}

export function registerRunCommand(program: Command): void {
  const command = program
    .command("run")
    .description("play one call between the caller and the callee of a scenario")
    .argument("<file>", "scenario document")
    .option("--seed <n>", "random seed (same seed, same call)", String(DEFAULTS.seed))
    .option("--caller <seat>", `caller seat: ${SEAT_SPEC_HELP}`, "rule")
    .option("--callee <seat>", `callee seat: ${SEAT_SPEC_HELP}`, "rule")
    .option("--max-turns <n>", "turn limit (reaching it is a failure)", String(DEFAULTS.maxTurns))
    .option("--json", "print only the call record (JSON)")
    .option("--out <dir>", "also write the call record to <dir>/<id>.json")
    .option("--force", "with --out: replace an earlier call file of the same scenario, seed and seats")
    .option("--score", "after the call, print its scorecard against the script (as `callsim eval`)")
    .option("--persona <file>", "a customer persona document: the callee of an agent-only FILE");
  addModelOptions(command);
  addAgentOptions(command);
  command.addHelpText(
    "after",
    "\nHuman seats read one line per turn (from the terminal, or a pipe). An empty line is a pause;\n" +
      "'/end N [text]' ends the call under your side's end condition N; end of input hangs up.",
  );
  command.action(async (file: string, flags: RunFlags) => runCommand(file, flags));
}
