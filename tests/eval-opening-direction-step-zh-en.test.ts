// A step that is only a direction to open ("Open and confirm identity. Say the opening line…", "先说开场白…") is done
// by the caller's first turn, and a later step whose lines repeat the opening line (a close step that quotes every
// line of the call) is not delivered by the opening: nothing comes before the opening, so no step was jumped over
// and none came out of order. A step the caller really skips is still charged where the call went past it.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-open-direction.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("open-direction", { en: ["Mira", "Tobias"], zh: ["米拉", "林涛"] });

const EN_OPEN = ["Hello, it's Mira from Example Bike Workshop. Am I speaking with Tobias Lind?", "Yes, speaking."];
const ZH_OPEN = ["您好，我是示例单车工坊的米拉，请问是林涛先生吗？", "是我。"];
const EN_READY = ["Your bike's service is finished and it's ready to collect.", "Great."];
const ZH_READY = ["您的单车保养已经做好了，可以来取了。", "好的。"];
const EN_DAY = ["Would Thursday or Saturday suit you for the pick-up?", "Saturday."];
const ZH_DAY = ["您周四还是周六方便来取车？", "周六吧。"];
const EN_CLOSE = ["Any other questions?", "No, that's all.", "Lovely, see you then, Mr Lind. Goodbye.", "Bye."];
const ZH_CLOSE = ["您还有别的问题吗？", "没有了。", "好的，到时候见，林先生再见。", "再见。"];

describe("a direction to open, and a later step quoting the opening line", () => {
  it("en: a full call owes no step and keeps the order; a skipped step is charged where the call passed it", () => {
    const clean = card("en", [...EN_OPEN, ...EN_READY, ...EN_DAY, ...EN_CLOSE]);
    expect(failedTurns(clean, "missing-step")).toBeNull();
    expect(failedTurns(clean, "order")).toBeNull();
    const skipped = card("en", [...EN_OPEN, ...EN_DAY, ...EN_CLOSE]);
    expect(failedTurns(skipped, "missing-step")).toEqual([2]);
  });

  it("zh: 完整的通话不欠步骤、顺序不乱；真跳过的步骤记在越过它的那一轮", () => {
    const clean = card("zh", [...ZH_OPEN, ...ZH_READY, ...ZH_DAY, ...ZH_CLOSE]);
    expect(failedTurns(clean, "missing-step")).toBeNull();
    expect(failedTurns(clean, "order")).toBeNull();
    const skipped = card("zh", [...ZH_OPEN, ...ZH_DAY, ...ZH_CLOSE]);
    expect(failedTurns(skipped, "missing-step")).toEqual([2]);
  });

  it("en, zh: a message left with someone else after the opening owes none of the customer's steps", () => {
    const en = card("en", [EN_OPEN[0] ?? "", "No, this is his wife. He's at work.", "Could you ask him to ring Example Bike Workshop back? Thanks, goodbye.", "Will do. Bye."]);
    expect(failedTurns(en, "missing-step")).toBeNull();
    expect(failedTurns(en, "order")).toBeNull();
    const zh = card("zh", [ZH_OPEN[0] ?? "", "不是，我是他爱人，他上班去了。", "麻烦您转告他给示例单车工坊回个电话，谢谢，再见。", "好，再见。"]);
    expect(failedTurns(zh, "missing-step")).toBeNull();
    expect(failedTurns(zh, "order")).toBeNull();
  });
});
