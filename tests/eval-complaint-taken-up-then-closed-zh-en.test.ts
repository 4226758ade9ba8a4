// The customer complains, the caller takes it up ("I'm sorry, I've logged that"), the customer says "fine", then the
// complaint close: the call ended on the complaint, and the steps it left no room for are not charged as missing;
// the booked close said instead is still a wrong closing.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-verify-instruction.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("verify-instruction", { en: ["Wendeline", "Ray"], zh: ["小安", "袁立平"] });

describe("a complaint taken up a turn before the complaint close", () => {
  it("en: no missing step after the complaint", () => {
    const lines = ["Hello, it's Wendeline from Example Dental. Am I speaking with Ray Ellison?", "Speaking.", "Could I have the postcode on the file first?", "ZZ1 4QX.",
      "Thanks. I'm calling about your check-up.", "Last time I waited an hour and nobody told me anything. I'm not happy about that.",
      "I'm really sorry. I've logged that, and the manager will call you within two days.", "Fine."];
    const clean = card("en", [...lines, "I'm sorry about that. The manager will call you within two days. Bye.", "Bye."]);
    expect(failedTurns(clean, "missing-step")).toBeNull();
    expect(clean.passed).toBe(true);
  });

  it("zh: 投诉之后隔一轮再用投诉结束语，不记漏步骤", () => {
    const lines = ["您好，我是示例口腔的小安，请问是袁立平袁先生吗？", "是。", "先核对一下，麻烦说一下您的生日。", "5月17日。",
      "好的。打电话是想跟您说复查的事。", "上次去等了一个小时没人管，太不像话了，我要投诉！",
      "非常抱歉，我给您登记了，店长两天内给您回电。", "行吧。"];
    const clean = card("zh", [...lines, "非常抱歉，店长两天内给您回电，再见。", "再见。"]);
    expect(failedTurns(clean, "missing-step")).toBeNull();
    expect(clean.passed).toBe(true);
  });

  it("en: a grievance no cue knows, apologised for in a turn of its own before the complaint close: no missing step", () => {
    const lines = ["Hello, it's Wendeline from Example Dental. Am I speaking with Ray Ellison?", "Speaking.", "Could I have the postcode on the file first?", "ZZ1 4QX.",
      "Thanks. I'm calling about your check-up.", "Before you go on, I was promised a February slot and nobody rang.",
      "I'm sorry. I've noted that, and the manager will call you within two days.", "Right."];
    const clean = card("en", [...lines, "I'm sorry about that. The manager will call you within two days. Bye.", "Bye."]);
    expect(failedTurns(clean, "missing-step")).toBeNull();
    expect(clean.passed).toBe(true);
  });

  it("zh: 没有投诉字眼的不满，客服单独一轮道歉登记后用投诉结束语：不记漏步骤", () => {
    const lines = ["您好，我是示例口腔的小安，请问是袁立平袁先生吗？", "是。", "先核对一下，麻烦说一下您的生日。", "5月17日。",
      "好的。打电话是想跟您说复查的事。", "先别说这个，上次说好二月给我排，结果一直没人打来。",
      "抱歉，这个我记下了，店长两天内给您回电。", "嗯。"];
    const clean = card("zh", [...lines, "非常抱歉，店长两天内给您回电，再见。", "再见。"]);
    expect(failedTurns(clean, "missing-step")).toBeNull();
    expect(clean.passed).toBe(true);
  });
});
