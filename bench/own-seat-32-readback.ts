// Own set own-seat-32 (labels in tests/rule-docs/own-seat-32/EXPECTED.md): per document, calls whose caller names an
// offered option other than the one the customer picked, after the pick. `npx tsx bench/own-seat-32-readback.ts FILE…`
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { evaluateCall } from "../src/eval/index.js";
const KEYS: Record<string, RegExp[][]> = {
  "zh-tattoo-studio-session.md": [[/周六上午|上午10/, /周六下午|下午15|下午3点/, /11月12日|周三/], [/黑灰|第一个/, /彩色|第二个/]],
  "en-kayak-tour-booking.md": [[/9am|9 am/i, /2pm|2 pm/i, /10am|10 am|sunday/i], [/single|first one/i, /double|second one/i]],
  "zh-cello-rental-pickup.md": [[/周五/, /周六/, /周日/], [/按月|每月|第一个/, /学期|第二个/]],
};
for (const file of process.argv.slice(2)) {
  const keys = KEYS[file.split("/").pop()!]!;
  const scenario = await readScenarioFile(file);
  let bad = 0, readBacks = 0, passed = 0, fc = 0; const shown: string[] = [];
  for (let seed = 1; seed <= 50; seed++) {
    const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
    const card = evaluateCall(scenario, call);
    if (card.passed) passed++;
    fc += card.checks.filter((c) => c.id === "false-claim" && !c.passed).length;
    let callBad = false;
    for (const opts of keys) {
      const offerAt = call.turns.findIndex((t) => t.speaker === "caller" && opts.filter((k) => k.test(t.text)).length >= 2);
      if (offerAt < 0) continue;
      const pickAt = call.turns.findIndex((t, i) => i > offerAt && t.speaker === "callee" && opts.filter((k) => k.test(t.text)).length === 1);
      const pick = pickAt < 0 ? null : opts.find((k) => k.test(call.turns[pickAt]!.text))!;
      call.turns.forEach((t, i) => {
        if (i <= Math.max(offerAt, pickAt) || t.speaker !== "caller") return;
        const named = opts.filter((k) => k.test(t.text));
        if (named.length !== 1) return;
        readBacks++;
        if (named[0] !== pick) { callBad = true; if (shown.length < 3) shown.push(`seed ${seed} pick ${pick}: ${t.text}`); }
      });
    }
    if (callBad) bad++;
  }
  console.log(`${file}: calls with a wrong read-back ${bad}/50 (option mentions after the pick ${readBacks}); scorecard pass ${passed}/50, false-claim checks failed ${fc}`);
  for (const s of shown) console.log("   ", s);
}
