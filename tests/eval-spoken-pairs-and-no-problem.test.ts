// A date of birth read out in pairs ("oh four, oh three, nineteen seventy-nine") is the record's date, and a wrong
// year said so is a wrong one; "No problem — …" opening an answer is an everyday yes, no "no" against a yes entry.
// Documents and calls are invented (tests/fixtures/eval/en-check-after-name.md, en-no-problem-yes.md).
import { describe, expect, it } from "vitest";
import { scorerForFiles } from "./fixtures/eval/alternating-call.js";
import { EN } from "../src/eval/lang/en.js";

const scored = scorerForFiles<"check" | "kb">({ check: "tests/fixtures/eval/en-check-after-name.md", kb: "tests/fixtures/eval/en-no-problem-yes.md" });

function failing(doc: "check" | "kb", id: string, lines: readonly string[]): readonly number[] | null {
  const check = scored(doc, lines).checks.find((c) => c.id === id);
  if (check === undefined) throw new Error(`no ${id} check`);
  return check.passed ? null : check.turns;
}

const CHECK = (dob: string): string[] => [
  "Hi, this is Ines from Example Brightmoor Appliances. Is this Dara Quenby?",
  "Yes, speaking.",
  "Before I go on, could you confirm your date of birth?",
  dob,
  "Thanks. Your Kettle K2 needs a free lid swap; we can post the part or you can collect it.",
  "Post it, please.",
  "Thanks, that's arranged. Bye.",
];

describe("numbers read out in pairs", () => {
  it("the en pack writes teens and tens as digits", () => {
    expect(EN.spokenPairs("oh four, nineteen seventy-nine, twenty twenty-six, thirty")).toBe("oh four, 19 79, 20 26, 30");
  });
  it("the right date of birth read in pairs passes the check", () => {
    expect(failing("check", "identity", CHECK("Oh four, oh three, nineteen seventy-nine."))).toBeNull();
  });
  it("a wrong year read in pairs, and the caller goes on: identity at that turn", () => {
    expect(failing("check", "identity", CHECK("Oh four, oh three, nineteen seventy-eight."))).toEqual([4]);
  });
});

describe("'No problem' opening an answer", () => {
  const call = (answer: string): string[] => [
    "Hi, this is Ines from Example Brightmoor Appliances. Is this Dara Quenby?",
    "Yes, speaking.",
    "Your new kettle lid is ready for you.",
    "Can I collect it from the shop?",
    answer,
    "Great, thanks.",
    "Thanks, that's arranged. Bye.",
  ];
  it("is no 'no' against an entry that says yes", () => {
    expect(failing("kb", "wrong-answer", call("No problem - you can collect it from the shop any weekday."))).toBeNull();
  });
  it("a plain no still contradicts it", () => {
    expect(failing("kb", "wrong-answer", call("No, we only post the lids."))).toEqual([4]);
  });
});
