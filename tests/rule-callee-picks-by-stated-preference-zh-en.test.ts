// A persona that says which offered thing suits it picks that one ("Fridays are no good … would rather have the
// Monday"); one that says nothing either way leaves every option open; "Which is better?" after "A, or B" asks for a
// pick, never a yes (zh, en; invented wording).
import { describe, expect, it } from "vitest";
import { preferred } from "../src/seats/rule/callee-preference.js";
import { packFor } from "../src/lang/index.js";

const en = packFor("en");
const zh = packFor("zh");
const opts = (...texts: string[]) => texts.map((text) => ({ text }));

describe("a stated preference decides the pick (en)", () => {
  it("the option the persona rules out is not picked", () => {
    const picked = preferred(opts("Friday the 9th at ten", "Monday the 12th at four"), "Kim, 50. Fridays are no good for her, she swims then.", en);
    expect(picked.map((o) => o.text)).toEqual(["Monday the 12th at four"]);
  });
  it("the option the persona wants is picked", () => {
    const picked = preferred(opts("Friday the 9th at ten", "Monday the 12th at four"), "He works late, so he would rather have the Friday.", en);
    expect(picked.map((o) => o.text)).toEqual(["Friday the 9th at ten"]);
  });
  it("nothing said either way leaves both", () => {
    expect(preferred(opts("Friday the 9th at ten", "Monday the 12th at four"), "Kim, 50, a baker, calm and friendly.", en)).toHaveLength(2);
  });
  it("'Which is better?' asks for a choice", () => {
    expect(en.document.asksChoice.test("Which is better?")).toBe(true);
    expect(en.document.asksChoice.test("Is that better?")).toBe(false);
  });
});

describe("a stated preference decides the pick (zh)", () => {
  it("a day the persona cannot do is left, the one it wants taken", () => {
    const picked = preferred(opts("周二上午", "周四下午"), "老周，60岁。周二上午要去买菜，所以想约周四下午。", zh);
    expect(picked.map((o) => o.text)).toEqual(["周四下午"]);
  });
  it("nothing said either way leaves both", () => {
    expect(preferred(opts("周二上午", "周四下午"), "老周，60岁，脾气好。", zh)).toHaveLength(2);
  });
});
