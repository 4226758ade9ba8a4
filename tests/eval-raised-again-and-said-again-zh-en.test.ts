// Two readings a supervisor makes without the document's help. A question the customer raises again ("And the
// parking...?", "你没回答我") was walked past by the caller's reply before it (ignored-question at that reply), and a
// reply that took it up passes. The same content said a third time in other words (clause by clause, not sentence by
// sentence) is repetition at the third saying; said twice it passes. Calls invented (tests/fixtures/eval/*-precision.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("precision", { en: ["Dana", "Voice"], zh: ["小唐", "对方"] });

const EN_START = ["Hi, this is Dana from Example Riverside Pool. May I speak with Mark Grant?", "Speaking.", "Just to check, you're Leo's dad, Mark Grant?", "Yes, I'm his dad.", "Thanks. Leo's lessons start on July 6, Tuesdays and Thursdays at 4 pm, 16 lessons in all."];
const ZH_START = ["您好，我是示例游泳馆前台小唐，请问是何建明先生吗？", "我就是。", "跟您核实一下，您是何小舟的爸爸何建明先生吧？", "对，我是他爸爸。", "好的，小舟的暑期课7月6日开课，每周二、四下午4点，一共16节。"];

describe("a question raised again was walked past", () => {
  it("en: 'And the parking...?' after a reply about something else charges that reply; an answer passes", () => {
    const asked = [...EN_START, "Okay. Is there parking at the pool?"];
    const walked = card("en", [...asked, "Please bring a cap, goggles and flip-flops; lockers need no padlock.", "Right. And the parking...?", "There's a free car park behind the pool.", "Good, thanks."]);
    expect(failedTurns(walked, "ignored-question")).toEqual([6]);
    const answered = card("en", [...asked, "Yes, there's a free car park behind the pool.", "Great.", "Please bring a cap, goggles and flip-flops; lockers need no padlock.", "Will do."]);
    expect(failedTurns(answered, "ignored-question")).toBeNull();
  });

  it("en: 'you didn't answer me about…' charges the reply before it", () => {
    const asked = [...EN_START, "Okay. Is there parking at the pool?"];
    const walked = card("en", [...asked, "Please bring a cap, goggles and flip-flops; lockers need no padlock.", "Fine, but you didn't answer me.", "Sorry, there's a free car park behind the pool.", "Good, thanks."]);
    expect(failedTurns(walked, "ignored-question")).toEqual([6]);
  });

  it("zh: '那停车呢？' after a reply about something else charges that reply; an answer passes", () => {
    const asked = [...ZH_START, "好。游泳馆那边能停车吗？"];
    const walked = card("zh", [...asked, "请带好泳帽、泳镜和拖鞋，储物柜不用自带锁。", "嗯。那停车呢？", "游泳馆后面有免费停车场。", "好的。"]);
    expect(failedTurns(walked, "ignored-question")).toEqual([6]);
    const answered = card("zh", [...asked, "可以的，游泳馆后面有免费停车场。", "那好。", "请带好泳帽、泳镜和拖鞋，储物柜不用自带锁。", "好的。"]);
    expect(failedTurns(answered, "ignored-question")).toBeNull();
  });

  it("zh: '我问你停车的事呢' charges the reply before it", () => {
    const asked = [...ZH_START, "好。游泳馆那边能停车吗？"];
    const walked = card("zh", [...asked, "请带好泳帽、泳镜和拖鞋，储物柜不用自带锁。", "我问你停车的事呢。", "不好意思，游泳馆后面有免费停车场。", "好的。"]);
    expect(failedTurns(walked, "ignored-question")).toEqual([6]);
  });
});

describe("the same content said a third time in other words", () => {
  const EN_TAIL = ["Okay.", "Who will pick Leo up after each lesson?", "Me."];
  it("en: a reassurance said three times in changing sentences is charged at the third; twice passes", () => {
    const thrice = card("en", [...EN_START.slice(0, 4), "Thanks. Leo's lessons start on July 6 at 4 pm, and the summer booking is fully paid with nothing more to pay.", "Good.", "Please bring a cap, goggles and flip-flops, the summer booking's fully paid and there is nothing more to pay at all.", "I know.", "Lockers need no padlock, again the summer booking is fully paid so nothing more to pay.", ...EN_TAIL]);
    expect(failedTurns(thrice, "repetition")).toEqual([8]);
    const twice = card("en", [...EN_START.slice(0, 4), "Thanks. Leo's lessons start on July 6 at 4 pm, and the summer booking is fully paid with nothing more to pay.", "Good.", "Please bring a cap, goggles and flip-flops, the summer booking's fully paid and there is nothing more to pay at all.", "I know.", "Lockers need no padlock.", ...EN_TAIL]);
    expect(failedTurns(twice, "repetition")).toBeNull();
  });

  it("zh: 同一句提醒换着说第三遍记在第三遍；说两遍不算", () => {
    const tail = ["好。", "每次下课谁来接小舟？", "我来接。"];
    const thrice = card("zh", [...ZH_START.slice(0, 4), "好的，小舟7月6日开课。课程费用已经全部付清，不用再交钱。", "好。", "请带好泳帽和泳镜。另外费用都已经付清了，不用再交任何钱。", "知道了。", "储物柜不用自带锁。再说一下，费用已经全部付清，不需要再交钱。", ...tail]);
    expect(failedTurns(thrice, "repetition")).toEqual([8]);
    const twice = card("zh", [...ZH_START.slice(0, 4), "好的，小舟7月6日开课。课程费用已经全部付清，不用再交钱。", "好。", "请带好泳帽和泳镜。另外费用都已经付清了，不用再交任何钱。", "知道了。", "储物柜不用自带锁。", ...tail]);
    expect(failedTurns(twice, "repetition")).toBeNull();
  });
});
