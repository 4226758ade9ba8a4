// `callsim replay SCENARIO TRANSCRIPT --caller http:URL`: a production call as a regression test. The real
// customer's turns are replayed against the agent; where the agent leaves the recorded conversation, a rule or
// LLM customer takes over. The new call is printed and scored; its turns from the divergence on are the agent's own.
import type { Command } from "commander";
import { DEFAULTS } from "../../defaults.js";
import { userError } from "../../errors.js";
import { readScenarioFile } from "../../scenario/index.js";
import { loadCall, evaluateCall } from "../../eval/index.js";
import { formatScorecard } from "../../eval/format-scorecard.js";
import { runCall } from "../../call/index.js";
import { createSeat, isSeatSpec, SEAT_SPEC_HELP } from "../../seats/create-seat.js";
import { replayCustomer } from "../../seats/replay/replay-customer.js";
import { addAgentOptions } from "../agent-options.js";
import { addModelOptions } from "../model-flags.js";
import { CallPrinter } from "../print-call.js";
import { integerFlag, seatOptionsFor, writeRecord } from "./run.js";

/** Who plays the customer once the agent leaves the recording. */
const TAKE_OVER_SEATS: readonly string[] = ["rule", "llm"];

interface ReplayFlags {
  caller?: string;
  takeOver?: string;
  seed?: string;
  maxTurns?: string;
  json?: boolean;
  out?: string;
  [other: string]: unknown;
}

async function replayCommand(scenarioPath: string, transcriptPath: string, flags: ReplayFlags): Promise<void> {
  const callerSpec = flags.caller ?? "";
  if (!isSeatSpec(callerSpec) || callerSpec === "human") throw userError("bad-seat", `--caller expects the agent to test: ${SEAT_SPEC_HELP} (got "${callerSpec}")`);
  const takeOverKind = flags.takeOver ?? "rule";
  if (!TAKE_OVER_SEATS.includes(takeOverKind)) throw userError("bad-seat", `--take-over expects ${TAKE_OVER_SEATS.join(" or ")} (got "${takeOverKind}")`);
  const seed = integerFlag(flags.seed, "--seed", DEFAULTS.seed, 0);
  const maxTurns = integerFlag(flags.maxTurns, "--max-turns", DEFAULTS.maxTurns, 1);
  const scenario = await readScenarioFile(scenarioPath);
  const recorded = await loadCall(transcriptPath, scenario);
  if (!recorded.turns.some((t) => t.speaker === "callee")) throw userError("no-customer", "the transcript has no customer turn to replay", { file: transcriptPath });

  const options = await seatOptionsFor(flags, seed, [callerSpec, takeOverKind]);
  const caller = createSeat("caller", callerSpec, options);
  const callee = replayCustomer(recorded.turns, createSeat("callee", takeOverKind, options));
  const json = flags.json === true;
  const printer = new CallPrinter(scenario, { colour: process.stdout.isTTY === true && !("NO_COLOR" in process.env), write: (t) => process.stdout.write(t) });
  if (!json) printer.header({ seats: { caller: caller.info, callee: callee.info }, seed });
  const record = await runCall({ scenario, scenarioPath, caller, callee, seed, maxTurns, onTurn: json ? undefined : (turn) => printer.turn(turn) }).finally(async () => {
    await caller.close?.();
    await callee.close?.();
  });
  const card = evaluateCall(scenario, record);
  const diverged = callee.divergedAt();
  const replay = { replayedCustomerTurns: callee.replayed(), divergedAtTurn: diverged };
  if (flags.out !== undefined) await writeRecord(flags.out, record);
  if (json) {
    process.stdout.write(`${JSON.stringify({ record, scorecard: card, replay }, null, 2)}\n`);
  } else {
    printer.summary(record);
    process.stdout.write(`Replayed ${replay.replayedCustomerTurns} recorded customer turn(s); ${diverged === null ? "the agent kept to the recording" : `the agent left the recording at turn ${diverged}, a ${takeOverKind} customer took over`}\n\n`);
    process.stdout.write(formatScorecard(card, record.id));
  }
  if (record.end.by === "error" || record.end.by === "limit") process.exitCode = 1;
}

export function registerReplayCommand(program: Command): void {
  const command = program
    .command("replay")
    .description("replay a real call's customer turns against an agent (a rule or LLM customer takes over where it diverges) and score it")
    .argument("<scenario>", "scenario document")
    .argument("<transcript>", "the production call: call record JSON, JSONL of {speaker, text}, or a `Name: text` transcript")
    .option("--caller <seat>", `the agent under test: ${SEAT_SPEC_HELP}`)
    .option("--take-over <seat>", "customer after the agent diverges: rule, or llm (with --model / --callee-model)", "rule")
    .option("--seed <n>", "random seed of the simulated part", String(DEFAULTS.seed))
    .option("--max-turns <n>", "turn limit (reaching it is a failure)", String(DEFAULTS.maxTurns))
    .option("--json", "print { record, scorecard, replay } as JSON")
    .option("--out <dir>", "also write the new call record to <dir>/<id>.json");
  addAgentOptions(command);
  addModelOptions(command);
  command.action(async (scenario: string, transcript: string, flags: ReplayFlags) => replayCommand(scenario, transcript, flags));
}
