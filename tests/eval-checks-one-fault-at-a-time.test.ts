// One fault edited into a clean transcript fails exactly its own check: identity leaks, sales pushes, assistant talk,
// negations that are not requests, yes/no contradictions, a wrong-person end condition.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Scenario, Scorecard } from "../src/schema/index.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { sensitiveRequests } from "../src/eval/sensitive-info.js";
import { judgeReply } from "../src/eval/kb.js";

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
  it("history disclosed before the customer confirmed who they are fails identity", () => {
    const text = [
      "李明：您好，请问是张强先生吗？我们后台看到您1月1日联系过人工客服，响应时间10分钟。",
      ...zhClean.slice(1),
    ].join("\n");
    const card = evaluateCall(zh, parseCall(text, "leak.txt", zh));
    expect(failed(card)).toEqual({ identity: [0] });
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
    const identity = evaluateCall(en, parseCall(text, "en.txt", en)).checks.find((c) => c.id === "identity");
    expect(identity?.passed).toBe(false);
    expect(identity?.turns).toEqual([2]);
    expect(identity?.message).toBe("customer history (212 active, 250) disclosed at turn 2 but identity was never confirmed");
  });

  it("a conditional step (handle objections: \"If you're comparing us…\") left out when no objection came is not a skip", () => {
    // Drop the competitor remark (line 18) and the comparison answer (line 19).
    const text = enClean.filter((_, i) => i !== 18 && i !== 19).join("\n");
    const steps = evaluateCall(en, parseCall(text, "06.txt", en)).checks.find((c) => c.id === "steps");
    expect(steps?.passed).toBe(true);
    expect(steps?.message).toBe("7/8 steps delivered; conditional, not needed: 7");
    expect(steps?.details?.["fraction"]).toBe(1);
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
    const card = evaluateCall(en, parseCall(edited(enClean, 12, "Priya Raman: Great question! As an AI, I'm happy to help with that."), "ai.txt", en));
    expect(failed(card)).toEqual({ "assistant-voice": [12] });
  });

  it("a closing for another condition fails closing when the record names the condition", () => {
    const call = parseCall(enClean.join("\n"), "06.txt", en);
    const recorded = { ...call, end: { by: "caller" as const, condition: 2, reason: "customer short on time" } };
    const card = evaluateCall(en, { ...recorded, turns: recorded.turns.slice(0, 24) });
    const closing = card.checks.find((c) => c.id === "closing");
    expect(closing?.passed).toBe(false);
    expect(closing?.message).toBe("closing line 1 said at turn 23 does not fit condition 2 (expected line 2)");
  });

  it("a wrong-person end condition after the identity was confirmed fails end", () => {
    const call = parseCall(enClean.join("\n"), "06.txt", en);
    const card = evaluateCall(en, { ...call, end: { by: "caller", condition: 4, reason: "not the customer" } });
    const end = card.checks.find((c) => c.id === "end");
    expect(end?.passed).toBe(false);
    expect(end?.message).toContain("ended by the caller under condition 4 (recorded), but nothing in the call shows identity");
  });

  it("a call that hit the turn limit fails end", () => {
    const call = parseCall(enClean.join("\n"), "06.txt", en);
    const card = evaluateCall(en, { ...call, end: { by: "limit", condition: null, reason: "turn limit" } });
    expect(failed(card)["end"]).toEqual([24]);
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
    expect(sensitiveRequests(text).map((r) => r.cue)).toEqual(cues);
  });
});

describe("kb verdicts compare the reply with the entry", () => {
  const entry = { question: "What happens to our data if we don't renew?", answer: "You can export everything in JSON, CSV or Parquet. Data is retained for 90 days after the contract ends and then permanently deleted." };
  it.each([
    ["We keep your data for 90 days after the contract ends; you can export everything as JSON, CSV or Parquet, then it is permanently deleted.", "correct"],
    ["You can export it all before the contract ends.", "partial"],
    ["Data is retained for 30 days after the contract ends.", "contradicted"],
    ["Let me check and get back to you on that.", "unanswered"],
  ])("%s → %s", (reply, verdict) => {
    expect(judgeReply(entry, reply).verdict).toBe(verdict);
  });
  it("a vague question sharing one word with an entry is not that entry's question", () => {
    const call = parseCall("Daniel: What does next year look like for your team?\nPriya: And what happens after that?\nDaniel: Then we talk pricing.", "v.txt", en);
    expect(evaluateCall(en, call).checks.find((c) => c.id === "kb")?.message).toBe("the customer asked no knowledge-base question");
  });

  it("a no where the entry says yes is a contradiction", () => {
    const sso = { question: "Do you integrate with ServiceNow?", answer: "Yes. The ServiceNow integration is bi-directional and included in the Enterprise plan." };
    expect(judgeReply(sso, "No, we don't have a ServiceNow integration.")).toEqual({ verdict: "contradicted", conflicts: ["yes/no"], missing: [] });
  });
});
