// Two readings of a question against a document worded otherwise: a Chinese paraphrase that keeps one character of
// the document's word and no character pair ("票" / "发票", "开" / "开公司抬头") still meets the entry; and a document
// whose customer facts sit in a section of their own (no profile read) still answers from those facts. Invented
// documents, each case with the evidence on and off.
import { describe, expect, it } from "vitest";
import { AnswerRanker, RANK } from "../src/seats/rule/answer-rank.js";
import { packFor } from "../src/lang/index.js";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerSource } from "../src/seats/rule/answer-source.js";

describe("single Chinese characters", () => {
  const kb = [
    { question: "发票可以开公司抬头吗？", answer: "可以，付款时填写公司名称和税号。" },
    { question: "营业到几点？", answer: "每天早上九点到晚上十点。" },
  ];
  const question = "票能开成单位的不";
  it("rank an entry sharing only single characters with the question", () => {
    expect(new AnswerRanker(packFor("zh"), kb, [], []).rank(question)[0]?.candidate).toEqual({ kind: "kb", index: 0 });
  });
  it("weigh nothing at weight 0 (no pair is shared)", () => {
    expect(new AnswerRanker(packFor("zh"), kb, [], []).rank(question)[0]?.score ?? 0).toBeGreaterThan(0);
    expect(new AnswerRanker(packFor("zh"), kb, [], [], { ...RANK, chars: 0 }).rank(question)[0]?.score ?? 0).toBe(0);
  });
  it("leave out the pack's light characters: a question sharing only those ranks nothing", () => {
    expect(new AnswerRanker(packFor("zh"), kb, [], []).rank("是不是要来")).toEqual([]);
  });
});

const DOCUMENT = `Greenfield Tool Hire -- return reminder call

PART ONE: THE CALLER

Caller: Sam Ortiz, counter staff at Greenfield Tool Hire.

Purpose of the call: remind the customer that the hired floor sander is due back.

Call script:

1. Identity.
   "Hi, is that Dana Reyes? It's Sam from Greenfield Tool Hire."

2. Reminder.
   "Your floor sander is due back on Friday. Would you like us to collect it?"

PART TWO: THE CUSTOMER

Dana Reyes, 41, is sanding her hallway floor and is nearly done.
`;

describe("facts in a section of their own", () => {
  const scenario = parseScenarioText(DOCUMENT);
  const card = { title: "What Sam knows (hire card)", body: "- Tool: floor sander, model FS-300, with two packs of sanding sheets\n- Due back: Friday 14 March by 5pm" };
  const asked = "which model was the sander again?";
  it("answer a question where no customer profile was read", () => {
    const view = callerView({ ...scenario, caller: { ...scenario.caller, customerProfile: [], extraSections: [...scenario.caller.extraSections, card] } });
    expect(answerSource(callerPlan(view), asked)).toEqual({ kind: "fact", text: "Tool: floor sander, model FS-300, with two packs of sanding sheets" });
  });
  it("are not read where a profile was (the profile is the record)", () => {
    const profile = ["Hire no. GT-5521"];
    const view = callerView({ ...scenario, caller: { ...scenario.caller, customerProfile: profile, extraSections: [...scenario.caller.extraSections, card] } });
    expect(answerSource(callerPlan(view), asked).kind).not.toBe("fact");
  });
});
