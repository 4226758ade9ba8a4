// "I can do Tuesday the 3rd, 8 till 12, or Friday the 6th, 1 till 5 -- which is better?": a question that itself names
// two or more times as alternatives asks for one of them, whatever words it asks with; the caller waits for the pick
// and the customer names one (a bare "yes" to it booked nothing and left the closing's slot empty).
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { stepAsk } from "../src/seats/rule/caller-plan.js";
import { offersTimes } from "../src/seats/rule/offer-list.js";

const EN = packFor("en");
const ZH = packFor("zh");
const LINE = "I can do Tuesday 3 March, 8 till 12, or Friday 6 March, 1 till 5 -- which is better?";

describe("a question naming two times as alternatives", () => {
  it("asks for a pick of one", () => {
    expect(offersTimes(LINE, EN)).toBe(true);
    expect(stepAsk(LINE, EN).kind).toBe("time");
  });

  it("zh", () => {
    expect(offersTimes("可以排3月3号上午，或者3月6号下午，您觉得呢？", ZH)).toBe(true);
  });

  it("one time, or no alternative, asks for no pick", () => {
    expect(offersTimes("Is Tuesday 3 March still fine for you?", EN)).toBe(false);
    expect(offersTimes("Is that Tuesday 3 March, and Friday 6 March as a backup?", EN)).toBe(false);
    expect(stepAsk("Is Tuesday 3 March still fine for you?", EN).kind).toBeNull();
  });
});

describe("a line that asks nothing but ends by laying out times", () => {
  it("waits for one of them", () => {
    expect(stepAsk("You can pick it up from us, or we deliver it for a fee – on Tuesday 3 March in the morning or Friday 6 March after lunch.", EN)).toEqual({
      kind: "time",
      question: "You can pick it up from us, or we deliver it for a fee – on Tuesday 3 March in the morning or Friday 6 March after lunch.",
    });
  });

  it("an alternative word after the times offers none of them", () => {
    expect(offersTimes("您3月3日周二上午来复查，9点半的号，还是原来的医生看。", ZH)).toBe(false);
  });

  it("a statement naming one time waits for nothing", () => {
    expect(stepAsk("We deliver on Tuesday 3 March in the morning.", EN).kind).toBeNull();
  });
});

