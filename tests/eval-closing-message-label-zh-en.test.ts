// A closing filed under a bare "Message" / "留口信" label is the close for someone else answering: said to a relative
// who takes the message it is the right close, and the "done" close said to them instead is the wrong one.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-message-label.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("message-label", { en: ["Wendeline", "Voice"], zh: ["文丽", "对方"] });

describe("a closing filed under a bare message label", () => {
  it("en: the message close to the flatmate passes; the done close to them is a wrong closing", () => {
    const start = ["Hi, it's Wendeline from Example Gutters. Is that Ray Ellison?", "No, it's his flatmate. He's out.", "Could you ask him to ring Example Gutters, please?", "Sure."];
    const clean = card("en", [...start, "Cheers for passing that on, bye.", "Bye."]);
    expect(failedTurns(clean, "wrong-closing")).toBeNull();
    expect(clean.passed).toBe(true);
    expect(failedTurns(card("en", [...start, "Great, see you on the 3rd. Bye.", "Bye."]), "wrong-closing")).toEqual([4]);
  });

  it("zh: 家人接听用留口信的结束语，通过；用完成的结束语，记错误结束语", () => {
    const start = ["您好，我是示例排水的文丽，请问是袁立平袁先生吗？", "他不在，我是他爱人。", "麻烦您让他回个电话给示例排水。", "好的。"];
    const clean = card("zh", [...start, "谢谢您帮忙带个话，再见。", "再见。"]);
    expect(failedTurns(clean, "wrong-closing")).toBeNull();
    expect(clean.passed).toBe(true);
    expect(failedTurns(card("zh", [...start, "好的，3号见，再见。", "再见。"]), "wrong-closing")).toEqual([4]);
  });
});
