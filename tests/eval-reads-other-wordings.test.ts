// Scenarios from other trades word their conditions and introductions differently: "It's Ryan from PulseFit",
// "The person who answered is not X", "cannot talk now". The evaluator reads them the way a reviewer would.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { conditionKinds } from "../src/eval/end-state.js";
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

function recorded(text: string, condition: number, steps: number[]): CallRecord {
  const call = parseCall(text, "t.txt", GYM);
  return { ...call, end: { by: "caller", condition, reason: "test" }, outcome: { ...call.outcome, stepsDelivered: steps } };
}

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
    ["The person who answered is not Chloe Adams.", ["identity"]],
    ["the person is not Olivia Grant.", ["identity"]],
    ["She is not Rachel Green.", ["identity"]],
    ["If it is not Mia Lopez", ["identity"]],
    ["She is not sure and asks for an email.", []],
    ["The person on the phone is not Janet Cole; no account details were shared.", ["identity"]],
    ["接电话的不是刘建国本人，不透露案件信息，礼貌结束", ["identity"]],
    ["The customer says she cannot talk now and a call-back time has been agreed.", ["hurry"]],
    ["The customer has to leave early; a new slot is offered.", ["hurry"]],
    ["The person answering is not Priya Raman or cannot talk about the account; leave a name and callback request only.", ["identity"]],
    // Confirming the cancellation the call was about is the plain outcome, not a refusal.
    ["The member confirms the cancellation.", []],
  ])("%s → %j", (text, kinds) => {
    expect(conditionKinds(text)).toEqual(kinds);
  });
});

describe("ends and closings", () => {
  const allSteps = [
    "Ryan: Hi, is that Chloe Adams? It's Ryan from PulseFit, calling about your cancellation email.",
    "Chloe: Yes, speaking.",
    "Ryan: There is a 30-day notice period.",
    "Chloe: I have to go, something came up.",
    "Ryan: All done, Chloe. Good luck with the move!",
  ].join("\n");

  it("'I have to go' after the whole script is a goodbye: the plain condition still fits", () => {
    expect(check(GYM, recorded(allSteps, 1, [1, 2]), "end")).toMatchObject({ passed: true });
  });

  it("the same words before the script is done end the call early; with no hurry condition the plain one is the nearest", () => {
    const early = allSteps.replace("Ryan: There is a 30-day notice period.\n", "Ryan: Just a moment.\n");
    expect(check(GYM, recorded(early, 1, [1]), "end")).toMatchObject({ passed: true });
    // A script that has a condition for a hurried end must use it.
    const withHurry: Scenario = { ...GYM, caller: { ...GYM.caller, endConditions: [...GYM.caller.endConditions, "The member is busy and asks for an email."] } };
    const call = parseCall(early, "t.txt", withHurry);
    expect(check(withHurry, { ...call, end: { by: "caller", condition: 1, reason: "test" }, outcome: { ...call.outcome, stepsDelivered: [1] } }, "end")?.passed).toBe(false);
  });

  it("a wrong person hears a plain goodbye, not a closing written for the customer", () => {
    const text = "Ryan: Hi, is that Chloe Adams? It's Ryan from PulseFit.\nPerson: No, wrong number.\nRyan: Sorry to have bothered you. Goodbye.";
    expect(check(GYM, recorded(text, 2, []), "closing")).toMatchObject({ passed: true, message: "the person was not the customer (condition 2); a farewell was said at turn 2" });
  });
});
