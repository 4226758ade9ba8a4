// The rule-seat documents of one part of tests/rule-docs, read in name order, whatever their extension (a document
// may come as .md, .txt or its native format, a voice-platform export as .json; README.md and EXPECTED.md are not
// documents); one the reader refuses is reported in a line and skipped, so a bench goes on with the others.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readScenarioFile } from "../src/scenario/index.js";
import type { Scenario } from "../src/schema/index.js";

export async function* ruleDocs(part: string): AsyncGenerator<{ file: string; scenario: Scenario }> {
  const dir = join("tests/rule-docs", part);
  for (const file of readdirSync(dir).filter((f) => f !== "README.md" && f !== "EXPECTED.md").sort()) {
    try {
      yield { file, scenario: await readScenarioFile(join(dir, file)) };
    } catch (error) {
      console.log(`${part}/${file}: not read (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}
