// A question in parts that no source answers whole is answered by its first answerable part; a "who's this?" after
// a confirmation is not a question to look up.
import { describe, expect, it } from "vitest";
import { readActs } from "../src/seats/rule/acts.js";
import { answerRanker, answerSource } from "../src/seats/rule/answer-source.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { callerView } from "../src/call/seat-views.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { packFor } from "../src/lang/index.js";

describe("questions in parts and asides", () => {
  it("answers the first answerable part of a question no source answers whole", async () => {
    const plan = callerPlan(callerView(await readScenarioFile("tests/rule-docs/dev/zh-gas-safety-inspection.md")));
    const line = "燃气公司？上个月就有冒充你们的，你咋证明你是真的？";
    expect(answerRanker(plan).choose(line)).toBeNull();
    const found = answerSource(plan, line);
    expect(found.kind === "kb" ? plan.kbEntries[found.index]?.question : found.kind).toBe("怎么知道上门的是不是你们的人？");
  });
  it("drops the question act when the line asks who is calling after confirming", () => {
    const acts = readActs("Yeah, that's me, sorry, who's this?", packFor("en"), { prev: null, customerName: "Sam", awaiting: null });
    expect(acts).toContain("asks-who");
    expect(acts).not.toContain("question");
  });
});
