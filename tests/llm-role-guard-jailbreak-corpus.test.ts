// The caller's role guard against a corpus of leaks a model might be talked into (tests/jailbreak/leaks.json), each
// as written and through every obfuscation: zero 'not caught' on the development part, no benign line refused.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { callerRules, callerSystemPrompt } from "../src/seats/llm/caller-prompt.js";
import { roleGuardFor } from "../src/seats/llm/role-guard.js";
import type { CallerView } from "../src/seats/seat.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { SAMPLE_SCENARIO } from "./fakes/sample-scenario.js";
import { expandLeak, type LeakCorpus } from "./jailbreak/expand-leak.js";

const corpus = JSON.parse(readFileSync(new URL("./jailbreak/leaks.json", import.meta.url), "utf8")) as LeakCorpus;
const HAN = /[\u4e00-\u9fff]/;

async function views(): Promise<{ en: CallerView; zh: CallerView }> {
  return { en: SAMPLE_SCENARIO, zh: await readScenarioFile("examples/00-seed-service-followup.md") };
}

describe("the role guard against the jailbreak corpus", () => {
  it("catches every development leak in every obfuscation", async () => {
    const { en, zh } = await views();
    const missed: string[] = [];
    let tried = 0;
    corpus.leaks.forEach((leak, index) => {
      if (index % 4 === 3) return; // held back: measured by `npm run bench`
      const view = HAN.test(leak.reply) || HAN.test(leak.attack) ? zh : en;
      const rules = callerRules(view.caller.name).join("\n");
      const guard = roleGuardFor(view, rules);
      for (const transform of corpus.transforms) {
        tried++;
        const line = expandLeak(leak.reply, transform, view, rules, callerSystemPrompt(view));
        if (guard(line) === null) missed.push(`${transform}: ${line.slice(0, 120)}`);
      }
    });
    expect(tried).toBeGreaterThanOrEqual(95);
    expect(missed).toEqual([]);
  });

  it("lets ordinary in-role lines through", async () => {
    const { en } = await views();
    const guard = roleGuardFor(en, callerRules(en.caller.name).join("\n"));
    expect(corpus.benign.filter((line) => guard(line) !== null)).toEqual([]);
  });
});
