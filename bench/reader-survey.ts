// One line per scenario document (rule documents, labelled scenarios, or files given): what the reader made of the
// caller's name, organisation, opening, steps, KB, closings, the customer's concerns, and any section set aside.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readScenarioFile } from "../src/scenario/index.js";

function files(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (statSync(a).isDirectory()) for (const f of readdirSync(a).sort()) { if (f.endsWith(".md") && f !== "README.md") out.push(join(a, f)); }
    else out.push(a);
  }
  return out;
}

const cut = (s: string | null, n = 30): string => (s === null ? "∅" : s.replace(/\s+/g, " ").slice(0, n));
for (const file of files(process.argv.slice(2))) {
  try {
    const s = await readScenarioFile(file);
    const c = s.caller;
    const e = s.callee;
    const extras = [...c.extraSections.map((x) => `C:${cut(x.title, 14)}`), ...e.extraSections.map((x) => `E:${cut(x.title, 14)}`)];
    console.log(`${file.split("/").slice(-2).join("/")}\n  name=${cut(c.name, 12)} org=${cut(c.organization, 18)} open=${cut(c.opening)} steps=${c.steps.length} kb=${c.knowledgeBase.length} close=${c.closingLines.length} end=${c.endConditions.length} | callee=${cut(e.name, 10)} concerns=${e.concerns.length} beh=${e.behaviours.length} ends=${e.endConditions.length}${extras.length ? ` | extra ${extras.join(", ")}` : ""}`);
  } catch (error) {
    console.log(`${file}: NOT READ ${error instanceof Error ? error.message.slice(0, 80) : ""}`);
  }
}
