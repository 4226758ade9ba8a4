// A team's own JSON (no platform's keys, no schemaVersion), read on documents written for this test: keys as headings,
// an array of step records as steps, a retired record left out, a condition record kept whole as a branch.
import { describe, expect, it } from "vitest";
import { loadStructured } from "../src/scenario/load-structured.js";

describe("a team's own JSON read as the outline it spells", () => {
  it("reads steps from an array of records, skipping a disabled one, with if/then records as branches", () => {
    const doc = {
      agent: { name: "Leona Park", company: "Riverside Vets", about: "You are Leona Park, a nurse at Riverside Vets. You call owners whose pet is due a vaccine." },
      pet_owner: { name: "Hugo Brandt", pet: "Biscuit, a beagle" },
      greeting: "Hi Hugo, it's Leona from Riverside Vets, calling about Biscuit's booster.",
      script: [
        { id: "due", title: "Booster due", lines: ["Biscuit's annual booster is due next week."] },
        { id: "old", title: "Retired offer", disabled: true, lines: ["Would you like a flea pack?"] },
        { id: "book", title: "Book", lines: ["Could you bring him in on Thursday at four?"], branches: [{ if: "he works late", then: "offer Saturday morning" }] },
      ],
    };
    const s = loadStructured(JSON.stringify(doc), ".json", "vets.json").scenario;
    expect(s.caller.steps.map((st) => st.title)).toEqual(["Booster due", "Book"]);
    expect(s.caller.steps[1]?.branches).toHaveLength(1);
    expect(s.caller.opening).not.toBeNull();
  });

  it("reads a record's first text as its line and its other texts on one line (a zh condition stays whole)", () => {
    const doc = {
      坐席: { 姓名: "闻思远", 单位: "禾丰净水" },
      话术: [
        { 环节: "问用水", 说: "最近家里的水喝着怎么样？" },
        { 环节: "推荐换芯", 说: "滤芯快到期了，这个月换有优惠。", 若: "客户说刚换过", 则: "记下日期，三个月后再联系" },
      ],
    };
    const s = loadStructured(JSON.stringify(doc), ".json", "water.json").scenario;
    expect(s.caller.steps.map((st) => st.lines)).toEqual([["最近家里的水喝着怎么样？"], ["滤芯快到期了，这个月换有优惠。"]]);
    expect(s.caller.steps[1]?.branches).toHaveLength(1);
  });
});
