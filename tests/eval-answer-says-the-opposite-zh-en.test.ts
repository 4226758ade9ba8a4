// wrong-answer: a reply that says the opposite of the entry it answers, clause by clause: it negates what the entry
// states ("small key repairs aren't done" against "small key repairs are done during the same visit"), whatever its
// first word. The entry's own words passes, and so does a negation the entry shares ("nothing to pay" / "no charge").
// Calls are invented for these tests against tests/fixtures/eval/*-walked-past.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";
import { EN_OPEN, EN_VISIT, ZH_OPEN, ZH_VISIT } from "./fixtures/eval/walked-past-lines.js";

const card = scorerFor("walked-past", { en: ["Theo", "Jo"], zh: ["小宋", "蒋梅"] });

describe("an answer that says the opposite of its entry", () => {
  it("en: 'small key repairs aren't done during the visit' against the entry's yes is charged at the reply", () => {
    const asked = [...EN_OPEN, EN_VISIT, "Okay. One key is sticking, can the tuner also fix a sticking key?"];
    const opposite = card("en", [...asked, "Sorry, small key repairs aren't done during the visit, that's a separate booking.", "Oh. Okay."]);
    expect(failedTurns(opposite, "wrong-answer")).toEqual([4]);
    const right = card("en", [...asked, "Sure, small key repairs are done during the same visit.", "Great."]);
    expect(failedTurns(right, "wrong-answer")).toBeNull();
  });

  it("zh: “琴键小修不在上门时做”与条目“琴键小修在同一次上门时一起做”相反，记在那一轮；照条目说的不记", () => {
    const asked = [...ZH_OPEN, ZH_VISIT, "行。有个琴键卡住了，能顺便修吗？"];
    const opposite = card("zh", [...asked, "这个得另约，琴键小修不在上门时一起做。", "哦，好吧。"]);
    expect(failedTurns(opposite, "wrong-answer")).toEqual([4]);
    const right = card("zh", [...asked, "琴键小修在同一次上门时一起做。", "那好。"]);
    expect(failedTurns(right, "wrong-answer")).toBeNull();
  });

  it("en/zh: a negation the entry shares in other words is no contradiction", () => {
    const en = card("en", [...EN_OPEN, EN_VISIT, "Is there a call-out charge for parking?", "There's no charge for parking, nothing extra, the $95 covers everything.", "Good."]);
    expect(failedTurns(en, "wrong-answer")).toBeNull();
    const zh = card("zh", [...ZH_OPEN, ZH_VISIT, "上门要另收停车费吗？", "停车费不另收钱，380元全包。", "好的。"]);
    expect(failedTurns(zh, "wrong-answer")).toBeNull();
  });
});
