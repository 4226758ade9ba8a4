#!/usr/bin/env node
// The callsim command: wires each sub-command and turns errors into one clear line and an exit code.
import { Command, CommanderError } from "commander";
import { registerParseCommand } from "./commands/parse.js";
import { registerSchemaCommand } from "./commands/schema.js";
import { registerRunCommand } from "./commands/run.js";
import { registerEvalCommand } from "./commands/eval.js";
import { registerBatchCommand } from "./commands/batch.js";
import { registerReportCommand } from "./commands/report.js";
import { registerExportCommand } from "./commands/export.js";
import { reportFailure } from "./report-failure.js";

export function buildProgram(): Command {
  const program = new Command("callsim")
    .description("Turn a two-role phone-call scenario document into calls, scores, datasets and reports.")
    .version("0.1.0")
    .option("--verbose", "print stack traces for internal errors")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerParseCommand(program);
  registerSchemaCommand(program);
  registerRunCommand(program);
  registerEvalCommand(program);
  registerBatchCommand(program);
  registerReportCommand(program);
  registerExportCommand(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
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
