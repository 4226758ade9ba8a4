// Generic readings found missing on new material (heldout-d, opened): a question followed by a statement, a
// conditional that asks, a refusal closing its first clause, the customer's own boss, time given to talk, a figure
// echoed back. Lines written for this test, in no document's words.
import { describe, expect, it } from "vitest";
import { en, zh } from "./fixtures/acts-readers.js";


describe("acts on new material", () => {
  it("hears a full English question followed by a statement as a question, and an echoed word as no question", () => {
    expect(en("Does the pool open on Sundays? I only get weekends off")).toBe("question");
    expect(en("Sundays? Right, that figures")).not.toBe("question");
    expect(en("My brother is visiting next month can he use my pass")).toBe("question");
  });
  it("takes a conditional as a question, even in complaint words, and as no pick of an offered option", () => {
    const offer = "We can upgrade the plan, or keep it as it is. Which would you like?";
    expect(en("If we upgrade, do you move the old files across or do I", offer, "choice")).toBe("question");
    expect(zh("你们到时候别迟到 万一迟到了咋办")).toBe("question");
  });
  it("reads a refusal that closes the first clause, unless that clause asks or supposes", () => {
    expect(zh("评价就算了 我在外面", "麻烦您给这次服务打个分，1到5分？", "rating")).toBe("refuse");
    expect(zh("那个保险不加行不行 我觉得用不上")).toBe("question");
    expect(en("None of those days suit me, sorry", "We have Monday, Wednesday or Friday. Which works?", "time")).toBe("refuse");
  });
  it("does not hear the customer's own boss as a request for a supervisor", () => {
    expect(zh("我们领导说要开发票 能开吗")).not.toBe("supervisor");
    expect(zh("把你们领导叫来跟我说")).toBe("supervisor");
    expect(en("I'd like to talk to whoever's in charge of billing")).toBe("supervisor");
  });
  it("hears time given to talk as agreeing, a callback tomorrow as busy, and a figure echoed back as a repeat", () => {
    expect(en("Yeah, I've got about five minutes", "This should only take a few minutes, is now okay?")).toBe("agree");
    expect(en("Sorry, the oven timer's going, can you ring me tomorrow?")).toBe("busy");
    expect(en("Sorry, the deposit was how much, sixty was it?", "The deposit is sixty pounds, paid on the day.")).toBe("repeat");
    expect(en("Hmm, seven I suppose", "How would you rate the visit, from 1 to 10?", "rating")).toBe("rating");
  });
});
