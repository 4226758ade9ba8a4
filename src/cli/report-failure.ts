// Maps an error to what the user sees: one line and exit 2 for user errors, exit 1 otherwise.
import { CallsimError } from "../errors.js";
import { inert } from "./terminal-text.js";
import { userLineOfFsError } from "./fs-errors.js";

export function reportFailure(error: unknown, verbose: boolean): number {
  if (error instanceof CallsimError && error.kind === "user") {
    process.stderr.write(`callsim: ${inert(error.toUserLine())}\n`);
    return 2;
  }
  const fsLine = userLineOfFsError(error);
  if (fsLine !== null) {
    process.stderr.write(`callsim: ${inert(fsLine)}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`callsim: internal error: ${inert(message)}\n`);
  if (verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write("callsim: run again with --verbose for details\n");
  return 1;
}
