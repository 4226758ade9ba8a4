import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

// Plain-text call sheets whose columns are lined up by spaces, no bars: "LABEL   value" lines are labelled fields
// (a value wrapping under itself, a blank line between fields), and a table under a header of short titles is a table
// (its wrapped lines joined per cell), so the caller's name, the script and the FAQ are read.
const EN = `HILLSIDE BIKES                    SERVICE REMINDER CALL

CALLER          Ana Ruiz, front desk, Hillside Bikes
                (the workshop on Mill Street).

PURPOSE         Remind the owner the yearly service is due and book it.

STEP     WHAT YOU SAY                                  IF THEY ...
1        "Hi, is that Tom Baker? It's Ana from         ... someone else: ask Tom to call
         Hillside Bikes."                              us back.
2        "Your bike's yearly service is due - it's     ... too dear: a basic check is £25.
         £45 and takes a day."
3        "Would Saturday morning suit you?"            ... busy: offer next week.

QUESTION                          ANSWER
Can I wait while you do it?       No, it takes most of the day.
Do you lend a bike?               Yes, for £5 a day.
Can you collect it?               Yes, within two miles, free.

CUSTOMER SIDE
WORRIES         the price; being without the bike for work.

BEHAVIOUR       short answers, in a hurry.
`;

const ZH = `山城单车                    保养提醒电话

拨打人          安如，山城单车前台
                （米市街的修车铺）。

目的            提醒车主年度保养到期并预约。

步骤     话术                                          对方反应
1        “您好，请问是唐波先生吗？我是山城单车          不是本人：请他回电。
         的安如。”
2        “您的单车年度保养到期了，费用45元，            嫌贵：基础检查25元。
         需要一天。”
3        “周六上午方便送过来吗？”                      没空：约下周。

问题                      答复
能等着修好吗？            不行，要一整天。
有备用车吗？              有，每天5元。
能上门取车吗？            两公里内免费上门。

接听方
顾虑            价钱；上班要用车。

行为            回答简短，很赶时间。
`;

describe("a call sheet aligned by spaces", () => {
  it.each([
    ["en", EN, "Ana Ruiz", "Hillside Bikes"],
    ["zh", ZH, "安如", "山城单车"],
  ])("%s: the name, the script, the FAQ and the customer's concerns are read", (_, text, name, organization) => {
    const s = parseScenarioText(text);
    expect(s.caller.name).toBe(name);
    expect(s.caller.organization).toBe(organization);
    expect(s.caller.steps).toHaveLength(3);
    expect(s.caller.steps[1]?.lines.join(" ")).toMatch(/45/);
    expect(s.caller.steps.every((step) => (step.branches ?? []).length === 1)).toBe(true);
    expect(s.caller.knowledgeBase).toHaveLength(3);
    expect(s.callee.concerns.length).toBeGreaterThanOrEqual(1);
  });

  it("prose with double spaces after its sentences stays prose", () => {
    const s = parseScenarioText("## Steps\n1. \"Hello, is that Tom?  It's Ana from Hillside Bikes.\"\n2. Book the service.  Then close.\n\n## Customer\nTom Baker, 40.\n");
    expect(s.caller.steps).toHaveLength(2);
    expect(s.caller.steps[0]?.lines[0]).toContain("Ana");
  });
});
