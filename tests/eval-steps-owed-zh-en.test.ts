// missing-step charges a step only when it was owed and not said: the call went past it (a later step came before the
// customer's first sign of an early ending), and neither its sample line nor its own content in other words was said.
// Also the ending readings it rests on: a "no" to an offer is not a refusal of the call, "don't call me again" is.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-steps-owed.md).
import { describe, expect, it } from "vitest";
import type { Scorecard } from "../src/schema/index.js";
import { scorerFor } from "./fixtures/eval/alternating-call.js";
import { isConditionalStep } from "../src/eval/steps.js";

/** Lines alternate caller, callee, starting with the caller. */
const card = scorerFor("steps-owed", { en: ["Alex", "Robin"], zh: ["小周", "白静"] });
const check = (c: Scorecard, id: string) => c.checks.find((x) => x.id === id);

const EN_OPEN = ["Hi, is this Robin Vale? This is Alex from Example Bike Works.", "Yes, speaking."];
const ZH_OPEN = ["您好，请问是白静女士吗？我是示例钟表行的小周。", "是我。"];

describe("missing-step: a step jumped over and never said is charged", () => {
  it("en: the guarantee skipped before the rating is charged; said in other words it is not", () => {
    const skipped = card("en", [...EN_OPEN, "Your bicycle is ready: we replaced the rear brake cable and trued the front wheel.", "Great.", "How would you rate the repair, from 1 to 5?", "A 5.", "Thanks for the rating, Robin. Enjoy the ride, goodbye.", "Bye."]);
    expect(check(skipped, "missing-step")?.passed).toBe(false);
    expect(check(skipped, "missing-step")?.message).toContain("step 3");
    expect(skipped.passed).toBe(false);
    const reworded = card("en", [
      ...EN_OPEN,
      "Your bicycle is ready: we replaced the rear brake cable and trued the front wheel.",
      "Great.",
      "That work is guaranteed for the next 90 days, so if the brake goes soft, bring the bike back and we fix it free.",
      "Good to know.",
      "How would you rate the repair, from 1 to 5?",
      "A 5.",
      "Thanks for the rating, Robin. Enjoy the ride, goodbye.",
      "Bye.",
    ]);
    expect(check(reworded, "missing-step")?.passed).toBe(true);
  });

  it("zh: 保修 skipped before the rating is charged; said in other words it is not", () => {
    const skipped = card("zh", [...ZH_OPEN, "您的手表已经修好了，换了机芯的发条，也清洗了表盘。", "好的。", "您对这次维修满意吗？满意、一般还是不满意？", "满意。", "谢谢您的评价，取表时带上单据就行，再见。", "再见。"]);
    expect(check(skipped, "missing-step")?.passed).toBe(false);
    expect(check(skipped, "missing-step")?.message).toContain("step 3");
    const reworded = card("zh", [
      ...ZH_OPEN,
      "您的手表已经修好了，换了机芯的发条，也清洗了表盘。",
      "好的。",
      "修完有六个月保修，走时不准的话拿来免费再调。",
      "知道了。",
      "您对这次维修满意吗？满意、一般还是不满意？",
      "满意。",
      "谢谢您的评价，取表时带上单据就行，再见。",
      "再见。",
    ]);
    expect(check(reworded, "missing-step")?.passed).toBe(true);
  });

  it("a step skipped after the customer first said they were busy is not charged (en, zh)", () => {
    const en = card("en", [...EN_OPEN, "Your bicycle is ready: we replaced the rear brake cable and trued the front wheel.", "I'm driving, make it quick.", "Sure. How would you rate the repair, from 1 to 5?", "A 4.", "No problem, I'll text you the details now. Bye."]);
    expect(check(en, "missing-step")?.passed).toBe(true);
    const zh = card("zh", [...ZH_OPEN, "您的手表已经修好了，换了机芯的发条，也清洗了表盘。", "我在开会，说重点。", "好的，您对这次维修满意吗？", "满意。", "好的，取表信息我短信发您，不打扰了，再见。"]);
    expect(check(zh, "missing-step")?.passed).toBe(true);
  });

  it("a step whose title is a condition is never owed", () => {
    expect(isConditionalStep({ title: "客户没空时，改发短信", lines: ["您要是不方便，我把信息发给您。"] })).toBe(true);
    expect(isConditionalStep({ title: "If the customer is in a hurry, offer a text", lines: ["I can text you the details."] })).toBe(true);
    expect(isConditionalStep({ title: "说明保修", lines: ["保修六个月。"] })).toBe(false);
    expect(isConditionalStep({ title: "Explain the guarantee", lines: ["It is guaranteed for 90 days."] })).toBe(false);
  });
});

describe("ending: what the customer declined", () => {
  it("a 'no' to the caller's offer does not end the call: the steps after it are still owed (en, zh)", () => {
    const en = card("en", [
      ...EN_OPEN,
      "Your bicycle is ready: we replaced the rear brake cable and trued the front wheel.",
      "Great.",
      "Would you like to add a yearly tune-up for a small extra fee?",
      "No thanks.",
      "How would you rate the repair, from 1 to 5?",
      "A 5.",
      "Thanks for the rating, Robin. Enjoy the ride, goodbye.",
    ]);
    expect(check(en, "missing-step")?.message).toContain("step 3");
    const zh = card("zh", [
      ...ZH_OPEN,
      "您的手表已经修好了，换了机芯的发条，也清洗了表盘。",
      "好的。",
      "要不要了解一下我们的表带更换服务？",
      "不用了。",
      "您对这次维修满意吗？满意、一般还是不满意？",
      "满意。",
      "谢谢您的评价，取表时带上单据就行，再见。",
    ]);
    expect(check(zh, "missing-step")?.message).toContain("step 3");
  });

  it("'don't call me again' after an offer ends the call as a refusal: the 'done' closing is then wrong (en, zh)", () => {
    const en = card("en", [
      ...EN_OPEN,
      "Would you like to add a yearly tune-up for a small extra fee?",
      "No, and please stop calling me about this stuff.",
      "Thanks for the rating, Robin. Enjoy the ride, goodbye.",
    ]);
    expect(check(en, "wrong-closing")?.turns).toEqual([4]);
    const zh = card("zh", [...ZH_OPEN, "要不要了解一下我们的表带更换服务？", "不用，以后别再打电话了。", "谢谢您的评价，取表时带上单据就行，再见。"]);
    expect(check(zh, "wrong-closing")?.turns).toEqual([4]);
    const zhRight = card("zh", [...ZH_OPEN, "要不要了解一下我们的表带更换服务？", "不用，以后别再打电话了。", "明白，以后不再打扰您，再见。"]);
    expect(check(zhRight, "wrong-closing")?.passed).toBe(true);
  });
});
