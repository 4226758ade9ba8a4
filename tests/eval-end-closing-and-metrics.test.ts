// How a call ended decides what its closing must be, and which skipped steps are excused; plus exact call metrics.
import { beforeAll, describe, expect, it } from "vitest";
import type { CallRecord, Check, Scenario } from "../src/schema/index.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

let zh: Scenario;
let en: Scenario;
beforeAll(async () => {
  zh = await readScenarioFile("examples/00-seed-service-followup.md");
  en = await readScenarioFile("examples/06-saas-renewal-checkin-en.md");
});

const check = (scenario: Scenario, call: CallRecord, id: string): Check | undefined => evaluateCall(scenario, call).checks.find((c) => c.id === id);

describe("closing follows the end", () => {
  it("a customer who ends the call with the last word leaves no closing to judge; a bare goodbye after the caller's wrap-up does not", () => {
    const hungUp = parseCall("李明：您好，请问是张强先生吗？\n张强：是我。\n李明：我是长江公司客户服务回访员李明，今天的电话只针对服务体验收集，不涉及营销。\n张强：谢谢，不用了。", "h.txt", zh);
    expect(check(zh, hungUp, "no-closing")?.passed).toBe(true);
    const wrapUp = parseCall("李明：您好，请问是张强先生吗？\n张强：是我。\n李明：好的，那先这样。\n张强：再见。", "w.txt", zh);
    expect(check(zh, wrapUp, "no-closing")).toMatchObject({ passed: false, turns: [2] });
  });

  it("a wrong person: a polite farewell closes the call, the script is not charged", () => {
    const call = parseCall(
      "Daniel: Hi, is this Priya Raman?\nCustomer: No, wrong number.\nDaniel: Sorry to have bothered you. This is Daniel from Cobaltix; could you ask Priya Raman to call me back? Goodbye.",
      "w.txt",
      en,
    );
    const card = evaluateCall(en, call);
    expect(card.checks.filter((c) => !c.passed)).toEqual([]);
    expect(card.passed).toBe(true);
    expect(card.score).toBe(100);
  });

  it("steps left after the customer asked to wrap up are not charged; the in-writing close is the one owed", () => {
    const text = [
      "Daniel: Hi, is this Priya Raman?",
      "Priya: Yes.",
      "Daniel: This is Daniel Okafor, your Customer Success Manager at Cobaltix. Your contract ends on 2025-09-30, and I'd like 10 minutes to go through usage, the 2 incidents this year, and your renewal options.",
      "Priya: I'm busy, I have a meeting now. Send me everything in writing.",
      "Daniel: Understood, I'll put everything in writing and send it to your email today. Reply with any questions and I'll answer within 1 business day.",
      "Priya: Thanks.",
    ].join("\n");
    const card = evaluateCall(en, parseCall(text, "busy.txt", en));
    expect(card.checks.filter((c) => !c.passed).map((c) => c.id)).toEqual([]);
    expect(card.checks.find((c) => c.id === "missing-step")?.message).toBe('1/8 steps delivered; the rest not reached (the call ended "short")');
    const thanked = text.replace(/Daniel: Understood, I'll put everything.*\n/u, "Daniel: Thanks, Priya. You'll have the quote, both incident reports and the seat report by Thursday, and I've sent an invite for our review call. Talk soon.\n");
    expect(check(en, parseCall(thanked, "busy.txt", en), "wrong-closing")).toMatchObject({ passed: false, turns: [4] });
  });
});

describe("metrics", () => {
  it("a question put off (\"I'll get back to you\") is asked but not answered", () => {
    const call = parseCall("Daniel: Hi, is this Priya Raman?\nPriya: Yes. How are you counting active seats?\nDaniel: I don't know, I'll get back to you.", "q.txt", en);
    expect(evaluateCall(en, call).metrics).toMatchObject({ questionsAsked: 1, questionsAnswered: 0 });
  });

  it("counts turns, talk share, turn lengths, interruptions and questions", () => {
    const call = parseCall("A: 您好，请问是张强先生吗？\nB: 是我，什么事？\nA: 想跟您回访一下上次的服务——\nB: 多少分钟能回复？\nA: 人工热线响应缩短至7分钟内。\nB: 好。", "m.txt", zh);
    const metrics = evaluateCall(zh, call).metrics;
    expect(metrics).toEqual({
      turns: 6,
      callerTurns: 3,
      calleeTurns: 3,
      callerTalkShare: 0.702,
      avgCallerTurnChars: 13.3,
      avgCalleeTurnChars: 5.7,
      interruptions: 1,
      questionsAsked: 2,
      questionsAnswered: 2,
      durationMs: call.turns[5]!.endMs,
    });
  });
});
