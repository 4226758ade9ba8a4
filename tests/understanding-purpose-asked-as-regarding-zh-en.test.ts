// "What's it regarding?" / "是关于什么的？" asks what the call is about, as "what's it about?" does. New wording.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";

describe("asking what the call is about", () => {
  it("en: 'regarding' / 'concerning'", () => {
    const { asksPurpose } = packFor("en").hearing;
    expect(asksPurpose.test("she's at the dentist, what's this regarding")).toBe(true);
    expect(asksPurpose.test("ok and what is it concerning")).toBe(true);
    expect(asksPurpose.test("regarding the invoice, I paid it")).toBe(false);
  });
  it("zh: 关于什么", () => {
    const { asksPurpose } = packFor("zh").hearing;
    expect(asksPurpose.test("她在开会 你这是关于什么的")).toBe(true);
    expect(asksPurpose.test("关于啥的电话啊")).toBe(true);
    expect(asksPurpose.test("关于发票的事我已经付了")).toBe(false);
  });
});
