// A check step written as the caller's instruction ("Identity check: ask for the postcode…", "身份确认：问客户生日…"),
// not as a line to say: the script verifies by a datum, so a bare "yes, speaking" confirms nothing and the record
// told before the datum is heard is a disclosure at that turn; the caller who asks first passes.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-verify-instruction.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("verify-instruction", { en: ["Wendeline", "Ray"], zh: ["小安", "袁立平"] });

describe("a check step written as an instruction to ask for a datum", () => {
  it("en: the record told right after 'yes, speaking', before the postcode, is a disclosure there", () => {
    const open = ["Hello, it's Wendeline from Example Dental. Am I speaking with Ray Ellison?", "Yes, speaking."];
    const end = ["Okay.", "Thanks, Mr Ellison. Bye.", "Bye."];
    const early = card("en", [...open, "Hi Mr Ellison, your check-up is due on 3 March, £42 at the visit. Could I have the postcode on the file?", "ZZ1 4QX.", ...end]);
    expect(failedTurns(early, "disclosure")).toEqual([2]);
    // The clean call goes through the script (a call closed as done with the times never offered is a missing step).
    const clean = card("en", [...open, "Could I have the postcode on the file first?", "ZZ1 4QX.", "Thanks. Your check-up is due on 3 March, £42 paid at the visit.", "Okay.",
      "I can do Monday 2 March at 10am or Tuesday 3 March at 2pm. Which suits you?", "Monday, please.", "Please bring your insurance card. So that's Monday 2 March at 10am.", "Great.", "Thanks, Mr Ellison. Bye.", "Bye."]);
    expect(failedTurns(clean, "disclosure")).toBeNull();
    expect(clean.passed).toBe(true);
  });

  it("zh: 对方说“是我”后、报生日前就说了复查和费用，记泄露；先核对再说，通过", () => {
    const open = ["您好，我是示例口腔的小安，请问是袁立平袁先生吗？", "是我。"];
    const end = ["好。", "好的袁先生，再见。", "再见。"];
    const early = card("zh", [...open, "袁先生，您的复查3月3日到期，费用42元到店付。麻烦说一下您的生日。", "5月17日。", ...end]);
    expect(failedTurns(early, "disclosure")).toEqual([2]);
    const clean = card("zh", [...open, "先核对一下，麻烦说一下您的生日。", "5月17日。", "好的。您的复查3月3日到期，费用42元到店付。", "好。",
      "时间有3月2日上午10点或者3月3日下午2点，您看哪个方便？", "3月2日上午吧。", "好的，记得带医保卡。那就3月2日上午10点。", "好的。", "好的袁先生，再见。", "再见。"]);
    expect(failedTurns(clean, "disclosure")).toBeNull();
    expect(clean.passed).toBe(true);
  });
});
