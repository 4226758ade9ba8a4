// Someone answering for the customer offers to pass a message on: the rule caller takes the offer up ("yes please")
// before the message, and says no such thanks where nobody offered. Invented names, zh and en.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { packFor } from "../src/lang/index.js";
import type { Language, Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const CASES: { language: Language; name: string; offers: string; plain: string; other: string }[] = [
  { language: "en", name: "Sam Taylor", offers: "This is his flatmate. Can I take a message?", plain: "He's not home right now, I'm his wife.", other: "Could I pass it on for you? I'm his son." },
  { language: "zh", name: "陈宇", offers: "我是他爱人，他不在，要我帮你带个话吗？", plain: "他不在家，我是他老婆。", other: "我是他儿子，需要我转告他吗？" },
];

const scenarioOf = (c: (typeof CASES)[number]): Scenario => ({ ...TINY_SCENARIO, language: c.language, callee: { ...TINY_SCENARIO.callee, name: c.name } });

async function firstReply(c: (typeof CASES)[number], line: string): Promise<string> {
  const callee = new ScriptedSeat("callee", [{ text: line }, { text: "OK", end: { condition: 3, reason: "relative", hangUp: true } }]);
  const call = await runCall({ scenario: scenarioOf(c), caller: new RuleCaller(), callee, seed: 1 });
  return call.turns[2]?.text ?? "";
}

describe.each(CASES)("an offer to pass a message on ($language)", (c) => {
  const thanks = packFor(c.language).caller.acknowledge.message;
  it("is taken up before the message", async () => {
    expect(await firstReply(c, c.offers)).toMatch(new RegExp(`^${thanks.replace(/[.?*+^$()[\]{}|\\]/g, "\\$&")}`));
    expect(await firstReply(c, c.offers)).toContain(c.name);
  });
  it("in another wording too", async () => {
    expect((await firstReply(c, c.other)).startsWith(thanks)).toBe(true);
  });
  it("is not thanked for where nobody offered", async () => {
    expect((await firstReply(c, c.plain)).startsWith(thanks)).toBe(false);
  });
});
