// Someone else answering in everyday English ("Nah, she's out", "<name>'s at work"), a closing labelled with its code
// ("E2 Message left") read as the message ending, and a partner the document allows, who said who they are, owing no
// check of the customer's data. Documents and calls are invented (tests/fixtures/eval/en-partner-may-book.md).
import { describe, expect, it } from "vitest";
import { scorerForFiles } from "./fixtures/eval/alternating-call.js";
import { EN } from "../src/eval/lang/en.js";

const scored = scorerForFiles<"partner">({ partner: "tests/fixtures/eval/en-partner-may-book.md" });

describe("someone else answering", () => {
  it("the en pack hears an everyday 'not here'", () => {
    expect(EN.notThePerson.test("nah mate, this is the house phone, dara's out.")).toBe(true);
    expect(EN.notThePerson.test("she's at work till six.")).toBe(true);
    expect(EN.notThePerson.test("yes, speaking.")).toBe(false);
  });
  it("a message ending's label may carry its code", () => {
    expect(EN.wrongPersonClose.test("e2 message left")).toBe(true);
    expect(EN.wrongPersonClose.test("booked")).toBe(false);
  });
  it("a partner the document allows books without the customer's check: no identity fault", () => {
    const card = scored("partner", [
      "Hi, this is Ines from Example Brightmoor Appliances. Is this Dara Quenby?",
      "No, she's asleep. I'm Sam, her partner.",
      "Thanks, Sam. Our fitter can come on Monday morning or Tuesday afternoon. Which suits?",
      "Monday morning.",
      "Thanks, that's booked. Bye.",
    ]);
    expect(card.checks.filter((c) => !c.passed).map((c) => `${c.id}: ${c.message}`)).toEqual([]);
  });
});
