#!/usr/bin/env node
// The callsim command: wires each sub-command and turns errors into one clear line and an exit code.
import { setFlagsFromString } from "node:v8";
import { CommanderError } from "commander";
import { buildProgram } from "./main-program.js";
import { reportFailure } from "./report-failure.js";

/** A reader that goes away (`callsim run | head`) ends the output, not the program with a stack trace. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/**
 * V8 first runs a new regular expression in its interpreter and compiles it to machine code when it is used again;
 * a rule call runs hundreds of the language pack's patterns a few times each, so compiling them at once saves about
 * a seventh of a rule run's CPU at start-up (bench/startup.bench.ts). Matching is the same either way.
 */
const V8_FLAGS = ["--no-regexp-tier-up"] as const;

async function main(argv: string[]): Promise<void> {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  const program = await buildProgram(argv.slice(2));
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
