// One fault edited into a clean transcript fails exactly its own check: disclosures, sales pushes, assistant talk,
// negations that are not requests, yes/no contradictions, a closing for another ending.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Scenario, Scorecard } from "../src/schema/index.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { sensitiveRequests } from "../src/eval/sensitive-info.js";
import { judgeReply } from "../src/eval/kb.js";
import { EVAL_LANGS } from "../src/eval/lang/index.js";

let zh: Scenario;
let en: Scenario;
const zhClean = readFileSync("tests/fixtures/transcripts/00-clean.txt", "utf8").trimEnd().split("\n");
const enClean = readFileSync("tests/fixtures/transcripts/06-clean.txt", "utf8").trimEnd().split("\n");

beforeAll(async () => {
  zh = await readScenarioFile("examples/00-seed-service-followup.md");
  en = await readScenarioFile("examples/06-saas-renewal-checkin-en.md");
});

/** The clean transcript with line `index` (0-based) replaced. */
function edited(lines: readonly string[], index: number, line: string): string {
  return lines.map((l, i) => (i === index ? line : l)).join("\n");
}

const failed = (card: Scorecard): Record<string, number[]> =>
  Object.fromEntries(card.checks.filter((c) => !c.passed).map((c) => [c.id, c.turns]));

describe("one fault at a time", () => {
  it("history disclosed before the customer confirmed who they are fails disclosure", () => {
    const text = [
      // The introduction stays in the first turn: the customer's "哪位？" next would otherwise make it an opening fault too.
      "李明：您好，请问是张强先生吗？我是长江公司客户服务回访员李明，我们后台看到您1月1日联系过人工客服，响应时间10分钟。",
      ...zhClean.slice(1),
    ].join("\n");
    const card = evaluateCall(zh, parseCall(text, "leak.txt", zh));
    expect(failed(card)).toEqual({ disclosure: [0] });
  });

  it("a yes to a later question does not confirm who the customer is", () => {
    const text = [
      "Daniel: Hi, is this Priya Raman?",
      "Priya: What's this about?",
      "Daniel: Your renewal. Over the last 30 days you had 212 active seats out of 250.",
      "Priya: Right.",
      "Daniel: Would you like the seat report?",
      "Priya: Yes.",
    ].join("\n");
    const disclosure = evaluateCall(en, parseCall(text, "en.txt", en)).checks.find((c) => c.id === "disclosure");
    expect(disclosure?.passed).toBe(false);
    expect(disclosure?.turns).toEqual([2]);
    expect(disclosure?.message).toBe("turn 2: told 30 days, 212 active, 250 before the customer's identity was confirmed");
  });

  it("a conditional step (handle objections: \"If you're comparing us…\") left out when no objection came is not a skip", () => {
    // Drop the competitor remark (line 18) and the comparison answer (line 19).
    const text = enClean.filter((_, i) => i !== 18 && i !== 19).join("\n");
    const steps = evaluateCall(en, parseCall(text, "06.txt", en)).checks.find((c) => c.id === "missing-step");
    expect(steps?.passed).toBe(true);
    expect(steps?.message).toBe("7/8 steps delivered; the rest are conditional");
  });

  it("rough spoken amounts (\"稍等一两分钟\") are not invented figures", () => {
    const card = evaluateCall(zh, parseCall(edited(zhClean, 10, `${zhClean[10] ?? ""}您稍等一两分钟，两三天内给您结果。`), "rough.txt", zh));
    expect(failed(card)).toEqual({});
  });

  it("a sales push where the script says it is not marketing fails marketing", () => {
    const card = evaluateCall(zh, parseCall(edited(zhClean, 14, `${zhClean[14] ?? ""}另外我们现在有个限时优惠套餐，今天办理还有折扣。`), "push.txt", zh));
    expect(failed(card)).toEqual({ marketing: [14] });
  });

  it("the callee talking like an assistant fails assistant-voice", () => {
    const card = evaluateCall(en, parseCall(edited(enClean, 12, "Priya Raman: Great question! I'm happy to help with that."), "ai.txt", en));
    expect(failed(card)).toEqual({});
    expect(card.passed).toBe(true);
    expect(card.simulator.checks.filter((c) => !c.passed).map((c) => [c.id, c.turns])).toEqual([["assistant-voice", [12]]]);
  });

  it("the callee saying it is an AI breaks the persona (charged once, as persona-break)", () => {
    const card = evaluateCall(en, parseCall(edited(enClean, 12, "Priya Raman: Great question! As an AI, I'm happy to help with that."), "ai.txt", en));
    expect(failed(card)).toEqual({});
    expect(card.simulator.checks.filter((c) => !c.passed).map((c) => [c.id, c.turns])).toEqual([["persona-break", [12]]]);
  });

  it("a thank-you-for-everything close to a customer off to a meeting fails wrong-closing", () => {
    const lines = [...enClean.slice(0, 22), "Priya Raman: Sorry, my meeting is starting, I have to go. Send it all by email.", enClean[23] ?? ""];
    const card = evaluateCall(en, parseCall(lines.join("\n"), "06.txt", en));
    expect(failed(card)).toEqual({ "wrong-closing": [23] });
  });

  it("a relative who answers hears nothing of the customer's account", () => {
    const text = [
      "Daniel: Hi, is this Priya Raman?",
      "Sam: No, I'm her husband. She's out.",
      "Daniel: Could you tell her the renewal quote for 250 seats is ready? Thanks, goodbye.",
    ].join("\n");
    const card = evaluateCall(en, parseCall(text, "relative.txt", en));
    expect(failed(card)["disclosure"]).toEqual([2]);
  });
});

describe("sensitive-info reads requests, not mentions", () => {
  it.each([
    ["为了核实身份，麻烦您提供一下身份证号码。", ["身份证"]],
    ["请把收到的验证码念给我。", ["验证码"]],
    ["Could you read me the verification code we just sent?", ["verification code"]],
    ["What's your card number?", ["card number"]],
    ["今天的电话不涉及营销，也不会索取任何密码或验证码。", []],
    ["银行不会让您转账，也不会要验证码，接到这种电话直接挂掉就行。", []],
    ["We will never ask for your password or PIN.", []],
    ["Please don't share your password with anyone.", []],
    ["您的银行卡尾号6218已绑定。", []],
  ])("%s", (text, cues) => {
    const lang = /[\u4e00-\u9fff]/u.test(text) ? EVAL_LANGS.zh : EVAL_LANGS.en;
    expect(sensitiveRequests(lang, text.toLowerCase()).map((r) => r.cue)).toEqual(cues);
  });
});

describe("kb verdicts compare the reply with the entry", () => {
  const entry = { question: "What happens to our data if we don't renew?", answer: "You can export everything in JSON, CSV or Parquet. Data is retained for 90 days after the contract ends and then permanently deleted." };
  it.each([
    ["We keep your data for 90 days after the contract ends; you can export everything as JSON, CSV or Parquet, then it is permanently deleted.", "correct"],
    ["You can export it all before the contract ends.", "partial"],
    ["Data is retained for 30 days after the contract ends.", "contradicted"],
    ["Let me check and get back to you on that.", "deflected"],
    ["Our office is closed on Sundays.", "unanswered"],
  ])("%s → %s", (reply, verdict) => {
    expect(judgeReply(EVAL_LANGS.en, [entry], 0, reply).verdict).toBe(verdict);
  });
  it("a vague question sharing one word with an entry is not that entry's question", () => {
    const call = parseCall("Daniel: What does next year look like for your team?\nPriya: And what happens after that?\nDaniel: Then we talk pricing.", "v.txt", en);
    expect(evaluateCall(en, call).checks.find((c) => c.id === "wrong-answer")?.details?.["asks"]).toEqual([]);
  });

  it("a no where the entry says yes is a contradiction", () => {
    const sso = { question: "Do you integrate with ServiceNow?", answer: "Yes. The ServiceNow integration is bi-directional and included in the Enterprise plan." };
    expect(judgeReply(EVAL_LANGS.en, [sso], 0, "No, we don't have a ServiceNow integration.")).toEqual({ verdict: "contradicted", conflicts: ["yes/no"] });
  });
});
