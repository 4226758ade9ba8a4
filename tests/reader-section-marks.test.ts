// Section marks the heading reader must know whatever words they carry: HTML <details>/<summary> folds with <li>
// items, a quoted title in capitals ("> SCRIPT"), dotted-leader fields ("Label ..... value"), a symbol before a bare
// label ("◆ 背景") and a step numbered with a bar ("Step 2｜…"). Documents written for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const folded = [
  "<h1>Piano tuning reminder</h1>",
  "",
  "<details open>",
  "<summary><strong>Caller side</strong></summary>",
  "",
  "<details open>",
  "<summary>Role</summary>",
  "",
  "You are Dana from Keyline Tuning. You ring owners whose piano is due for its yearly tuning.",
  "",
  "</details>",
  "",
  "<details open>",
  "<summary>Script</summary>",
  "",
  "<ol>",
  "<li><b>Greet.</b> \"Hello, Dana here from Keyline Tuning.\"</li>",
  "<li><b>Offer a visit.</b> \"Could our tuner come by next week?\"</li>",
  "<li><b>Confirm.</b> \"Lovely, I have noted the day.\"</li>",
  "</ol>",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>Knowledge base</summary>",
  "",
  "<details><summary>How long does a tuning take?</summary>About ninety minutes.</details>",
  "",
  "<details><summary>Do you bring your own tools?</summary>Yes, always.</details>",
  "",
  "</details>",
  "</details>",
  "",
].join("\n");

const quoted = [
  "> CALLER",
  "",
  "Name ........ Ruth Obi, bookings desk of Lakeside Rowing Club",
  "Manner ...... brisk and friendly",
  "",
  "> SCRIPT",
  "",
  "1. \"Hi, this is Ruth from Lakeside Rowing Club.\"",
  "2. \"Would you like to keep your Saturday slot next month?\"",
  "3. \"Thanks, that is booked.\"",
  "",
  "> CUSTOMER",
  "",
  "Name ........ Felix Hart",
  "Background .... rows on Saturdays, has a knee that aches in the cold",
  "",
].join("\n");

const symbols = [
  "===== 拨打方 =====",
  "",
  "◆ 角色",
  "你是小林，社区图书馆的馆员，打电话提醒读者还书。",
  "",
  "◆ 通话流程",
  "步骤1｜问好",
  "  话术：“您好，我是社区图书馆的小林。”",
  "步骤2｜提醒还书",
  "  话术：“您借的两本书下周二到期，方便按时归还吗？”",
  "步骤3｜道别",
  "  话术：“好的，谢谢您，再见。”",
  "",
  "◆ 知识库",
  "■ 可以续借吗？可以续借一次，延长两周。",
  "",
  "===== 接听方 =====",
  "",
  "◆ 背景",
  "退休教师，常来借历史书。",
  "",
].join("\n");

describe("section marks the reader knows", () => {
  it("reads <details> folds whose <summary> is marked up, with <li> steps and one-line questions", () => {
    const s = parseScenarioText(folded, { id: "folded" });
    expect(s.title).toBe("Piano tuning reminder");
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Greet.", "Offer a visit.", "Confirm."]);
    expect(s.caller.knowledgeBase.length).toBeGreaterThanOrEqual(2);
  });

  it("reads a quoted title in capitals as a section, and dotted-leader lines as fields", () => {
    const s = parseScenarioText(quoted, { id: "quoted" });
    expect(s.caller.steps).toHaveLength(3);
    expect(s.caller.name).toBe("Ruth Obi");
    expect(s.callee.name).toBe("Felix Hart");
  });

  it("reads a symbol before a bare label as a section and a step numbered with a bar", () => {
    const s = parseScenarioText(symbols, { id: "symbols" });
    expect(s.caller.steps.map((step) => step.title)).toEqual(["问好", "提醒还书", "道别"]);
    expect(s.callee.background).toContain("退休教师");
  });
});
