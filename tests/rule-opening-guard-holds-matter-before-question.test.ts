// An opening that tells the matter in the same sentence as its identity question ("I'm X from Y, your … is due next
// week, is this Z?") says only the greeting, the introduction and the question to whoever answers; the matter is
// held until the customer is confirmed. Lines written for this test.
import { describe, expect, it } from "vitest";
import { guardedOpening } from "../src/seats/rule/opening-guard.js";
import { packFor } from "../src/lang/index.js";

describe("the matter told before the identity question", () => {
  it("is held back in Chinese", () => {
    const out = guardedOpening("您好，我是城西宠物医院的小林，您家猫咪的疫苗下周到期，请问是何先生吗？", { caller: "小林", organization: "城西宠物医院", customer: "何明" }, packFor("zh"));
    expect(out.said).toBe("您好，我是城西宠物医院的小林，请问是何先生吗？");
    expect(out.held).toBe("您家猫咪的疫苗下周到期。");
  });

  it("is held back in English", () => {
    const out = guardedOpening("Hi, this is Dana from Northside Fitness, your membership renews next week, is this Sam Taylor?", { caller: "Dana", organization: "Northside Fitness", customer: "Sam Taylor" }, packFor("en"));
    expect(out.said).toBe("Hi, this is Dana from Northside Fitness, is this Sam Taylor?");
    expect(out.held).toBe("Your membership renews next week.");
  });

  it("leaves a sentence that only greets, introduces and asks as it is", () => {
    const opening = "Hi, this is Dana from Northside Fitness, is this Sam Taylor?";
    expect(guardedOpening(opening, { caller: "Dana", organization: "Northside Fitness", customer: "Sam Taylor" }, packFor("en")).said).toBe(opening);
  });
});
