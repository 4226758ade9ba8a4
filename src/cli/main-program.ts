// The callsim program: global options, commander's errors as one line, and each sub-command loaded only when
// it is the one asked for (the others appear in the help from the command table).
import { Command, Option } from "commander";
import { COMMANDS } from "./command-table.js";
import { inert } from "./terminal-text.js";

/** The command a command line asks for ("help run" asks for run), or null for the top level. */
export function requestedCommand(args: readonly string[]): string | null {
  const words = args.filter((arg) => !arg.startsWith("-"));
  return (words[0] === "help" ? words[1] : words[0]) ?? null;
}

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

