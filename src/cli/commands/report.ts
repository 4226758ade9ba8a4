// `callsim report`: placeholder wiring, replaced by its owner module.
import type { Command } from "commander";
import { systemError } from "../../errors.js";

export function registerReportCommand(program: Command): void {
  program
    .command("report")
    .description("(not available yet)")
    .allowUnknownOption()
    .action(() => {
      throw systemError("not-implemented", "'report' is not available in this build");
    });
}
