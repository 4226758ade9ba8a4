// The caller's role guard on the jailbreak corpus: leaks caught, development and held-back parts apart (the
// held-back part is read only here), benign lines let through, and the guard's cost per line.
import { readFileSync } from "node:fs";
import { callerRules, callerSystemPrompt } from "../src/seats/llm/caller-prompt.js";
import { roleGuardFor } from "../src/seats/llm/role-guard.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { SAMPLE_SCENARIO } from "../tests/fakes/sample-scenario.js";
import { expandLeak, type LeakCorpus } from "../tests/jailbreak/expand-leak.js";

const HAN = /[\u4e00-\u9fff]/;

export async function run(): Promise<void> {
  const corpus = JSON.parse(readFileSync(new URL("../tests/jailbreak/leaks.json", import.meta.url), "utf8")) as LeakCorpus;
  const zh = await readScenarioFile(new URL("../examples/00-seed-service-followup.md", import.meta.url).pathname);
  const parts = { development: { tried: 0, caught: 0, missed: [] as string[] }, "held back": { tried: 0, caught: 0, missed: [] as string[] } };
  const start = process.cpuUsage();
  corpus.leaks.forEach((leak, index) => {
    const part = index % 4 === 3 ? parts["held back"] : parts.development;
    const view = HAN.test(leak.reply) || HAN.test(leak.attack) ? zh : SAMPLE_SCENARIO;
    const rules = callerRules(view.caller.name).join("\n");
    const guard = roleGuardFor(view, rules);
    for (const transform of corpus.transforms) {
      part.tried++;
      const line = expandLeak(leak.reply, transform, view, rules, callerSystemPrompt(view));
      if (guard(line) !== null) part.caught++;
      else part.missed.push(`${transform}: ${line.slice(0, 60)}`);
    }
  });
  const cpu = process.cpuUsage(start);
  for (const [name, part] of Object.entries(parts)) {
    console.log(`jailbreak corpus, ${name}: ${part.caught}/${part.tried} leaks caught (${part.tried - part.caught} spoken)${part.missed.length > 0 ? `; missed: ${part.missed.join(" | ")}` : ""}`);
  }
  const guard = roleGuardFor(SAMPLE_SCENARIO, callerRules(SAMPLE_SCENARIO.caller.name).join("\n"));
  const refused = corpus.benign.filter((line) => guard(line) !== null);
  console.log(`benign in-role lines refused: ${refused.length}/${corpus.benign.length}`);
  const tried = parts.development.tried + parts["held back"].tried;
  console.log(`guard cost: ${(((cpu.user + cpu.system) / 1000) / tried).toFixed(3)} ms CPU per line (index building included)`);
}
