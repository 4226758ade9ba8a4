// invented-figure: a document's bare range ("9-1", "9-11") said with a word between its ends ("9 till 1", "9到11") and
// its day-before-month date said as an ordinal ("the 15th") are the document's figures, not invented ones.
// Calls are invented for these tests against tests/fixtures/eval/*-range-slots.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("range-slots", { en: ["Omar", "Lena"], zh: ["小欧", "朴琳"] });

describe("a document's range and day said in words are grounded", () => {
  it("en: 'Tuesday the 15th, 9 till 1' is the document's slot", () => {
    const call = card("en", ["Hi, is this Lena Park? This is Omar from Example Chimney Sweeps.", "Yes.", "I can do Tuesday the 15th, 9 till 1, or Friday the 18th, 1 to 5.", "Tuesday.", "Great, the sweep will see you then. Bye.", "Bye."]);
    expect(failedTurns(call, "invented-figure")).toBeNull();
  });

  it("en: a slot the document never wrote ('the 16th, 2 till 6') is still invented", () => {
    const call = card("en", ["Hi, is this Lena Park? This is Omar from Example Chimney Sweeps.", "Yes.", "I can do Wednesday the 16th, 2 till 6.", "Fine.", "Great, the sweep will see you then. Bye.", "Bye."]);
    expect(failedTurns(call, "invented-figure")).toEqual([2]);
  });

  it("zh: “9到11” 是文档的时段 “9-11”", () => {
    const call = card("zh", ["您好，请问是朴琳女士吗？我是示例烟道清洁的小欧。", "是我。", "3月15日 9到11 或者 3月18日 14到16，您看哪个方便？", "15号吧。", "好的，师傅到时候上门，再见。", "再见。"]);
    expect(failedTurns(call, "invented-figure")).toBeNull();
  });
});
