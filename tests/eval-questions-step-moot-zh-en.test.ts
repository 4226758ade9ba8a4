// A step that only invites questions ("Any questions about the report so far?", "这几项您有什么想问的吗？") is moot
// where the customer asked their own before the call went past it; skipped with no question asked, it is charged
// (missing-step) at the turn of the next step. Documents and calls are invented for these tests
// (tests/fixtures/eval/*-questions-step.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("questions-step", { en: ["Ines", "Rufus"], zh: ["伊娜", "何乐"] });

describe("a step that invites questions", () => {
  it("en: moot after the customer's own question; skipped without one, charged at the next step", () => {
    const open = ["Hi, is this Rufus Hale? It's Ines from Example Boiler Care.", "Yes."];
    const report = "Your service report is ready: pressure fine, one valve worn, nothing urgent.";
    const next = "Your next service is due in March next year; we'll send a reminder.";
    const end = ["Okay.", "Thanks, Mr Hale. Goodbye.", "Bye."];
    const asked = card("en", [...open, report, "Is the worn valve dangerous?", "No, it is not dangerous; the engineer will swap it at the next service.", "Good.", next, ...end]);
    expect(failedTurns(asked, "missing-step")).toBeNull();
    const skipped = card("en", [...open, report, "Okay.", next, ...end]);
    expect(failedTurns(skipped, "missing-step")).toEqual([4]);
  });

  it("zh: 客户自己先问了，答疑步骤不欠；没人问又跳过，记在下一步那一轮", () => {
    const open = ["您好，请问是何乐先生吗？我是示例锅炉养护的伊娜。", "是我。"];
    const report = "您的保养报告出来了：水压正常，有一个阀门磨损，不紧急。";
    const next = "下次保养是明年3月，到时我们发提醒。";
    const end = ["好。", "谢谢何先生，再见。", "再见。"];
    const asked = card("zh", [...open, report, "阀门磨损危险吗？", "不危险，师傅下次保养时换掉。", "那就好。", next, ...end]);
    expect(failedTurns(asked, "missing-step")).toBeNull();
    const skipped = card("zh", [...open, report, "好。", next, ...end]);
    expect(failedTurns(skipped, "missing-step")).toEqual([4]);
  });
});
