// A caller who answers a question with a clarifying one ("do you mean A, or B?") still owes the answer: once the
// customer has picked, the caller's next reply is judged as the answer to the first question, so a put-off there is
// charged as deflected-answer and a right answer passes. A reply that answered with a figure before asking "A or B?"
// is an answer already. Documents and calls are invented for these tests (tests/fixtures/eval/*-precision.md).
import { describe, expect, it } from "vitest";
import { scorerFor, failedTurns } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("precision", { en: ["Dana", "Voice"], zh: ["小唐", "对方"] });

const EN_START = ["Hi, this is Dana from Example Riverside Pool. May I speak with Mark Grant?", "Speaking.", "Just to check, you're Leo's dad, Mark Grant?", "Yes, I'm his dad.", "Thanks. Leo's lessons start on July 6, Tuesdays and Thursdays at 4 pm."];
const ZH_START = ["您好，我是示例游泳馆前台小唐，请问是何建明先生吗？", "我就是。", "跟您核实一下，您是何小舟的爸爸何建明先生吧？", "对，我是他爸爸。", "好的，小舟的暑期课7月6日开课，每周二、四下午。"];

describe("an answer owed past a clarifying question", () => {
  it("en: 'the weekend group, or the indoor pool?' then a put-off after the pick is deflected; the entry's answer passes", () => {
    const asked = [...EN_START, "Can we move him to the weekend group?", "Do you mean moving to the weekend group, or the rainy days?", "The weekend group."];
    expect(failedTurns(card("en", [...asked, "Sorry, I don't know.", "Oh. Okay."]), "deflected-answer")).toEqual([8]);
    const answered = card("en", [...asked, "The weekend group is full, but we can put you on the waiting list.", "Okay, thanks."]);
    expect(failedTurns(answered, "deflected-answer")).toBeNull();
    expect(failedTurns(answered, "ignored-question")).toBeNull();
  });

  it("zh: '您是问换周末班，还是下雨天？' then a put-off after the pick is deflected; the entry's answer passes", () => {
    const asked = [...ZH_START, "能不能给他换到周末班？", "您是问换到周末班，还是下雨天上课的事？", "换周末班。"];
    expect(failedTurns(card("zh", [...asked, "这个我不太清楚。", "哦，好吧。"]), "deflected-answer")).toEqual([8]);
    const answered = card("zh", [...asked, "周末班已经满了，可以给您排候补。", "好的。"]);
    expect(failedTurns(answered, "deflected-answer")).toBeNull();
    expect(failedTurns(answered, "ignored-question")).toBeNull();
  });

  it("a reply that answered with a figure before asking 'A or B?' is the answer; the next turn is not judged for it", () => {
    const asked = [...EN_START, "Sorry, when does it start?", "On July 6 at 4 pm. Tuesdays or Thursdays, which suits you better?", "Tuesdays."];
    expect(failedTurns(card("en", [...asked, "I'm not sure, sorry.", "Fine."]), "deflected-answer")).toBeNull();
  });
});
