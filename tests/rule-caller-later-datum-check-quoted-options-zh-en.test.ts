// A later script step that checks a datum the record holds is asked right after the yes, before any detail; a wrong
// datum opens nothing. A step offering quoted options asks them as a choice, and "which is better?" gets the options
// again, side by side, with no pick made for the customer (zh and en, own-seat-31 tune documents).
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { ScriptedSeat } from "./fixtures/call-scenario.js";

const DIR = "tests/rule-docs/own-seat-31/tune";
const CASES = [
  { file: `${DIR}/en-locksmith-key-copy-collection.md`, yes: "Yes, speaking.", right: "It's BS6 5QT.", wrong: "It's M1 2AB.", which: "Hmm, which is better?", pick: "Collect in store, please.", detail: /36 pounds|security key/, failed: /doesn't match our card/, options: [/collect in store/i, /recorded post/i] },
  { file: `${DIR}/zh-swim-club-card-renewal.md`, yes: "对，我就是。", right: "8762。", wrong: "1234。", which: "哪个好啊？", pick: "续一年吧。", detail: /1 月 18 日|年卡/, failed: /卡号对不上/, options: [/续一年/, /续半年/] },
] as const;

async function callerLines(file: string, replies: readonly string[]): Promise<string[]> {
  const scenario = await readScenarioFile(file);
  const callee = new ScriptedSeat("callee", [...replies.map((text) => ({ text })), { text: "OK.", end: { condition: 1, reason: "done", hangUp: true } }]);
  const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
  return record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
}

describe.each(CASES)("$file", (c) => {
  it("asks the datum right after the yes, and says the details only once it matches", async () => {
    const said = await callerLines(c.file, [c.yes, c.right, "OK."]);
    expect(said[1]).not.toMatch(c.detail);
    expect(said.slice(2).join(" ")).toMatch(c.detail);
  });

  it("a wrong datum opens no detail and gets the document's closing for it", async () => {
    const said = await callerLines(c.file, [c.yes, c.wrong, c.wrong, "OK."]);
    expect(said.join(" ")).not.toMatch(c.detail);
    expect(said.at(-1)).toMatch(c.failed);
  });

  it("quoted options are asked as a choice; 'which is better?' gets both again and no pick", async () => {
    const said = await callerLines(c.file, [c.yes, c.right, "OK.", c.which, c.pick, "OK."]);
    const offer = said.findIndex((line) => c.options.every((o) => o.test(line)));
    expect(offer).toBeGreaterThan(0);
    const again = said[offer + 1] ?? "";
    for (const option of c.options) expect(again).toMatch(option);
  });
});
