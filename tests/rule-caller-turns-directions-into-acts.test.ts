// A script step written as a direction to the caller ("Ask for the postcode and compare it…", "告知…", "如果是同事接听：
// 只说…") is never read out: it becomes an act in the caller's own words (a request for the datum, a statement of
// what the record holds, a question, a reminder), nothing (a greeting the opening did, another person's branch), or
// the closing.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { stepAct } from "../src/seats/rule/step-act.js";

const EN = packFor("en");
const ZH = packFor("zh");

describe("step directions become acts (en)", () => {
  it.each([
    ["Ask for the postcode and compare it with the one on file.", [], { kind: "say", text: "Could you tell me your postcode, please, so I can check it against our records?" }],
    ["Tell him the annual service is due and costs £79.", [], { kind: "say", text: "The annual service is due and costs £79." }],
    ["— explain that the booster is overdue since October 15th and why it matters, in your own words.", [], { kind: "say", text: "The booster is overdue since October 15th." }],
    ["Remind her not to bring the dog fed.", [], { kind: "say", text: "Just a reminder: please don't bring the dog fed." }],
    ["Ask him which one suits him.", [], { kind: "say", text: "Could you tell me which one suits you?" }],
    ["Offer the two free slots and ask which one suits him.", ["Free slots: Monday 9 am or Friday 2 pm"], { kind: "say", text: "Monday 9 am or Friday 2 pm. Which of those works for you?" }],
    ["Greet and confirm who you are talking to.", [], { kind: "silent" }],
    ["If someone else answers, say only that we called.", [], { kind: "silent" }],
    ["Ask her to read out her membership number and check it.", [], { kind: "say", text: "Could you tell me your membership number, please, so I can check it against our records?" }],
    ["Recap the chosen slot, then close.", [], { kind: "close" }],
    ["Trainer's note: be patient with slow speakers.", [], { kind: "silent" }],
  ] as const)("%s", (line, profile, act) => {
    expect(stepAct(line, EN, profile)).toEqual(act);
  });

  it("a line spoken to the customer is said as written", () => {
    expect(stepAct("Tell me, how was the visit?", EN, [])).toBeNull();
    expect(stepAct("Could you confirm your postcode?", EN, [])).toBeNull();
  });

  it("an offer whose options the record does not list is no act of its own", () => {
    expect(stepAct("Offer the two free slots and ask which one suits him.", EN, [])).toBeNull();
  });
});

describe("step directions become acts (zh)", () => {
  it.each([
    ["请对方报读者证号后四位并核对。", [], { kind: "say", text: "麻烦您报一下读者证号后四位，我这边核对一下。" }],
    ["核对手机尾号。", [], { kind: "say", text: "麻烦您报一下手机尾号，我这边核对一下。" }],
    ["说明押金 99 元已在处理。", [], { kind: "say", text: "押金 99 元已在处理。" }],
    ["告知逾期的书和目前的逾期费。", ["逾期图书《某书》，应还日期 2026-01-10；", "逾期费每天 0.2 元，目前 1.4 元。"], { kind: "say", text: "逾期图书《某书》，应还日期 2026-01-10。逾期费每天 0.2 元，目前 1.4 元。" }],
    ["询问她打算哪天来，或者改约（改约不收费）。", [], { kind: "say", text: "请问您打算哪天来，或者改约？" }],
    ["问候并确认身份。", [], { kind: "silent" }],
    ["如果是同事接听：只说某公司找他，请他回电。", [], { kind: "silent" }],
    ["复述她选的做法，然后结束通话。", [], { kind: "close" }],
    ["感谢并结束。", [], { kind: "close" }],
    ["复述接回时间，道别。", [], { kind: "close" }],
    ["备注：老人耳背，多说两遍。", [], { kind: "silent" }],
  ] as const)("%s", (line, profile, act) => {
    expect(stepAct(line, ZH, profile)).toEqual(act);
  });

  it("a line spoken to the customer is said as written", () => {
    expect(stepAct("问一下您，这次服务满意吗？", ZH, [])).toBeNull();
  });
});
