// Clean calls that read like faults to a brittle matcher, each beside the fault it resembles, planted at its turn: a
// figure the document writes in its role text ("前两天", "two days before"); a yes that opens a later clause after
// "who's calling?"; a "not" that reassures before the yes-entry's answer; the offered slot confirmed after the
// choice and read back; a sigh at news the caller gave with regret; a put-off that is what the customer asked for
// ("just text me"); an opening that asks "this is <name>?" again, beside one whose caller calls itself the customer.
// Documents and calls are invented (tests/fixtures/eval/*-clean-readings.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";
import { EVAL_LANGS } from "../src/eval/lang/index.js";

const card = scorerFor("clean-readings", { en: ["Pip", "Rosa"], zh: ["小柏", "汤若兰"] });

const EN_OPEN = "Hi, it's Pip from Example Bike Servicing. Am I speaking with Ms Rosa Tindall?";
const EN_WHY = "Sorry, our mechanic is off on Monday, so I need to move your service.";
const EN_SLOTS = "We can do Wednesday the 12th at 10 or Friday the 14th at 3. Which would you like?";
const EN_CLOSE = "Great, see you then, Ms Tindall. Bye.";
const enCall = (over: Record<number, string> = {}): string[] =>
  [
    EN_OPEN,
    "Yes, speaking.",
    EN_WHY,
    "Oh. That's annoying.",
    EN_SLOTS,
    "Friday, please.",
    "Friday the 14th at 3, lovely. That's two days before your usual ride, I know.",
    "Is the bike still safe to ride until then?",
    "It's not a worry. A few more days is fine; just keep the tyres pumped and the chain oiled.",
    "Good.",
    "So that's Friday the 14th at 3, £85 as booked.",
    "Yes.",
    EN_CLOSE,
    "Bye.",
  ].map((line, i) => over[i] ?? line);

const ZH_OPEN = "您好，我是示例单车保养店的小柏，请问是汤若兰女士吗？";
const ZH_SLOTS = "12号上午10点或者14号下午3点都可以，您选哪个？";
const zhCall = (over: Record<number, string> = {}): string[] =>
  [
    ZH_OPEN,
    "是我。",
    "抱歉，周一师傅休息，得给您改个时间。",
    "唉，太糟糕了。",
    ZH_SLOTS,
    "14号吧。",
    "好的，14号下午3点。本来离保养就剩两天了，给您添麻烦了。",
    "这几天车还能骑吗？",
    "这不是什么问题，多骑几天没问题，胎压打足、链条上点油就行。",
    "好。",
    "好的，那就是14号下午3点，费用还是260元。",
    "对。",
    "好的，到时见，汤女士，再见。",
    "再见。",
  ].map((line, i) => over[i] ?? line);

const failed = (lines: readonly string[], lang: "en" | "zh"): string[] => {
  const c = card(lang, lines);
  return c.checks.filter((x) => !x.passed).map((x) => x.id);
};

describe("clean readings: the clean call passes, the fault it resembles is caught at its turn", () => {
  it("en: the clean call passes every check", () => {
    expect(failed(enCall(), "en")).toEqual([]);
  });

  it("zh: 干净的通话每项都通过", () => {
    expect(failed(zhCall(), "zh")).toEqual([]);
  });

  it("en/zh: a figure in neither the document nor the customer's words is still invented", () => {
    expect(failedTurns(card("en", enCall({ 6: "Friday the 14th at 3, lovely. That's five days later than planned." })), "invented-figure")).toEqual([6]);
    expect(failedTurns(card("zh", zhCall({ 6: "好的，14号下午3点。比原来晚了五天。" })), "invented-figure")).toEqual([6]);
  });

  it("en/zh: a yes after 'who is calling?' confirms; a husband answering does not", () => {
    const enYes = [EN_OPEN, "Who? Oh, the bike place, right, yes, that's me. Is it about Monday?", "Your full service at £85 has to move, I'm afraid.", "Okay."];
    expect(failedTurns(card("en", enYes), "disclosure")).toBeNull();
    const enHusband = [EN_OPEN, "Who? Oh, the bike place. No, I'm her husband, she's at work.", "Your full service at £85 has to move, I'm afraid.", "Okay."];
    expect(failedTurns(card("en", enHusband), "disclosure")).toEqual([2]);
    const zhYes = [ZH_OPEN, "哪位？……哦，修车那家啊，对，我是。车的事？", "您的全面保养 260 元这单要改个时间。", "行。"];
    expect(failedTurns(card("zh", zhYes), "disclosure")).toBeNull();
    const zhHusband = [ZH_OPEN, "哪位？……哦，修车那家啊。我是她老公，她上班去了。", "您的全面保养 260 元这单要改个时间。", "行。"];
    expect(failedTurns(card("zh", zhHusband), "disclosure")).toEqual([2]);
  });

  it("en/zh: a 'no' that denies the yes-entry is a wrong answer", () => {
    expect(failedTurns(card("en", enCall({ 8: "No, better not ride it until the service." })), "wrong-answer")).toEqual([8]);
    expect(failedTurns(card("zh", zhCall({ 8: "不能骑了，保养前别骑。" })), "wrong-answer")).toEqual([8]);
  });

  it("en/zh: the same offer said a third time with no choice made is repetition", () => {
    const en = enCall({ 5: "Hmm, not sure.", 6: EN_SLOTS, 7: "Hmm.", 8: EN_SLOTS, 9: "Friday." });
    expect(failedTurns(card("en", en), "repetition")).toEqual([8]);
    const zh = zhCall({ 5: "嗯，我想想。", 6: ZH_SLOTS, 7: "嗯……", 8: ZH_SLOTS, 9: "14号。" });
    expect(failedTurns(card("zh", zh), "repetition")).toEqual([8]);
  });

  it("en/zh: a complaint the caller goes straight past is charged at the next turn", () => {
    const en = enCall({ 3: "You moved it last month too. I took the day off for this, it's really annoying." });
    expect(failedTurns(card("en", en), "ignored-question")).toEqual([4]);
    const zh = zhCall({ 3: "上个月就改过一次了，我专门请了假，真让人生气。" });
    expect(failedTurns(card("zh", zh), "ignored-question")).toEqual([4]);
  });

  it("en/zh: sending it in writing as the customer asked is no put-off; putting off a question is", () => {
    const enBusy = [EN_OPEN, "Yes.", EN_WHY, "What service? Sorry, I'm on a ward round, just text me.", "No problem, I'll get both slots to you by text later. Bye.", "Bye."];
    expect(failedTurns(card("en", enBusy), "deflected-answer")).toBeNull();
    const enPut = enCall({ 7: "Can I drop it off the evening before?", 8: "I'll get back to you on that later." });
    expect(failedTurns(card("en", enPut), "deflected-answer")).toEqual([8]);
    const zhBusy = [ZH_OPEN, "是我。", "抱歉，周一师傅休息，得给您改个时间。", "啥保养？我在病房呢，你发短信给我吧。", "没问题，时段我稍后短信发给您，再见。", "好。"];
    expect(failedTurns(card("zh", zhBusy), "deflected-answer")).toBeNull();
    const zhPut = zhCall({ 7: "能前一天晚上送过去吗？", 8: "这个我回头再短信回复您。" });
    expect(failedTurns(card("zh", zhPut), "deflected-answer")).toEqual([8]);
  });

  it("en/zh: an opening in which the caller calls itself what the record calls the customer is charged at that turn", () => {
    expect(failedTurns(card("en", enCall({ 0: `${EN_OPEN} I'm the customer here.` })), "opening")).toEqual([0]);
    expect(failedTurns(card("en", enCall({ 2: `Just to be sure, this is Rosa Tindall? ${EN_WHY}` })), "opening")).toBeNull();
    expect(failedTurns(card("zh", zhCall({ 0: `${ZH_OPEN}我是客户。` })), "opening")).toEqual([0]);
    expect(failedTurns(card("zh", zhCall({ 2: "再确认一下，是汤若兰女士吧？抱歉，周一师傅休息，得给您改个时间。" })), "opening")).toBeNull();
  });

  it("zh: “几分钟” asks for time, not a score; “打几分” asks for a score", () => {
    expect(EVAL_LANGS.zh.ratingAsk.test("现在方便沟通几分钟吗？")).toBe(false);
    expect(EVAL_LANGS.zh.ratingAsk.test("您给这次服务打几分？")).toBe(true);
  });
});
