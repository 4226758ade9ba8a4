// `callsim run`: placeholder wiring, replaced by its owner module.
import type { Command } from "commander";
import { systemError } from "../../errors.js";

export function registerRunCommand(program: Command): void {
  program
    .command("run")
    .description("(not available yet)")
    .allowUnknownOption()
    .action(() => {
      throw systemError("not-implemented", "'run' is not available in this build");
    });
}
