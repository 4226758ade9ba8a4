// A zh step written as "复述…，说结束语" (recap, then say the closing line) is the close, whatever its title carries, so
// the caller closes with the document's closing instead of reading the direction aloud. Lines invented for the test.
import { describe, expect, it } from "vitest";
import { stepAct } from "../src/seats/rule/step-act.js";
import { packFor } from "../src/lang/index.js";

describe("a step that says to recap and give the closing line", () => {
  const zh = packFor("zh");
  it.each(["复述送货日期和件数，说结束语。", "6 收尾 复述上门时间、两处位置，说结束语", "复述预约时间，讲结束语"])("zh: '%s' closes", (line) => {
    expect(stepAct(line, zh, [])?.kind).toBe("close");
  });
  it("zh: a line that only mentions the closing words inside a sentence to the customer is not a close", () => {
    expect(stepAct("您看结束语这边还有什么要补充的吗？", zh, [])?.kind).not.toBe("close");
  });
});
