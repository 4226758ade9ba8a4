// `callsim eval`: placeholder wiring, replaced by its owner module.
import type { Command } from "commander";
import { systemError } from "../../errors.js";

export function registerEvalCommand(program: Command): void {
  program
    .command("eval")
    .description("(not available yet)")
    .allowUnknownOption()
    .action(() => {
      throw systemError("not-implemented", "'eval' is not available in this build");
    });
}
