// wrong-closing where a document lists its closing lines with no end condition to place them: a line that sends the
// details in writing is the close for a customer short of time, so the finished call's close said to a customer who
// had to go is charged at the close, and the written-details close said to them passes.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-closings-only.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("closings-only", { en: ["Ria", "Lee"], zh: ["小罗", "彭立"] });

describe("wrong-closing: a close that sends the details in writing belongs to the customer short of time", () => {
  it("en: busy, then the finished call's close, is charged at the close; the texted-details close passes", () => {
    const en = (close: string) => card("en", ["Hi, is this Lee Park? This is Ria from Example Window Blinds.", "Yes, but I'm about to start a shift, I can't talk now.", close]);
    expect(failedTurns(en("Lovely, the fitter will see you then. Bye."), "wrong-closing")).toEqual([2]);
    expect(failedTurns(en("No problem, I'll text you the days and you can reply. Bye."), "wrong-closing")).toBeNull();
  });

  it("zh: 客户没空，却说了全部确认好的结束语，在结束语记；说发短信的结束语则不记", () => {
    const zh = (close: string) => card("zh", ["您好，请问是彭立女士吗？我是示例窗帘店的小罗。", "是我，我马上要上班了，没空说。", close]);
    expect(failedTurns(zh("好的，师傅到时候上门，再见。"), "wrong-closing")).toEqual([2]);
    expect(failedTurns(zh("好的，我把可约的时间发短信给您，您回复就行，再见。"), "wrong-closing")).toBeNull();
  });
});
