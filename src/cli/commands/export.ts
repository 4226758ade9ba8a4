// `callsim export`: placeholder wiring, replaced by its owner module.
import type { Command } from "commander";
import { systemError } from "../../errors.js";

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("(not available yet)")
    .allowUnknownOption()
    .action(() => {
      throw systemError("not-implemented", "'export' is not available in this build");
    });
}
