#!/usr/bin/env node
// The callsim command: wires each sub-command and turns errors into one clear line and an exit code.
import { Command, CommanderError } from "commander";
import { registerParseCommand } from "./commands/parse.js";
import { registerImportCommand } from "./commands/import.js";
import { registerSchemaCommand } from "./commands/schema.js";
import { registerRunCommand } from "./commands/run.js";
import { registerEvalCommand } from "./commands/eval.js";
import { registerBatchCommand } from "./commands/batch.js";
import { registerWorkerCommand } from "./commands/worker.js";
import { registerReportCommand } from "./commands/report.js";
import { registerExportCommand } from "./commands/export.js";
import { registerServeCommand } from "./commands/serve.js";
import { registerReplayCommand } from "./commands/replay.js";
import { reportFailure } from "./report-failure.js";
import { inert } from "./terminal-text.js";

export function buildProgram(): Command {
  const program = new Command("callsim")
    .description("Turn a two-role phone-call scenario document into calls, scores, datasets and reports.")
    .version("0.1.0")
    .option("--verbose", "print stack traces for internal errors")
    .exitOverride()
    // commander's own complaints (unknown option, missing argument) read like every other user error.
    .configureOutput({ outputError: (text, write) => write(commanderLine(text)) });
  registerParseCommand(program);
  registerImportCommand(program);
  registerSchemaCommand(program);
  registerRunCommand(program);
  registerEvalCommand(program);
  registerBatchCommand(program);
  registerWorkerCommand(program);
  registerReportCommand(program);
  registerExportCommand(program);
  registerServeCommand(program);
  registerReplayCommand(program);
  return program;
}

/** "error: unknown option '--bogus'\n(Did you mean --seed?)" → "callsim: unknown option '--bogus' (Did you mean --seed?)". */
function commanderLine(text: string): string {
  const flat = text.replace(/^error:\s*/i, "").replace(/\s*\n\s*/g, " ").trim();
  return `callsim: ${inert(flat)}\n`;
}

/** A reader that goes away (`callsim run | head`) ends the output, not the program with a stack trace. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

async function main(argv: string[]): Promise<void> {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; bad flags are user errors (commander already printed the line).
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.exitCode = reportFailure(error, Boolean(program.opts()["verbose"]));
  }
}

await main(process.argv);
