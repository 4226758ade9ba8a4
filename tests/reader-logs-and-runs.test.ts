// A handover log's timed entries head their text; a list numbered in order under an unknown heading is the script
// when nothing else is; question-and-answer pairs run on inside a paragraph with bare marks are the knowledge base.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readScenarioFile } from "../src/scenario/index.js";
import { hasLogEntries, logEntryLines } from "../src/scenario/log-entries.js";
import { inlineQaRun } from "../src/scenario/inline-qa-run.js";

describe("log entries, numbered runs, run-on pairs", () => {
  it("rewrites timed entries as headings over their dedented text", () => {
    const log = ["LOG", "07:50 Ann noted:", "  Hand over.", "08:05 Ann noted the script:", "  1. Hello", "08:10 结束语:", "  再见。"];
    expect(hasLogEntries(log)).toBe(true);
    expect(logEntryLines(log)).toEqual(["LOG", "", "Hand over.", "## script", "1. Hello", "## 结束语", "再见。"]);
    expect(hasLogEntries(["[00:04] 客户：在的", "[00:06] 坐席：好", "[00:09] 客户：嗯"])).toBe(false);
  });

  it("reads a handover log whose script is a numbered list without quotes (the opened j-zh-floorheating)", async () => {
    const s = await readScenarioFile(join(import.meta.dirname, "labelled/scenarios/j-zh-floorheating.md"));
    expect(s.caller.steps.length).toBe(7);
    expect(s.caller.steps[0]?.branches?.length).toBe(1);
    expect(s.caller.knowledgeBase.length).toBe(6);
  });

  it("finds a run of bare 问…？答… pairs with text after it", () => {
    expect(inlineQaRun("可能会问：问水压多少正常？答一到两公斤。问多久做一次？答每年一次。不要推销。")).toEqual({
      before: "可能会问：",
      pairs: [{ question: "水压多少正常？", answer: "一到两公斤" }, { question: "多久做一次？", answer: "每年一次" }],
      after: "不要推销。",
    });
    expect(inlineQaRun("问“要多少钱”答另收 60 元；问“会坏吗”答不会。")?.pairs.map((p) => p.question)).toEqual(["要多少钱", "会坏吗"]);
    expect(inlineQaRun("他问水压多少正常？")).toBeNull();
  });
});
