// A request for the data that checks who answered ("your member number or the postcode?") waits for no pick: its
// "or" names two items, and the identity check reads the reply (the caller never re-asks after "that matches").
// Asked "which date would you like?" after a sentence listing dates, the customer names one of those dates, not an
// option an earlier line offered.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { stepAsk } from "../src/seats/rule/caller-plan.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import type { Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

describe("a datum request waits for no pick", () => {
  it("en and zh", () => {
    expect(stepAsk("Hello, is that Mr Ash? Before I go on, could you give me your member number or the postcode on the account?", packFor("en")).kind).toBeNull();
    expect(stepAsk("您好，请问是李先生吗？麻烦报一下会员卡号后四位或者登记的生日？", packFor("zh")).kind).toBeNull();
    expect(stepAsk("Would you like the white panel or the grey one?", packFor("en")).kind).toBe("choice");
  });
});

describe("the customer picks from the dates the line lists", () => {
  const scenario: Scenario = {
    ...TINY_SCENARIO,
    caller: {
      ...TINY_SCENARIO.caller,
      opening: null,
      steps: [
        { index: 1, title: "Greet", lines: ["Hi, is this Sam Taylor? This is Dana from Northside Fitness."] },
        { index: 2, title: "Next step", lines: ["You can book a trial class now, keep your pass open and book online later, or switch to the evening group. What would you like to do?"] },
        { index: 3, title: "Pick a date", lines: ["The next trial classes are Saturday 13 December, Sunday 21 December and Saturday 10 January. Which date would you like?"] },
        { index: 4, title: "Close", lines: ["Thank him, then say goodbye."] },
      ],
    },
    facts: [...TINY_SCENARIO.facts, ...["Saturday 13 December", "Sunday 21 December", "Saturday 10 January"].map((text) => ({ text, value: null, unit: "date", line: 3, source: text }))],
  };

  it("names a listed date", async () => {
    let heard = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
      const at = call.turns.findIndex((t) => t.speaker === "caller" && t.text.includes("Which date would you like?"));
      const reply = call.turns[at + 1];
      if (at < 0 || reply === undefined || reply.speaker !== "callee" || /\?/.test(reply.text)) continue;
      expect(reply.text).not.toMatch(/pass open|evening group|trial class now/i);
      heard++;
    }
    expect(heard).toBeGreaterThan(6);
  });
});
