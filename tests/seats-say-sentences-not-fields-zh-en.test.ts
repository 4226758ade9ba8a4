// What the rule seats say is said as a person would: a record line is never read out with its key or field syntax,
// a written answer label is left off, a note about "the customer" is said to them; a persona's concern becomes a
// grammatical first-person question or statement in either language; a summary's slot takes the customer's answer
// in a form that fits the words around it; offered "A or B?" about its own question, the customer picks.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { spokenAnswer, spokenFact } from "../src/seats/rule/fact-speech.js";
import { ownPick } from "../src/seats/rule/clarify.js";
import { recap } from "../src/seats/rule/caller-moves.js";

const en = packFor("en");
const zh = packFor("zh");
const questions = (concern: string, pack = en): string[] => pack.grammar.concernQuestions(concern).map((w) => w[0] ?? "");

describe("record lines said as sentences", () => {
  it("a short key becomes the pack's frame, never 'key: value'", () => {
    expect(spokenFact("Parking: two spaces behind the office;", en)).toEqual({ sentence: "As for parking, it's two spaces behind the office.", framed: true });
    expect(spokenFact("停车：楼后两个车位；", zh)).toEqual({ sentence: "停车这块，楼后两个车位。", framed: true });
  });
  it("a field name is said in words; a date key says when", () => {
    expect(spokenFact("last_service_note: filters changed", en)?.sentence).toBe("As for last service note, it's filters changed.");
    expect(spokenFact("3 May: the engineer replaced the valve", en)?.sentence).toBe("On 3 May, the engineer replaced the valve.");
  });
  it("a note's key is left off and a note about the customer is said to them", () => {
    expect(spokenFact("备注：客户计划下月搬家", zh)?.sentence).toBe("您计划下月搬家。");
    expect(spokenFact("Note: the customer prefers mornings", en)?.sentence).toBe("You prefer mornings.");
  });
  it("a line that says how identity is checked is not said at all", () => {
    expect(spokenFact("verify_identity: date of birth", en)).toBeNull();
    expect(spokenFact("身份核对：出生年月", zh)).toBeNull();
    // A key that only holds the word is a fact like any other.
    expect(spokenFact("Last safety check: 3 May", en)?.sentence).toBe("As for last safety check, it's 3 May.");
  });
  it("a sentence with a colon deep inside it is no record line", () => {
    const line = "If the form is late we still process it within the week, as agreed: no extra fee.";
    expect(spokenFact(line, en)).toEqual({ sentence: line, framed: false });
  });
  it("an answer's written label is never read aloud", () => {
    expect(spokenAnswer("答复：可以，七天内免费改期", zh)).toBe("可以，七天内免费改期。");
    expect(spokenAnswer("A: Yes, within seven days.", en)).toBe("Yes, within seven days.");
  });
  it("a recap keeps the clause a condition sets up, ends a ';' cut with a full stop and keeps a name's capital", () => {
    const long = "If the parts arrive by Friday, the technician fits them on Monday morning, tests the whole unit twice and sends you the report with photos of every part he changed that day.";
    expect(recap(en, long)).toBe("As I said, if the parts arrive by Friday, the technician fits them on Monday morning.");
    expect(recap(en, "Maria Lopez signs the form.")).toBe("As I said, Maria Lopez signs the form.");
    expect(recap(zh, "周一上午上门，大约一小时；费用另算。")).toBe("就像刚才说的，周一上午上门，大约一小时。");
  });
});

describe("concerns as the customer's own questions", () => {
  it("agrees the verb with 'I' and keeps names and decimals", () => {
    expect(questions("Secondary: what happens if she misses the bus")).toEqual(["Can you tell me what happens if I miss the bus?"]);
    expect(questions("whether Maria can sign the form without her")).toEqual(["Can Maria sign the form without me?"]);
    expect(questions("whether the van fits a 2.5 m gate")).toEqual(["Can you tell me whether the van fits a 2.5 m gate?"]);
  });
  it("'has to' is asked with 'do'", () => {
    expect(questions("Underneath: whether she really has to sign twice")).toEqual(["Do I really have to sign twice?"]);
  });
  it("a clause missing its subject, or a statement, is said as one and then asked about", () => {
    expect(questions("doesn't want the kitchen out of use for a week")).toEqual(["I don't want the kitchen out of use for a week — what can you tell me about that?"]);
    expect(questions("the invoice went up and you want to know why")).toEqual(["The invoice went up — why?"]);
    expect(questions("was the second visit necessary")).toEqual(["Was the second visit necessary?"]);
    expect(questions("the waiting list")).toEqual(["What about the waiting list?"]);
  });
  it("zh: a choice and its 'which' are one question; what a question waits on is no question", () => {
    expect(questions("次要：选上门还是到店，哪个更快", zh)).toEqual(["选上门还是到店，哪个更快？"]);
    expect(questions("首要：要不要换药要等下周复诊", zh)).toEqual([]);
  });
});

describe("a summary's slot fits its answer", () => {
  it("drops a doubled preposition or verb, and keeps what follows a repeated word", () => {
    expect(en.grammar.fitSlot("refund to ", "by bank transfer")).toEqual({ before: "refund ", value: "by bank transfer" });
    expect(en.grammar.fitSlot("paid ", "pay the builder directly")).toEqual({ before: "paid ", value: "the builder directly" });
    expect(en.grammar.fitSlot("visit ", "book the visit for 10 am")).toEqual({ before: "visit ", value: "for 10 am" });
    expect(zh.grammar.fitSlot("时间：", "周二上午")).toEqual({ before: "时间：", value: "周二上午" });
  });
});

describe("the customer picks the option its question names", () => {
  it("naming both apart, the first; naming neither and sharing nothing, none", () => {
    expect(ownPick(["can I change the key", "what about a lost card"], "What about the key and the card?")).toBe("can I change the key");
    expect(ownPick(["can I change the key", "what about a lost card"], "Is parking free?")).toBeNull();
  });
});

describe("'what does that mean?' about the caller's own line", () => {
  // Said plainly in fewer words, its point: the line said again whole explains nothing (scored as a repetition).
  it("is answered from that line, never put off", async () => {
    const { runCall } = await import("../src/call/index.js");
    const { RuleCaller } = await import("../src/seats/rule/rule-caller.js");
    const { ScriptedSeat, TINY_SCENARIO } = await import("./fixtures/call-scenario.js");
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Hm, what does that mean in practice?" }, { text: "Okay.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario: TINY_SCENARIO, seed: 1, caller: new RuleCaller(), callee });
    const reply = record.turns[4]?.text ?? "";
    expect(reply.startsWith("Put simply: I'm calling about renewing.")).toBe(true);
    expect(en.caller.unknown.some((line) => reply.includes(line))).toBe(false);
  });
});

describe("someone answering for the customer", () => {
  it("names no pronoun of the customer's beside its own relation", () => {
    for (const line of en.callee.relative) expect(/\b(?:they|they're|he|she|he's|she's)\b/i.test(line.replace("{relation}", ""))).toBe(false);
  });
});

describe("the caller introduces itself once", () => {
  it("a later step that opens with 'this is … from …' goes straight to its matter", async () => {
    const { runCall } = await import("../src/call/index.js");
    const { RuleCaller } = await import("../src/seats/rule/rule-caller.js");
    const { ScriptedSeat, TINY_SCENARIO } = await import("./fixtures/call-scenario.js");
    const steps = TINY_SCENARIO.caller.steps.map((s, i) => (i === 1 ? { ...s, lines: ["This is Dana from Northside Fitness, your membership ends on 2025-09-30, so I'm calling about renewing."] } : s));
    const scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, steps } };
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Okay." }, { text: "Okay.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    const step2 = record.turns.find((t) => t.speaker === "caller" && t.step === 2)?.text ?? "";
    expect(step2).toBe("Your membership ends on 2025-09-30, so I'm calling about renewing.");
  });
});
