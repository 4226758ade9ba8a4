// A kanban board exported as plain text: each list a labelled line over a rule, each card a labelled line with its
// description, checklist and comments under it. The list of cards numbered 1…n is the script, in any label words.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const EN = [
  "Board: HARBOUR KAYAKS - bookings",
  "Exported from the board as plain text",
  "",
  "LIST: Start here",
  "--------------------------------------",
  "CARD: About this call",
  "  Description:",
  "    You are Ola from Harbour Kayaks, ringing to confirm a guided paddle.",
  "    Customer: Mr Ben Ames.",
  "",
  "LIST: How the call goes",
  "--------------------------------------",
  "CARD: 1. Greet",
  "  Checklist (0/2)",
  "    [ ] \"Hi, it's Ola from Harbour Kayaks - is that Ben?\"",
  "    [ ] wrong number -> apologise, end",
  "CARD: 2. Check the date",
  "  Description: the paddle is on Saturday at 10am.",
  "CARD: 3. Kit",
  "  Checklist (0/1)",
  "    [ ] bring a change of clothes and a water bottle",
  "CARD: 4. Close",
  "",
  "LIST: Questions",
  "--------------------------------------",
  "CARD: Is a wetsuit included? -> Yes, we lend one in your size.",
  "CARD: Can my dog come? -> Not on a guided paddle, sorry.",
  "  Labels: [faq]",
].join("\n");

const ZH = [
  "看板：晴川家政 回访",
  "",
  "列表：说明",
  "--------------------------------",
  "卡片：你是谁",
  "  描述：",
  "    你是晴川家政的回访专员小童，回访上周的深度保洁。",
  "",
  "列表：通话",
  "--------------------------------",
  "卡片：1. 问好",
  "    [ ] “您好，我是晴川家政的小童，请问是周女士吗？”",
  "卡片：2. 问满意度",
  "    [ ] “上周的保洁您还满意吗？”",
  "卡片：3. 结束",
  "",
  "列表：常见问题",
  "--------------------------------",
  "卡片：能改时间吗？ -> 可以，提前一天说就行。",
  "卡片：要加钱吗？ -> 不用，已经包含在套餐里。",
].join("\n");

describe("a kanban board exported as text", () => {
  it("reads the numbered cards as the steps and their checklist items as lines (en)", () => {
    const s = parseScenarioText(EN, { file: "board.txt" });
    expect(s.caller.steps.map((x) => x.title)).toEqual(["Greet", "Check the date", "Kit", "Close"]);
    expect(s.caller.steps[0]?.lines).toEqual(["Hi, it's Ola from Harbour Kayaks - is that Ben?"]);
    expect(s.caller.name).toBe("Ola");
  });
  it("reads the numbered cards as the steps under the board's own label words (zh)", () => {
    const s = parseScenarioText(ZH, { file: "board.txt" });
    expect(s.caller.steps.map((x) => x.title)).toEqual(["问好", "问满意度", "结束"]);
    expect(s.caller.steps[1]?.lines).toEqual(["上周的保洁您还满意吗？"]);
  });
});
