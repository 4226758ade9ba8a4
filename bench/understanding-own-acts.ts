// Dev-only: main act of the own held-back lines of fixu (stop 25), tune and kept halves apart: `npx tsx bench/understanding-own-acts.ts`.
import { readFileSync } from "node:fs";
import { readActs } from "../src/seats/rule/acts.js";
import { awaitedReply } from "../src/seats/rule/caller-plan.js";
import { packFor } from "../src/lang/index.js";
for (const half of ["tune", "kept"]) {
  const rows = JSON.parse(readFileSync(`tests/understanding/own-fixu-25/${half}.json`, "utf8")) as [string, string, string, string][];
  let ok = 0;
  for (const [lang, prev, text, want] of rows) {
    const pack = packFor(lang as "en" | "zh");
    const got = readActs(text, pack, { prev, customerName: "Robin Ash", awaiting: awaitedReply(prev, pack) })[0];
    if (got === want) ok++; else console.log(`  ${half} miss: got ${got} want ${want}: ${text}`);
  }
  console.log(`${half}: ${ok}/${rows.length}`);
}
