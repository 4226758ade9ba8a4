// wrong-closing: a goodbye line the document wrote inside a step (not among its end closings) is the script's close
// when the caller says it; a bare goodbye where the script has a close for a finished call is still charged.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-close-in-step.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("close-in-step", { en: ["Odile", "Vera"], zh: ["奥黛", "瞿薇"] });

describe("a close written inside a step", () => {
  it("en: the step's goodbye line passes; a bare 'Bye.' on the finished call is charged", () => {
    const head = ["Hi, is this Vera Quill? It's Odile from Example Dog Grooming.", "Yes.", "How is Biscuit doing after Monday's groom?", "Happy and fluffy."];
    expect(failedTurns(card("en", [...head, "Lovely, that's all from me. Give Biscuit a pat, bye now.", "Bye."]), "wrong-closing")).toBeNull();
    expect(failedTurns(card("en", [...head, "Okay. Bye.", "Bye."]), "wrong-closing")).toEqual([4]);
  });

  it("zh: 说了步骤里写的结束话不记；完整通话只说“好，拜拜”照记", () => {
    const head = ["您好，请问是瞿薇女士吗？我是示例宠物美容的奥黛。", "是我。", "饼干周一美容回去后状态怎么样？", "挺好的，毛蓬蓬的。"];
    expect(failedTurns(card("zh", [...head, "好的，那我这边就这些了，替我摸摸饼干，拜拜。", "拜拜。"]), "wrong-closing")).toBeNull();
    expect(failedTurns(card("zh", [...head, "好，拜拜。", "拜拜。"]), "wrong-closing")).toEqual([4]);
  });
});
