// Scenarios from other trades word their conditions and introductions differently: "It's Ryan from PulseFit",
// "The person who answered is not X", "cannot talk now". The evaluator reads them the way a reviewer would.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { kindOfText } from "../src/eval/ending.js";
import { EVAL_LANGS } from "../src/eval/lang/index.js";
import { mentionsOrganization } from "../src/eval/names.js";
import type { CallRecord, Check, Scenario } from "../src/schema/index.js";

const GYM = parseScenarioText(
  [
    "## Agent (caller)",
    "### Role",
    "Ryan Brooks, membership advisor at PulseFit Gyms.",
    "### Script",
    'Step 1: Confirm\n- "Hi, is that Chloe Adams?"',
    'Step 2: Notice\n- "There is a 30-day notice period."',
    "### Opening",
    '"Hi, is that Chloe Adams? It\'s Ryan from PulseFit, calling about your cancellation email."',
    "### End conditions",
    "1. The member confirms the cancellation.",
    "2. The person who answered is not Chloe Adams.",
    "### Closing lines",
    '- "All done, Chloe. Good luck with the move!"',
    '- "Thanks for letting me know."',
    "## Member (callee)",
    "### Role",
    "Chloe Adams, 29.",
    "### End conditions",
    "1. She says thanks and hangs up.",
  ].join("\n"),
);

const check = (scenario: Scenario, call: CallRecord, id: string): Check | undefined => evaluateCall(scenario, call).checks.find((c) => c.id === id);

describe("introductions", () => {
  it("'It's Ryan from PulseFit' introduces the caller of 'PulseFit Gyms'", () => {
    const call = parseCall("Ryan: Hi, is that Chloe Adams? It's Ryan from PulseFit, calling about your cancellation email.\nChloe: Yes.", "o.txt", GYM);
    expect(check(GYM, call, "opening")).toMatchObject({ passed: true });
  });

  it("an organisation is named by its distinctive head, never by a generic tail", () => {
    expect(mentionsOrganization("It's Ryan from PulseFit.", "PulseFit Gyms")).toBe(true);
    expect(mentionsOrganization("We're from Meridian Freight.", "Meridian Freight Solutions")).toBe(true);
    expect(mentionsOrganization("我是安和保险理赔中心的王晓雯", "安和财产保险")).toBe(true);
    expect(mentionsOrganization("I'm calling from the gym.", "PulseFit Gyms")).toBe(false);
    expect(mentionsOrganization("这里是保险公司", "安和财产保险")).toBe(false);
  });
});

describe("condition wording", () => {
  it.each([
    ["The person who answered is not Chloe Adams.", "Chloe Adams", "wrong-person"],
    ["the person is not Olivia Grant.", "Olivia Grant", "wrong-person"],
    ["She is not Rachel Green.", "Rachel Green", "wrong-person"],
    ["She is not sure and asks for an email.", "Rachel Green", "done"],
    ["接电话的不是刘建国本人，不透露案件信息，礼貌结束", "刘建国", "wrong-person"],
    ["The customer says she cannot talk now and a call-back time has been agreed.", "", "callback"],
    ["The customer is busy and asks for an email.", "", "short"],
    ["The person answering is not Priya Raman or cannot talk about the account; leave a name and callback request only.", "Priya Raman", "wrong-person"],
    ["The customer states she will not renew.", "", "refused"],
    // Confirming the cancellation the call was about is the plain outcome, not a refusal.
    ["The member confirms the cancellation.", "", "done"],
  ])("%s → %s", (text, customer, kind) => {
    const lang = /[\u4e00-\u9fff]/u.test(text) ? EVAL_LANGS.zh : EVAL_LANGS.en;
    expect(kindOfText(lang, text, customer)).toBe(kind);
  });
});

describe("ends and closings", () => {
  it("'I have to go' after the whole script is a goodbye: the closing for a completed call fits", () => {
    const text = [
      "Ryan: Hi, is that Chloe Adams? It's Ryan from PulseFit, calling about your cancellation email.",
      "Chloe: Yes, speaking.",
      "Ryan: There is a 30-day notice period.",
      "Chloe: I have to go, something came up.",
      "Ryan: All done, Chloe. Good luck with the move!",
    ].join("\n");
    const card = evaluateCall(GYM, parseCall(text, "t.txt", GYM));
    expect(card.checks.filter((c) => !c.passed)).toEqual([]);
  });

  it("a wrong person hears a plain goodbye, not a closing written for the customer", () => {
    const text = "Ryan: Hi, is that Chloe Adams? It's Ryan from PulseFit.\nPerson: No, wrong number.\nRyan: Sorry to have bothered you. Goodbye.";
    const card = evaluateCall(GYM, parseCall(text, "t.txt", GYM));
    expect(card.passed).toBe(true);
    const wrong = "Ryan: Hi, is that Chloe Adams? It's Ryan from PulseFit.\nPerson: No, wrong number.\nRyan: All done, Chloe. Good luck with the move!";
    expect(check(GYM, parseCall(wrong, "t.txt", GYM), "wrong-closing")).toMatchObject({ passed: false, turns: [2] });
  });
});
