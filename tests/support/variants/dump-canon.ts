// Freezes the canonical scenarios (run by hand: `npx tsx tests/support/variants/dump-canon.ts`); each source's
// reading was checked against its truth file or by eye before it was frozen.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseScenarioText } from "../../../src/scenario/index.js";
import { CANON_DIR, canonOf } from "./canon.js";

const SOURCES = [
  "examples/00-seed-service-followup.md", "examples/01-bank-instalment.md", "examples/03-broadband-outage-compensation.md",
  "examples/06-saas-renewal-checkin-en.md", "examples/08-car-maintenance-booking.md",
  "tests/labelled/scenarios/en-airline.md", "tests/labelled/scenarios/en-dental.md", "tests/labelled/scenarios/en-telecom.md",
  "tests/labelled/scenarios/en-utility.md", "tests/labelled/scenarios/zh-hospital.md", "tests/labelled/scenarios/zh-insurance.md",
  "tests/labelled/scenarios/zh-training.md",
];

for (const source of SOURCES) {
  const id = basename(source, ".md");
  const canon = canonOf(parseScenarioText(readFileSync(source, "utf8"), { id }));
  writeFileSync(join(CANON_DIR, `${id}.json`), `${JSON.stringify(canon, null, 2)}\n`);
}
