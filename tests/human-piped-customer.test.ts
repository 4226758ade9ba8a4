// The rule caller against a human customer whose lines come from a pipe (one line per turn).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { scriptedLineSource } from "../src/seats/human/index.js";
import { extractFigures } from "../src/text/figures.js";
import { CallRecord } from "../src/schema/index.js";

async function callWith(example: string, lines: string[]): Promise<CallRecord> {
  const scenario = await readScenarioFile(`examples/${example}.md`);
  return runCall({ scenario, seed: 1, caller: createSeat("caller", "rule"), callee: createSeat("callee", "human", { lines: scriptedLineSource(lines) }) });
}

const callerTurns = (record: CallRecord): string[] => record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);

describe("a human who is not the person asked for", () => {
  it.each([
    ["00-seed-service-followup", "不是，你打错了。", 4],
    ["01-bank-instalment", "我不是他，你找错人了。", 5],
    ["06-saas-renewal-checkin-en", "No, you've got the wrong number.", 4],
  ] as const)("%s: a polite end under the identity-mismatch condition within two caller turns", async (example, line, condition) => {
    const record = await callWith(example, [line]);
    expect(record.end.by).toBe("caller");
    expect(record.end.condition).toBe(condition);
    expect(record.outcome.identityConfirmed).toBe(false);
    const said = callerTurns(record);
    expect(said).toHaveLength(2);
    const closing = said[1] ?? "";
    expect(closing).toMatch(/打扰|再见|sorry|thank|goodbye/i);
    expect(extractFigures(closing)).toEqual([]);
  });
});

describe("a human who asks a knowledge-base question in other words", () => {
  it.each([
    ["00-seed-service-followup", "是我。", "那个响应时间你们到底是怎么算出来的？", 0],
    ["01-bank-instalment", "对，是我。", "这个分期会不会影响我的信用记录？", 5],
    ["03-broadband-outage-compensation", "是我。", "补偿的钱什么时候能到账？我怎么查？", 4],
    ["06-saas-renewal-checkin-en", "Yes, speaking.", "If we leave, what happens to all our data?", 4],
    ["08-car-maintenance-booking", "是我，你说。", "你们上门来取车，靠谱吗，钥匙怎么交？", 3],
  ] as const)("%s: gets that entry's answer", async (example, hello, question, kb) => {
    const scenario = await readScenarioFile(`examples/${example}.md`);
    const record = await callWith(example, [hello, question]);
    const asked = record.turns.findIndex((t) => t.text === question);
    const reply = record.turns[asked + 1];
    expect(reply?.speaker).toBe("caller");
    // The entry's answer first (a script that verifies then asks for its data again before any detail).
    expect(reply?.text.startsWith(scenario.caller.knowledgeBase[kb]?.answer ?? "\u0000")).toBe(true);
    expect(reply?.kb).toEqual([kb]);
    expect(record.outcome.questions).toEqual([{ turn: asked, text: question, kb, answered: true }]);
  });

  it("an unrelated question gets an honest written follow-up, never a figure", async () => {
    const record = await callWith("06-saas-renewal-checkin-en", ["Yes, speaking.", "What's your office address?"]);
    const reply = record.turns[4];
    expect(reply?.text).toMatch(/follow up in writing/);
    expect(extractFigures(reply?.text ?? "")).toEqual([]);
    expect(record.outcome.questions[0]).toEqual({ turn: 3, text: "What's your office address?", kb: null, answered: false });
  });
});

describe("a human who is busy and wants it by email", () => {
  it.each([
    ["00-seed-service-followup", "是我。", "我现在很忙，你把资料发我邮箱吧，zhang@example.com", 3, "zhang@example.com"],
    ["06-saas-renewal-checkin-en", "Speaking.", "I'm in a meeting, just email it to me please.", 2, null],
  ] as const)("%s: a short close with the email follow-up recorded", async (example, hello, busy, condition, contact) => {
    const record = await callWith(example, [hello, busy]);
    const asked = record.turns.findIndex((t) => t.text === busy);
    expect(record.turns).toHaveLength(asked + 2);
    expect(record.end).toMatchObject({ by: "caller", condition });
    expect(record.outcome.followUp).toEqual({ channel: "email", contact, turn: asked });
    if (contact !== null) expect(record.turns.at(-1)?.text).toContain(contact);
  });
});

describe("end of input", () => {
  it("means the human hung up", async () => {
    const record = await callWith("00-seed-service-followup", ["是我。"]);
    expect(record.end).toEqual({ by: "callee", condition: null, reason: "the human callee hung up (end of input)" });
  });
});

describe("callsim run --callee human with piped stdin", () => {
  it("reads one line per turn and ends politely for the wrong person", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "run", "examples/00-seed-service-followup.md", "--callee", "human", "--json"], { input: "不是，你打错了。\n", encoding: "utf8" });
    expect(run.status).toBe(0);
    const record = CallRecord.parse(JSON.parse(run.stdout));
    expect(record.end).toMatchObject({ by: "caller", condition: 4 });
    expect(record.seats.callee).toEqual({ kind: "human", model: null });
    expect(record.turns.map((t) => t.speaker)).toEqual(["caller", "callee", "caller"]);
  });
});

describe("a human who answers the identity question with 'who is this?'", () => {
  it("is asked the script's verification question, and digits confirm identity", async () => {
    const record = await callWith("01-bank-instalment", ["喂？哪位？", "6218", "嗯"]);
    // Who is calling, then the script's own verification question.
    expect(record.turns[2]).toMatchObject({ speaker: "caller", step: 1 });
    expect(record.turns[2]?.text.endsWith("为确认是您本人，麻烦您说一下这张卡的卡号后4位。")).toBe(true);
    expect(record.outcome.identityConfirmed).toBe(true);
    expect(record.turns[4]?.step).toBe(2);
  });
  it("is asked again whether this is the customer when the script has no verification question", async () => {
    const record = await callWith("00-seed-service-followup", ["喂，哪位？", "对，是我。"]);
    expect(record.turns[2]?.text).toBe("我是长江公司的李明。您好，请问是张强先生吗？");
    expect(record.outcome.identityConfirmed).toBe(true);
    expect(record.turns[4]?.step).toBe(2);
  });
});
