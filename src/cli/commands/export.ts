// `callsim export DIR --format openai|sharegpt --perspective caller|callee`: fine-tuning JSONL from a batch.
import type { Command } from "commander";
import { userError } from "../../errors.js";
import { exportCalls } from "../../export/index.js";
import { intFlag } from "./batch.js";

interface ExportFlags {
  format: string;
  perspective: string;
  minScore?: string;
  maskPii?: boolean;
  out?: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("write a batch's calls as fine-tuning JSONL: the chosen side is the assistant, the other the user")
    .argument("<dir>", "batch output directory (with calls.jsonl)")
    .requiredOption("--format <format>", "openai | sharegpt")
    .requiredOption("--perspective <side>", "caller | callee: the side that becomes the assistant")
    .option("--min-score <n>", "only calls scoring at least this (0-100)")
    .option("--mask-pii", "mask personal data (names, phones, e-mails, ID and card numbers, addresses, plates) with per-call placeholders")
    .option("--out <file>", "output file (default: stdout)")
    .action(async (dir: string, flags: ExportFlags) => {
      if (flags.format !== "openai" && flags.format !== "sharegpt") throw userError("bad-flag", `--format must be openai or sharegpt (got '${flags.format}')`);
      if (flags.perspective !== "caller" && flags.perspective !== "callee") throw userError("bad-flag", `--perspective must be caller or callee (got '${flags.perspective}')`);
      const result = await exportCalls({
        dir,
        format: flags.format,
        perspective: flags.perspective,
        maskPii: flags.maskPii === true,
        ...(flags.minScore === undefined ? {} : { minScore: intFlag("--min-score", flags.minScore, 0, 100) }),
        ...(flags.out === undefined ? {} : { out: flags.out }),
      });
      const skipped = [result.belowMinScore > 0 ? `${result.belowMinScore} below --min-score` : "", result.empty > 0 ? `${result.empty} where the ${flags.perspective} never spoke` : ""].filter((part) => part !== "");
      process.stderr.write(`exported ${result.written} call(s)${flags.out === undefined ? "" : ` to ${flags.out}`}${skipped.length > 0 ? `; skipped ${skipped.join(", ")}` : ""}\n`);
    });
}
