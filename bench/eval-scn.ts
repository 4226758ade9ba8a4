// Dev-only: how the reader gave a labelled scenario to the scorer (steps, opening, closings, end conditions, KB size).
import { loadLabels } from "../src/eval/agreement/load-labels.js";
const [dir, name] = process.argv.slice(2) as [string, string];
const item = (await loadLabels(dir, { onUnreadableScenario: () => undefined })).find((i) => i.label.scenario.includes(name));
const c = item?.scenario.caller;
if (c !== undefined) {
  for (const s of c.steps) console.log(`STEP ${s.index} ${s.title} | lines ${s.lines.length}: ${s.lines.map((l) => l.slice(0, 60)).join(" || ")} | instr ${(s.instructions ?? []).length}`);
  const rest = Object.fromEntries(Object.entries(c).filter(([k]) => !["steps", "role"].includes(k)));
  console.log(JSON.stringify(rest, null, 1).slice(0, 5000));
}
