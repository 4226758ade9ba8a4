// A persona's concern in the third person with a contraction ("she's on a pension", "he's been told") is voiced in the
// first person as English has it ("I'm on a pension", "I've been told"), never "I's", and said as the statement it is.
import { describe, expect, it } from "vitest";
import { EN_GRAMMAR } from "../src/lang/en/grammar.js";

describe("third-person contractions in the customer's own voice (en)", () => {
  it("'she's' + a state is 'I'm', and the clause is said, then asked about", () => {
    const said = EN_GRAMMAR.concernQuestions("Money: she's on a pension and doesn't want a big bill.").flat();
    expect(said[0]).toBe("I'm on a pension and don't want a big bill — what can you tell me about that?");
    expect(said.join(" ")).not.toMatch(/\bI's\b|What about I/u);
  });

  it("'he's' + a participle is 'I've'", () => {
    expect(EN_GRAMMAR.concernQuestions("He's been told twice already.").flat()[0]).toBe("I've been told twice already — what can you tell me about that?");
  });

  it("'she's' + an adjective stays a state", () => {
    expect(EN_GRAMMAR.firstPerson("she's worried about the cost", "")).toBe("I'm worried about the cost");
  });
});
