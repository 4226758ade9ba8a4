// `callsim parse`: placeholder wiring, replaced by its owner module.
import type { Command } from "commander";
import { systemError } from "../../errors.js";

export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description("(not available yet)")
    .allowUnknownOption()
    .action(() => {
      throw systemError("not-implemented", "'parse' is not available in this build");
    });
}
