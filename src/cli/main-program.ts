// The callsim program: global options, commander's errors as one line, and each sub-command loaded only when
// it is the one asked for (the others appear in the help from the command table).
import { Command, Option } from "commander";
import { COMMANDS } from "./command-table.js";
import { requestedCommand } from "./requested-command.js";
import { inert } from "./terminal-text.js";

export { requestedCommand } from "./requested-command.js";

/**
 * The program with the requested command loaded for real and the others as their help line only (`all`: every
 * command loaded, as the help-drift test compares).
 */
export async function buildProgram(args: readonly string[] = [], options: { all?: boolean } = {}): Promise<Command> {
  const program = new Command("callsim")
    .description("Turn a two-role phone-call scenario document into calls, scores, datasets and reports.")
    .version("0.1.0")
    .option("--verbose", "print stack traces for internal errors")
    .exitOverride()
    // commander's own complaints (unknown option, missing argument) read like every other user error.
    .configureOutput({ outputError: (text, write) => write(commanderLine(text)) });
  const wanted = requestedCommand(args);
  for (const entry of COMMANDS) {
    if (options.all === true || entry.name === wanted) {
      (await entry.load())(program);
      continue;
    }
    const stub = program.command(entry.name).description(entry.description);
    for (const arg of entry.args) stub.argument(arg);
    // Listed as "[options]" like the real command; never parsed, since a named command is loaded for real.
    if (entry.hasOptions) stub.addOption(new Option("--lazy-placeholder").hideHelp());
  }
  return program;
}

/** "error: unknown option '--bogus'\n(Did you mean --seed?)" → "callsim: unknown option '--bogus' (Did you mean --seed?)". */
function commanderLine(text: string): string {
  const flat = text.replace(/^error:\s*/i, "").replace(/\s*\n\s*/g, " ").trim();
  return `callsim: ${inert(flat)}\n`;
}

