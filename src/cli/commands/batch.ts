// `callsim batch`: placeholder wiring, replaced by its owner module.
import type { Command } from "commander";
import { systemError } from "../../errors.js";

export function registerBatchCommand(program: Command): void {
  program
    .command("batch")
    .description("(not available yet)")
    .allowUnknownOption()
    .action(() => {
      throw systemError("not-implemented", "'batch' is not available in this build");
    });
}
