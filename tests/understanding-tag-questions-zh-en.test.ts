// A question asked as a statement with a tag at its end ("…, will it", "…是吧", "…伐") or with the asking words in
// the middle of an unpunctuated line is a question. New wording, none of any labelled part.
import { describe, expect, it } from "vitest";
import { readActs } from "../src/seats/rule/acts.js";
import { packFor } from "../src/lang/index.js";

const en = packFor("en");
const zh = packFor("zh");
const main = (text: string, pack = en): string => readActs(text, pack, { prev: null, customerName: "Robin Ash", awaiting: null })[0] ?? "";

describe("tag questions, en", () => {
  it("a statement closed by an auxiliary and a pronoun asks", () => {
    expect(main("the parking out front is free on the day is it")).toBe("question");
    expect(main("you'll bring the forms along yourselves won't you")).toBe("question");
    expect(main("I don't have to sign anything today do I")).toBe("question");
  });

  it("asking words with the subject after the verb, mid-line, ask", () => {
    expect(main("say the van's late how soon would somebody ring me")).toBe("question");
    expect(main("till when is the quote valid")).toBe("question");
  });

  it("a plain statement stays no question", () => {
    expect(main("I know what you mean")).not.toBe("question");
    expect(main("that's fine by me")).not.toBe("question");
  });
});

describe("tag questions, zh", () => {
  it("是吧 / 对吧, a modal with 吧, 伐 and 几 with a measure word ask", () => {
    expect(main("押金到时候是退的是吧", zh)).toBe("question");
    expect(main("周末也能上门吧", zh)).toBe("question");
    expect(main("换新的要另外加钱伐", zh)).toBe("question");
    expect(main("你们办公室在几楼", zh)).toBe("question");
  });

  it("a pick or an agreement with 吧 stays what it is", () => {
    expect(main("好吧", zh)).not.toBe("question");
    expect(main("那就周五吧", zh)).not.toBe("question");
  });
});
