// The callsim command: wires each sub-command and turns errors into one clear line and an exit code.
import { CommanderError } from "commander";
import { buildProgram } from "./main-program.js";
import { reportFailure } from "./report-failure.js";
import type { JobRunnerModule } from "../batch/executor.js";

/** A reader that goes away (`callsim run | head`) ends the output, not the program with a stack trace. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

export async function runCli(argv: string[]): Promise<void> {
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

/**
 * The batch job runner, for batch worker processes that load this bundle (src/batch/worker.ts): compiled from the
 * bundle's code cache, a worker starts without parsing and compiling ~200 modules. Imported only when asked for.
 */
export const loadJobRunnerModule = (): Promise<JobRunnerModule> => import("../batch/run-job.js");
