// "Want me to book his next one? We've got Friday at 10, or Wednesday at half four.": a yes/no question followed by
// the slots it offers waits for one of them (the caller re-asks after a bare "yes", the customer names a slot), and
// the closing's "[day] at [time]" is filled whole by the one slot picked.
import { describe, expect, it } from "vitest";
import { callerView } from "../src/call/seat-views.js";
import { packFor } from "../src/lang/index.js";
import { callerPlan, stepAsk } from "../src/seats/rule/caller-plan.js";
import { filledClosingSlots } from "../src/seats/rule/claim-guard.js";
import { slotsLaidOut } from "../src/seats/rule/offer-list.js";
import type { Outcome, Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const EN = packFor("en");
const LINE = "Shall I book the next clean? We've got Monday 3rd March at 9, or Thursday 6th March at half two.";

describe("slots laid out after a yes/no question", () => {
  it("the step waits for a time, asked again with its slots", () => {
    expect(stepAsk(LINE, EN)).toEqual({ kind: "time", question: "Shall I book the next clean? Monday 3rd March at 9, or Thursday 6th March at half two." });
  });

  it("the slots start at the first time named", () => {
    expect(slotsLaidOut(["We've got Monday 3rd March at 9, or Thursday 6th March at half two."], EN)).toBe("Monday 3rd March at 9, or Thursday 6th March at half two.");
  });

  it("zh", () => {
    expect(stepAsk("要不要把下次保洁约上？我们有下周一上午9点，或者下周四下午3点。", packFor("zh"))).toEqual({ kind: "time", question: "要不要把下次保洁约上？下周一上午9点，或者下周四下午3点。" });
  });

  it("a yes/no question with no slots after it waits for nothing", () => {
    expect(stepAsk("Shall I book the next clean? We will text you first.", EN).kind).toBeNull();
  });
});

describe("two slots a short word apart are filled by one picked slot", () => {
  const scenario: Scenario = { ...TINY_SCENARIO, language: "en", caller: { ...TINY_SCENARIO.caller, steps: [{ index: 1, title: "Greet", lines: ["Hello, is that Ms Moss?"] }, { index: 2, title: "Next clean", lines: [LINE] }] } };
  const plan = callerPlan(callerView(scenario));
  const outcome: Outcome = { identityConfirmed: true, stepsDelivered: [1, 2], stepAnswers: [{ step: 2, turn: 5, answer: "Monday 3rd March at 9." }], questions: [], complaints: [], suggestions: [], followUp: null, guard: [] };

  it("[day] at [time]", () => {
    expect(filledClosingSlots(plan, outcome, "Lovely, so that's [day] at [time]. Bye!")).toBe("Lovely, so that's Monday 3rd March at 9. Bye!");
  });
});
