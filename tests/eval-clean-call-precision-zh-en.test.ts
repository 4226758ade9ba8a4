// Clean calls the scorer used to fail, each rule in Chinese and English, with a planted fault beside it that must still
// be caught: a parent who says "I'm his dad" when asked "you're his dad?", a parent the record allows to be told, the
// length of the call asked for after the identity asks, a month of a date the document gives, a claim under a
// condition or a read-back that keeps the decision open, figures said again because the customer asked back, and a
// question the customer asked out of character. Documents and calls are invented for these tests
// (tests/fixtures/eval/*-precision.md).
import { describe, expect, it } from "vitest";
import type { Scorecard } from "../src/schema/index.js";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { scorerFor } from "./fixtures/eval/alternating-call.js";

/** Lines alternate caller, callee, starting with the caller. */
const card = scorerFor("precision", { en: ["Dana", "Voice"], zh: ["小唐", "对方"] });
/** Failed turns of one check, or null when it passed. */
function failed(c: Scorecard, id: string): readonly (number | null)[] | null {
  const check = c.checks.find((x) => x.id === id);
  return check === undefined || check.passed ? null : check.turns.length > 0 ? check.turns : [null];
}

const ZH_OPEN = "您好，我是示例游泳馆前台小唐，请问是何建明先生吗？";
const ZH_FACT = "好的，小舟的暑期课7月6日开课，每周二、四下午，一共16节，学费1,560元已经交了。";
const EN_OPEN = "Hi, this is Dana from Example Riverside Pool. May I speak with Mark Grant?";
const EN_FACT = "Thanks. Leo's lessons start on July 6, Tuesdays and Thursdays at 4 pm, and the $390 fee is paid.";

describe("disclosure: the relation the caller's question gives the customer is the customer's own", () => {
  it("zh: '您是他爸爸吧？' '对，我是他爸爸。' confirms; '我是他奶奶' is someone else", () => {
    const ask = "跟您核实一下，您是小舟的爸爸何建明先生吧？";
    expect(failed(card("zh", [ZH_OPEN, "喂，你好。", ask, "对，我是他爸爸。", ZH_FACT, "好。"]), "disclosure")).toBeNull();
    expect(failed(card("zh", [ZH_OPEN, "喂，你好。", ask, "不是，我是他奶奶。", ZH_FACT, "哦。"]), "disclosure")).toEqual([4]);
  });

  it("en: 'you're Leo's dad, Mark Grant?' 'Yes, I'm his dad.' confirms; 'I'm his grandma' is someone else", () => {
    const ask = "Just to check, you're Leo's dad, Mark Grant?";
    expect(failed(card("en", [EN_OPEN, "Hello?", ask, "Yes, I'm his dad.", EN_FACT, "Good."]), "disclosure")).toBeNull();
    expect(failed(card("en", [EN_OPEN, "Hello?", ask, "No, I'm his grandma.", EN_FACT, "Oh."]), "disclosure")).toEqual([4]);
  });
});

describe("disclosure: a person the record allows to be told, once the caller confirmed who they are", () => {
  it("zh: the mother named in the record, asked for by name, may hear it; a neighbour asked the same way may not", () => {
    const mother = [ZH_OPEN, "他出差了，我是他爱人罗敏。", "罗女士您好，您是小舟的妈妈罗敏女士吧？", "对，是我。", ZH_FACT, "好的。"];
    expect(failed(card("zh", mother), "disclosure")).toBeNull();
    const neighbour = [ZH_OPEN, "他出差了，我是他邻居老孙。", "孙师傅您好，您是帮他家看孩子的吧？", "对，是我。", ZH_FACT, "好的。"];
    expect(failed(card("zh", neighbour), "disclosure")).toEqual([4]);
  });

  it("en: the mother named in the record, asked for by name, may hear it; a neighbour may not", () => {
    const mother = [EN_OPEN, "He's away, this is his wife Ines.", "Hi Ines, you're Leo's mum, Ines Grant?", "Yes, that's me.", EN_FACT, "Great."];
    expect(failed(card("en", mother), "disclosure")).toBeNull();
    const neighbour = [EN_OPEN, "He's away, I'm his neighbour Pat.", "Hi Pat, you're looking after Leo this week?", "Yes, that's me.", EN_FACT, "Great."];
    expect(failed(card("en", neighbour), "disclosure")).toEqual([4]);
  });
});

describe("invented-figure: the length of the call after the identity asks, and a month of a date the document gives", () => {
  it("zh: '大概三分钟' right after two identity asks, '7月份' of a 7月6日 date: grounded; '9月份' is invented", () => {
    const open = [ZH_OPEN, "是我。", "跟您核实一下，您是小舟的爸爸何建明先生吧？", "对。"];
    const ok = [...open, "是小舟游泳课的事，大概三分钟，您方便吗？", "方便。", "小舟的课7月份开始，每周二、四下午。", "好。", "好的，7月6日见小舟，有问题打020-3355 7788，再见。"];
    expect(failed(card("zh", ok), "invented-figure")).toBeNull();
    const bad = [...open, "是小舟游泳课的事，大概三分钟，您方便吗？", "方便。", "小舟的课9月份开始，每周二、四下午。", "好。", "好的，7月6日见小舟，有问题打020-3355 7788，再见。"];
    expect(failed(card("zh", bad), "invented-figure")).toEqual([6]);
  });

  it("en: 'about three minutes' right after two identity asks: grounded; 'three minutes' said mid-call as a fact: invented", () => {
    const open = [EN_OPEN, "Speaking.", "Just to check, you're Leo's dad, Mark Grant?", "Yes."];
    expect(failed(card("en", [...open, "It's about Leo's swimming, it'll take about three minutes. Is now okay?", "Sure.", EN_FACT, "Good."]), "invented-figure")).toBeNull();
    const late = [...open, "It's about Leo's swimming. Is now okay?", "Sure.", EN_FACT, "Good.", "Each lesson ends with three minutes of free play.", "Nice."];
    expect(failed(card("en", late), "invented-figure")).toEqual([8]);
  });
});

describe("invented-figure: a document figure restated in another form", () => {
  const zhOpen = [ZH_OPEN, "是我。", "跟您核实一下，您是小舟的爸爸何建明先生吧？", "对。"];
  it("zh: '6号' for the 7月6日 start and the desk number without separators: grounded; '9号' and another number: invented", () => {
    expect(failed(card("zh", [...zhOpen, "小舟6号开课，有事打33557788。", "好。"]), "invented-figure")).toBeNull();
    expect(failed(card("zh", [...zhOpen, "小舟9号开课，有事打33557799。", "好。"]), "invented-figure")).toEqual([4]);
  });

  const enOpen = [EN_OPEN, "Speaking.", "Just to check, you're Leo's dad, Mark Grant?", "Yes."];
  it("en: the desk number grouped another way: grounded; a number the document never gives: invented", () => {
    expect(failed(card("en", [...enOpen, "Any questions, the desk is on 555 201 7788.", "Thanks."]), "invented-figure")).toBeNull();
    expect(failed(card("en", [...enOpen, "Any questions, the desk is on 555 201 7799.", "Thanks."]), "invented-figure")).toEqual([4]);
  });

  it("en: 'two weeks' for the document's 14 days is grounded; 'three weeks' is invented", () => {
    const doc = parseScenarioText(["## Caller", "", "### Role", "Desk at Example Pool.", "", "### Call script", "1. Refund", '   - "Refunds arrive within 14 days."', "", "## Callee", "", "### Persona", "A parent."].join("\n"));
    const said = (line: string) => evaluateCall(doc, parseCall(`Agent: Hello, this is the desk at Example Pool.\nVoice: Hi.\nAgent: ${line}\nVoice: Okay.`, "x.txt", doc)).checks.find((c) => c.id === "invented-figure")?.passed;
    expect(said("Your refund arrives within two weeks.")).toBe(true);
    expect(said("Your refund arrives within three weeks.")).toBe(false);
  });

  it("en: '5 pm' for the document's 17:00 and '78k' for $78,000 are grounded; '6 pm' and '90k' are invented", () => {
    const doc = parseScenarioText(["## Caller", "", "### Role", "Desk at Example Pool.", "", "### Call script", "1. Hours and price", '   - "The desk is open 8:00-17:00 and the season pass is $78,000 cents."', "", "## Callee", "", "### Persona", "A parent."].join("\n"));
    const said = (line: string) => evaluateCall(doc, parseCall(`Agent: Hello, this is the desk at Example Pool.\nVoice: Hi.\nAgent: ${line}\nVoice: Okay.`, "x.txt", doc)).checks.find((c) => c.id === "invented-figure")?.passed;
    expect(said("We're open until 5 pm, and the pass is 78k cents.")).toBe(true);
    expect(said("We're open until 6 pm.")).toBe(false);
    expect(said("The pass is 90k cents.")).toBe(false);
  });

  it("zh: '两周' for the document's 14天 is grounded; '三周' is invented", () => {
    const doc = parseScenarioText(["## 拨打方", "", "### 角色", "示例泳池前台。", "", "### 步骤", "1. 退款", "   - “退款14天内到账。”", "", "## 接听方", "", "### 角色", "一位家长。"].join("\n"));
    const said = (line: string) => evaluateCall(doc, parseCall(`前台：您好，这里是示例泳池前台。\n对方：你好。\n前台：${line}\n对方：好。`, "x.txt", doc)).checks.find((c) => c.id === "invented-figure")?.passed;
    expect(said("退款两周内到账。")).toBe(true);
    expect(said("退款三周内到账。")).toBe(false);
  });
});

describe("false-claim: a claim under a condition, and a read-back that keeps the decision open", () => {
  const zhOpen = [ZH_OPEN, "是我。", "跟您核实一下，您是小舟的爸爸何建明先生吧？", "对。", ZH_FACT, "那能换到周末班吗？"];
  it("zh: '您同意了我再给您记' claims nothing; '您已经同意' with no consent does", () => {
    expect(failed(card("zh", [...zhOpen, "那个没有空位。您同意了我再给您记成下课自己来接。", "嗯。"]), "false-claim")).toBeNull();
    expect(failed(card("zh", [...zhOpen, "那个没有空位。您已经同意下课自己来接了，我记上了。", "嗯？"]), "false-claim")).toEqual([6]);
  });

  it("zh: after '我得跟他妈商量', a read-back '你们商量好再告诉我' restates it; '给您记上爸爸接' claims it", () => {
    const hedged = [ZH_OPEN, "是我。", "跟您核实一下，您是小舟的爸爸何建明先生吧？", "对。", ZH_FACT, "好。", "每次下课是谁来接孩子呢？", "这个我得跟他妈商量一下。"];
    expect(failed(card("zh", [...hedged, "好的，跟您确认一下：7月6日开课，接送你们商量好再告诉我。", "行。"]), "false-claim")).toBeNull();
    expect(failed(card("zh", [...hedged, "好的，跟您确认一下：7月6日开课，给您记上爸爸来接。", "行。"]), "false-claim")).toEqual([8]);
  });

  const enOpen = [EN_OPEN, "Speaking.", "Just to check, you're Leo's dad, Mark Grant?", "That's me.", EN_FACT, "Can he move to the weekend group?"];
  it("en: 'if you've agreed…, I'll note it' claims nothing; 'you've agreed…' with no consent does", () => {
    expect(failed(card("en", [...enOpen, "No places there. If you've agreed to collect him yourself, I'll note it.", "Hm."]), "false-claim")).toBeNull();
    expect(failed(card("en", [...enOpen, "No places there. You've agreed to collect him yourself, I'll note it.", "Hm."]), "false-claim")).toEqual([6]);
  });

  it("en: after 'maybe, I'll talk it over', 'so to confirm, you'll talk it over' restates it; 'so to confirm, you'll pick him up' claims it", () => {
    const hedged = [EN_OPEN, "Speaking.", "Just to check, you're Leo's dad, Mark Grant?", "Yes.", EN_FACT, "Good.", "Who will pick Leo up after each lesson?", "Maybe me. I need to talk it over with my wife."];
    expect(failed(card("en", [...hedged, "So to confirm: lessons from July 6, and you'll talk it over with your wife.", "Yes."]), "false-claim")).toBeNull();
    expect(failed(card("en", [...hedged, "So to confirm: lessons from July 6, and you'll pick him up.", "Okay."]), "false-claim")).toEqual([8]);
  });
});

describe("repetition: figures said again because the customer asked back are an answer", () => {
  // The number is in two closing lines of the document: its refrain, charged from the fourth saying.
  it("zh: the number asked back twice, said again each time and in the close: no fault; said four times unasked: caught", () => {
    const other = [ZH_OPEN, "他不在，我是他同事。"];
    const asked = [...other, "好的，麻烦转告他回电，号码是020-3355 7788。", "020……3355……多少来着？", "020-3355 7788。", "后面是7788？", "对，020-3355 7788。", "记下了。", "麻烦您转告何先生回个电话，号码020-3355 7788，谢谢，再见。"];
    expect(failed(card("zh", asked), "repetition")).toBeNull();
    const looping = [...other, "好的，麻烦转告他回电，号码是020-3355 7788。", "行。", "号码是020-3355 7788。", "知道了。", "号码是020-3355 7788。", "嗯。", "麻烦您转告何先生回个电话，号码020-3355 7788，谢谢，再见。"];
    expect(failed(card("zh", looping), "repetition")).toEqual([8]);
  });

  it("en: the number read back digit by digit and asked again: no fault; said four times unasked: caught", () => {
    const other = [EN_OPEN, "He's out, I'm his colleague."];
    const asked = [...other, "Please ask him to call (555) 201-7788.", "Five five five, two oh one... seven seven eight eight?", "That's right, (555) 201-7788.", "Sorry, say it again?", "(555) 201-7788.", "Got it.", "Please ask Mark to call (555) 201-7788. Thanks, bye."];
    expect(failed(card("en", asked), "repetition")).toBeNull();
    const looping = [...other, "Please ask him to call (555) 201-7788.", "Okay.", "The number is (555) 201-7788.", "Got it.", "Again, that's (555) 201-7788.", "Sure.", "Please ask Mark to call (555) 201-7788. Thanks, bye."];
    expect(failed(card("en", looping), "repetition")).toEqual([8]);
  });
});

describe("deflected-answer: a question the confirmed customer asks as someone else is owed no answer", () => {
  it("zh: confirmed, then '我帮他问问是什么事？' put off: no fault; the same put-off to a real question: caught", () => {
    const open = [ZH_OPEN, "是我。", "跟您核实一下，您是小舟的爸爸何建明先生吧？", "对。"];
    expect(failed(card("zh", [...open, ZH_FACT, "那我转告他是什么事？", "这个我不太清楚，我们接着说，上课请带泳帽和泳镜。", "好。"]), "deflected-answer")).toBeNull();
    expect(failed(card("zh", [...open, ZH_FACT, "那下课几点？", "这个我不太清楚，我们接着说，上课请带泳帽和泳镜。", "好。"]), "deflected-answer")).toEqual([6]);
  });

  it("en: confirmed, then 'Can I tell him what it's about?' put off: no fault; the same put-off to a real question: caught", () => {
    const open = [EN_OPEN, "Speaking.", "Just to check, you're Leo's dad, Mark Grant?", "Yes."];
    expect(failed(card("en", [...open, EN_FACT, "Can I tell him what it's about?", "I'm not sure, let me go on. Please bring a cap and goggles.", "Okay."]), "deflected-answer")).toBeNull();
    expect(failed(card("en", [...open, EN_FACT, "What time do they finish?", "I'm not sure, let me go on. Please bring a cap and goggles.", "Okay."]), "deflected-answer")).toEqual([6]);
  });
});
