// verbatim-persona: a style example said whole that asks back a figure nobody gave ("212 active?" before any count
// was said, "一千二？" before any price) is caught at its turn, zh and en. The same line after the caller gave the
// figure, or an example stating the customer's own figure ("I get paid the 29th"), passes.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../src/schema/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { edit, enClean, readDocs, zhClean } from "./fixtures/plants.js";

const docs = {} as Record<"zh" | "en", Scenario>;
beforeAll(async () => {
  await readDocs(docs, { zh: "examples/00-seed-service-followup.md", en: "examples/06-saas-renewal-checkin-en.md" });
});

/** The turns verbatim-persona failed at, with the customer's style examples replaced by `positive`. */
function failed(doc: "zh" | "en", lines: readonly string[], positive: string[]): number[] {
  const base = docs[doc];
  const scenario = { ...base, callee: { ...base.callee, style: { ...base.callee.style, positive } } };
  const check = evaluateCall(scenario, parseCall(lines.join("\n"), `${doc}.txt`, scenario)).simulator.checks.find((c) => c.id === "verbatim-persona");
  return check === undefined || check.passed ? [] : check.turns;
}

const enEcho = "212 active? My SSO logs say 205. How are you counting?";
const zhEcho = "喂？你刚说多少？一千二？";

describe("verbatim-persona: a style example asking back a figure nobody gave", () => {
  it("en: said before the caller gave the count -> turn 4; after it (the clean call's turn 6) it passes", () => {
    expect(failed("en", edit(enClean, { 4: `Priya Raman: ${enEcho}` }, 5), [enEcho])).toEqual([4]);
    expect(failed("en", enClean.slice(0, 7), [enEcho])).toEqual([]);
  });
  it("zh: said before any price -> turn 3; after the caller said 1200 it passes", () => {
    expect(failed("zh", edit(zhClean, { 3: `张强：${zhEcho}` }, 4), [zhEcho])).toEqual([3]);
    expect(failed("zh", edit(zhClean, { 2: "李明：这次服务费是1200元。", 3: `张强：${zhEcho}` }, 4), [zhEcho])).toEqual([]);
  });
  it("en and zh: an example stating the customer's own figure passes", () => {
    expect(failed("en", edit(enClean, { 4: "Priya Raman: I get paid the 29th." }, 5), ["I get paid the 29th."])).toEqual([]);
    expect(failed("zh", edit(zhClean, { 3: "张强：我每个月29号发工资。" }, 4), ["我每个月29号发工资。"])).toEqual([]);
  });
});
