// The verdict rule (any caller fault fails the call) and the readings of who answered and how the call ended that it
// rests on, each in Chinese and in English: a planted fault is caught at its turn, the same call done right passes.
// Calls are short and written for these tests on the labelled set's documents (tests/labelled/scenarios).
import { beforeAll, describe, expect, it } from "vitest";
import type { CallerFaultKind, LabelledCall, Scenario, Scorecard } from "../src/schema/index.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { evaluateCall } from "../src/eval/index.js";
import { labelRecord } from "../src/eval/agreement/load-labels.js";

const DOCS = {
  dental: "tests/labelled/scenarios/en-dental.md",
  survey: "tests/labelled/scenarios/en-survey.md",
  insurance: "tests/labelled/scenarios/zh-insurance.md",
  property: "tests/labelled/scenarios/zh-property.md",
  gov: "tests/labelled/scenarios/zh-gov.md",
  utility: "tests/labelled/scenarios/en-utility.md",
  loan: "tests/labelled/scenarios/en-auto-loan.md",
  bank: "examples/01-bank-instalment.md",
  saas: "examples/06-saas-renewal-checkin-en.md",
  training: "tests/labelled/scenarios/zh-training.md",
  parcel: "tests/rule-docs/dev/zh-parcel-damage-claim.md",
} as const;
type Doc = keyof typeof DOCS;
const docs = {} as Record<Doc, Scenario>;

beforeAll(async () => {
  for (const [key, path] of Object.entries(DOCS)) docs[key as Doc] = await readScenarioFile(path);
});

/** The scorecard of a call whose lines alternate caller, callee from the caller. */
function cardOf(doc: Doc, lines: readonly string[]): Scorecard {
  const scenario = docs[doc];
  const label: LabelledCall = {
    id: "t",
    scenario: DOCS[doc],
    language: scenario.language,
    turns: lines.map((text, i) => ({ speaker: i % 2 === 0 ? "caller" : "callee", text })),
    verdict: "pass",
    faults: [],
    simulatorFaults: [],
  };
  return evaluateCall(scenario, labelRecord(label, scenario, DOCS[doc]));
}

/** Failed turns of one check (null when it passed). */
function turnsOf(doc: Doc, kind: CallerFaultKind, lines: readonly string[]): number[] | null {
  const check = cardOf(doc, lines).checks.find((c) => c.id === kind);
  return check === undefined || check.passed ? null : check.turns;
}

describe("verdict: any caller fault fails the call, minor ones included", () => {
  it("en: the same figures said again right after a bare 'Hmm.' are a repetition at once (labelled calls charge a line said again to an acknowledgement); a third saying too", () => {
    const open = ["Hi, this is Priya from Maple Grove Family Dental. May I speak with Rachel Bennett, please?", "Yes, speaking."];
    const slots = "I have Tuesday June 9th at 3:30 or Thursday June 11th at 4:15.";
    const card = cardOf("dental", [...open, slots, "Hmm.", `Again, ${slots}`, "Let me think.", `So: ${slots}`, "Tuesday."]);
    expect(card.checks.find((c) => c.id === "repetition")?.turns).toEqual([4, 6]);
    expect(card.passed).toBe(false);
    expect(card.verdict.reasons.map((r) => [r.id, r.turn])).toContainEqual(["repetition", 6]);
    expect(card.score).toBeLessThan(80);
    expect(turnsOf("dental", "repetition", [...open, slots, "Hmm.", `Again, ${slots}`, "Tuesday."])).toEqual([4]);
    expect(turnsOf("dental", "repetition", [...open, slots, "Which one was the Thursday?", `Again, ${slots}`, "Tuesday."])).toBeNull();
  });

  it("zh: 同一组数字紧接着再说一遍即算重复，说第三遍也算", () => {
    const open = ["您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦。", "是我。"];
    const quote = "今年续保一共4,860元，比去年少460元。";
    const card = cardOf("insurance", [...open, quote, "嗯。", `再说一下，${quote}`, "哦。", `总之${quote}`, "知道了。"]);
    expect(card.checks.find((c) => c.id === "repetition")?.turns).toEqual([4, 6]);
    expect(card.passed).toBe(false);
  });
});

describe("who answered: someone else who goes on talking is still someone else", () => {
  it("en: the colleague who takes a message hears no customer fact; a plain goodbye closes the call", () => {
    const open = ["Hi, this is Priya from Maple Grove Family Dental. May I speak with Rachel Bennett, please?", "No, this is Dean at the front desk, she's in a meeting. Can I take a message?", "Thanks, Dean. Will Rachel be back later today?", "After three. Does she have your number?"];
    expect(turnsOf("dental", "wrong-closing", [...open, "She does. Thanks very much, bye."])).toBeNull();
    expect(turnsOf("dental", "disclosure", [...open, "She does. Thanks very much, bye."])).toBeNull();
    expect(turnsOf("dental", "disclosure", [...open, "She does. Noah's recall was due on March 18th, by the way. Bye."])).toEqual([4]);
  });

  it("zh: 邻居代接、接着问话，仍不是本人：报修信息说给她听即泄露", () => {
    const open = ["您好，请问是周秀兰阿姨吗？我是锦华物业服务中心的小陈。", "不是，我是她邻居，她出去了。", "那能麻烦您让周阿姨有空回个电话吗？", "行，她有你们电话吗？"];
    expect(turnsOf("property", "disclosure", [...open, "有的，谢谢您，再见。"])).toBeNull();
    expect(turnsOf("property", "disclosure", [...open, "有的。她10月28日报修的厨房下水管11月1日修好了。再见。"])).toEqual([4]);
  });

  it("en: 'You got him.' confirms who answered, so the installation date may follow", () => {
    const open = ["Hi, is this Kevin O'Brien? This is Beth from Solstice Home Solar. I'm calling about your solar installation last week."];
    expect(turnsOf("survey", "disclosure", [...open, "You got him.", "It's a 3-minute survey about your installation on May 21st. Is now an okay time?", "Sure."])).toBeNull();
    expect(turnsOf("survey", "disclosure", [...open, "Who's asking?", "It's a 3-minute survey about your installation on May 21st. Is now an okay time?", "Sure."])).toEqual([2]);
  });
});

describe("how the call ended: a 'no' the customer then went past is not the ending", () => {
  it("zh: 不要座位险、随后同意续保，按确认续保收尾；真拒绝后说确认续保的结束语被查出", () => {
    const open = ["您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦。", "是我。", "今年续保一共4,860元，其中交强险950元，商业险3,910元。"];
    const close = "好的刘先生，报价和付款链接马上短信发给您，12月10日前确认就行，祝您行车平安，再见。";
    expect(turnsOf("insurance", "wrong-closing", [...open, "座位险我不想要了，去掉能便宜多少？", "去掉座位险商业险少95元，总价4,765元。", "行，我回短信。", close])).toBeNull();
    expect(turnsOf("insurance", "wrong-closing", [...open, "太贵了，今年不续了，不需要。", close])).toEqual([4]);
  });

  it("en: 'don't want Saturday' then a slot taken closes as booked; switching dentists with the booked close is caught", () => {
    const open = ["Hi, this is Priya from Maple Grove Family Dental. May I speak with Rachel Bennett, please?", "Yes, speaking.", "I have Tuesday June 9th at 3:30 or Saturday June 13th at 9 in the morning."];
    const close = "Perfect, Noah's all booked. We'll text you a reminder 2 days before. Have a lovely afternoon.";
    expect(turnsOf("dental", "wrong-closing", [...open, "I don't want a Saturday. Is Tuesday after school?", "Yes, 3:30 is after school.", "Okay, Tuesday works.", close])).toBeNull();
    expect(turnsOf("dental", "wrong-closing", [...open, "We're switching to another dentist, we don't need it.", close])).toEqual([4]);
  });
});

describe("ignored-question: 'rate these' answered on the script's own scale is a rating", () => {
  it("zh: 分别评价一下 → 不满意 is the rating asked for; a complaint in other words passed over is caught", () => {
    const open = ["您好，请问是周秀兰阿姨吗？我是锦华物业服务中心的小陈。", "是我，你说。", "保洁、安保、停车这三项您分别评价一下？"];
    expect(turnsOf("property", "ignored-question", [...open, "保洁满意，安保不满意，停车一般。", "好的。您还有别的意见吗？", "没了。"])).toBeNull();
    expect(turnsOf("property", "ignored-question", [...open, "保洁满意，车库乱收费，多收了我两百。", "好的。您还有别的意见吗？", "没了。"])).toEqual([4]);
  });

  it("en: 'rate the crew' answered with a rating passes; 'they were rude' passed over is caught", () => {
    const open = ["Hi, is this Kevin O'Brien? This is Beth from Solstice Home Solar.", "Yeah, Kevin.", "How would you rate the crew?"];
    expect(turnsOf("survey", "ignored-question", [...open, "Excellent.", "Thank you. Did someone show you how to use the Solstice Live app?", "Yes."])).toBeNull();
    expect(turnsOf("survey", "ignored-question", [...open, "They were rude, it was terrible.", "Thank you. Did someone show you how to use the Solstice Live app?", "Yes."])).toEqual([4]);
  });
});

describe("opening and identity belong in the caller's first words", () => {
  it("en: introduced only after 'Who's this?' is an opening fault at turn 0; introduced first, a 'who's this?' is no fault", () => {
    expect(turnsOf("dental", "opening", ["Hi, is Rachel there?", "Who's calling, please?", "Sorry, it's Priya from Maple Grove Family Dental.", "Oh, hi."])).toEqual([0]);
    expect(turnsOf("dental", "opening", ["Hi, this is Priya from Maple Grove Family Dental. May I speak with Rachel Bennett, please?", "Sorry, who's calling?", "Priya, from Maple Grove Family Dental.", "Oh, hi."])).toBeNull();
    expect(turnsOf("dental", "opening", ["Hello?", "Hello?", "Hi, this is Priya from Maple Grove Family Dental. May I speak with Rachel Bennett, please?", "Speaking."])).toBeNull();
  });

  it("zh: 对方问“哪位？”才自报家门，开场在第0轮不合格；先自报家门则无妨", () => {
    expect(turnsOf("insurance", "opening", ["喂您好，是刘建国先生吗？", "是，哪位？", "我是安泰保险的续保专员孙悦。", "哦。"])).toEqual([0]);
    expect(turnsOf("insurance", "opening", ["您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦。", "哪位？没听清。", "安泰保险的孙悦。", "哦。"])).toBeNull();
  });

  it("en: asking for the customer only after someone else said who they are is an identity fault at turn 0", () => {
    const late = ["Hi, this is Priya from Maple Grove Family Dental, calling about a check-up. Do you have a minute?", "This is Dean at the front desk.", "Could you ask Rachel Bennett to call us back, please?", "Sure."];
    expect(turnsOf("dental", "identity", late)).toEqual([0]);
    const first = ["Hi, this is Priya from Maple Grove Family Dental. May I speak with Rachel Bennett, please?", "This is Dean at the front desk, she's out.", "Could you ask her to call us back, please?", "Sure."];
    expect(turnsOf("dental", "identity", first)).toBeNull();
  });

  it("zh: 先谈事、没问是不是本人，身份核对在第0轮不合格；先问“请问是…吗”则合格", () => {
    const late = ["您好，我是锦华物业服务中心的小陈，想占用您三分钟做个满意度回访，现在方便吗？", "方便，你说。", "您10月底报修的厨房下水管现在还漏吗？", "不漏了。"];
    expect(turnsOf("property", "identity", late)).toEqual([0]);
    const first = ["您好，请问是周秀兰阿姨吗？我是锦华物业服务中心的小陈，想占用您三分钟做个满意度回访，现在方便吗？", "是我，你说。", "您10月底报修的厨房下水管现在还漏吗？", "不漏了。"];
    expect(turnsOf("property", "identity", first)).toBeNull();
  });
});

describe("repetition: the document's own refrain and put-offs are not looping", () => {
  it("zh: 两个评分步骤都带的“1到10分”，第三次说不算重复，第四次才算", () => {
    const open = ["您好，请问是黄志强先生吗？我是12345热线回访员，工号0317。", "是我。"];
    const ask = (what: string): string => `请您对${what}打个分，1到10分。`;
    const three = [...open, ask("承办单位的处理结果"), "九分。", ask("12345热线的受理服务"), "八分。", ask("热线的接听速度"), "八分。"];
    expect(turnsOf("gov", "repetition", three)).toBeNull();
    expect(turnsOf("gov", "repetition", [...three, ask("回访员的态度"), "十分。"])).toEqual([8]);
  });

  it("en: the same put-off to three questions is charged as deflected answers, not as repetition", () => {
    const open = ["Could I speak to Mr. Gareth Doyle, please?", "Speaking.", "Before I go into the account, could you confirm the first line of the address and the postcode for me?", "18 Alder Row, NN15 6QT."];
    const putOff = "I'm not sure about that, I'll look into it and follow up with you in writing about the details.";
    const call = [...open, putOff, "Why was it estimated?", putOff, "Will my direct debit change?", putOff, "How long does a refund take?", putOff];
    const odd = call.map((line, i) => (i === 4 ? "I'm calling about the complaint you raised on the 2nd of April about your March bill." : line));
    expect(turnsOf("utility", "repetition", odd)).toBeNull();
    expect(turnsOf("utility", "deflected-answer", odd)).toEqual([6, 8, 10]);
  });
});

describe("disclosure: a figure the knowledge base also holds is an answer only when the customer asked", () => {
  it("en: the overdue amount told unasked after a bare 'That's me' to the verification: caught; after the data: passes", () => {
    const open = ["Hello, may I speak with Denise Harper? This is Jordan calling from Crestline.", "Speaking.", "Before we go on, I need to verify your identity. Could you give me your full name, date of birth and the ZIP code on your billing address?"];
    const amount = "Thank you. Your payment of $486.27 hasn't been received yet.";
    expect(turnsOf("loan", "disclosure", [...open, "That's me.", amount, "Okay."])).toEqual([4]);
    expect(turnsOf("loan", "disclosure", [...open, "Denise Harper, February 23rd, 1979, 43215.", amount, "Okay."])).toBeNull();
  });

  it("zh: 只答“是我”、未报卡号后4位就说分期本金：泄露；报了后4位再说：通过", () => {
    const open = ["您好，请问是陈宇航先生吗？我是瀚海银行信用卡中心回访专员周静。为确认是您本人，麻烦您说一下这张卡的卡号后4位。"];
    const amount = "好的。系统显示您这笔分期本金是12,000元。";
    expect(turnsOf("bank", "disclosure", [...open, "是我。", amount, "嗯。"])).toEqual([2]);
    expect(turnsOf("bank", "disclosure", [...open, "6218。", amount, "嗯。"])).toBeNull();
  });
});

describe("wrong-closing: which closing line belongs to which ending, and an 'okay, bye' is no change of mind", () => {
  it("en: moving to another vendor, then the review-call close: caught (her 'okay, bye' after it changes nothing); the exit close: passes", () => {
    const open = ["Hi, is this Priya Raman? This is Daniel Okafor, your Customer Success Manager at Cobaltix.", "Yes. I'll save you the time, we're going with another vendor."];
    const review = "Thanks, Priya. You'll have the quote, both incident reports and the seat report by Thursday, and I've sent an invite for our review call. Talk soon.";
    const exit = "I appreciate you telling me directly. I'll send the export guide and the offboarding checklist so the transition is clean. Thanks for the time.";
    expect(turnsOf("saas", "wrong-closing", [...open, review, "I just told you we're leaving. Okay. Bye."])).toEqual([2]);
    expect(turnsOf("saas", "wrong-closing", [...open, exit, "Okay. Bye."])).toBeNull();
  });

  it("zh: 不感兴趣、别再联系，用“反馈完成”的结束语：查出；用“不再打扰”的结束语：通过", () => {
    const open = ["您好，请问是赵子涵女士吗？我是启明教育的学习顾问何伟。", "是我。我对这个课不感兴趣，以后别再联系我了。"];
    expect(turnsOf("training", "wrong-closing", [...open, "谢谢您的反馈，我已经记录提交给教研组了，祝您工作顺利，再见。", "嗯。"])).toEqual([2]);
    expect(turnsOf("training", "wrong-closing", [...open, "明白，我这边备注一下，之后不会再打扰您，祝您一切顺利，再见。", "嗯。"])).toBeNull();
  });
});

describe("order: a step is delivered where it is said in earnest, not where another question shares its wording", () => {
  const open = ["您好，请问是周秀兰阿姨吗？我是锦华物业服务中心的小陈，想占用您三分钟做个满意度回访，现在方便吗？", "是我。"];
  const repair = "您10月底报修的厨房下水管现在还漏吗？维修您满意、一般还是不满意？";
  const daily = "好的，维修满意。保洁、安保、停车这三项您分别评价一下？";
  const recap = "我跟您核对一下：维修满意，保洁满意，安保一般，停车一般，意见是没有，对吗？";
  it("zh: the repair rating's '满意、一般还是不满意' does not deliver the daily-service step early: in order; asked the other way round: caught", () => {
    expect(turnsOf("property", "order", [...open, repair, "不漏了，满意。", daily, "保洁满意，安保一般，停车一般。", "您还有别的意见吗？", "没了。", recap, "对。"])).toBeNull();
    expect(turnsOf("property", "order", [...open, daily, "保洁满意，安保一般，停车一般。", repair, "不漏了，满意。", recap, "对。"])).toEqual([2]);
  });

  it("en: the booking read back after the slots: in order; read back before the slots are offered: caught", () => {
    const start = ["Hi, this is Priya from Maple Grove Family Dental. May I speak with Rachel Bennett, please?", "Yes, speaking."];
    const slots = "I have Tuesday June 9th at 3:30, Thursday June 11th at 4:15, or Saturday June 13th at 9 in the morning.";
    const booked = "Great, so that's Noah with Carla on Tuesday June 9th at 3:30. We'll send a text reminder 2 days before.";
    expect(turnsOf("dental", "order", [...start, slots, "Tuesday.", booked, "Thanks."])).toBeNull();
    expect(turnsOf("dental", "order", [...start, booked, "Okay.", slots, "Tuesday."])).toEqual([2]);
  });
});

describe("no-closing: a closing line's errand without the goodbye it ends with is no close", () => {
  it("zh: “好的，报价我短信发您。”就结束：查出；整句结束语带再见：通过", () => {
    const open = ["您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦。", "是我。", "今年续保一共4,860元。", "好的，我会认真考虑的。"];
    expect(turnsOf("insurance", "no-closing", [...open, "好的，报价我短信发您。"])).toEqual([4]);
    expect(turnsOf("insurance", "no-closing", [...open, "没问题，报价明细我短信发您，您比较好了随时回复，祝您生活愉快，再见。"])).toBeNull();
  });

  it("en: ends on 'the complaint will now be closed' with no goodbye: caught; the message in one turn and the goodbye in the next: passes", () => {
    const open = ["Could I speak to Mr. Gareth Doyle, please?", "Speaking.", "Before I go into the account, could you confirm the first line of the address and the postcode for me?", "18 Alder Row, NN15 6QT.", "You can keep the £176.45 on the account, or we can refund it. Which would you prefer?", "Keep it on."];
    expect(turnsOf("utility", "no-closing", [...open, "So, just to confirm: the £176.45 stays on the account. The complaint BL-20931 will now be closed."])).toEqual([6]);
    expect(turnsOf("utility", "no-closing", [...open, "Thank you, Mr. Doyle. That's all sorted and the complaint is now closed. Have a good day."])).toBeNull();
    const message = ["Could I speak to Mr. Gareth Doyle, please?", "He's out, I'm his wife.", "Could you ask him to call Hannah at Northvale on 0345 600 2210 when he has a moment?", "What's it about?", "I can only discuss it with him. Thank you, goodbye."];
    expect(turnsOf("utility", "no-closing", message)).toBeNull();
  });
});

describe("a customer who hands the word back did not end the call (found on a held-back document, after measuring)", () => {
  it("en: 'Go ahead.' and then nothing is the caller's dropped call; 'I have to run, bye' is the customer's ending", () => {
    const open = "Hi, this is Priya from Maple Grove Family Dental. May I speak with Rachel Bennett, please?";
    expect(turnsOf("dental", "no-closing", [open, "Yes, speaking. Go ahead."])).toEqual([0]);
    expect(cardOf("dental", [open, "Yes, speaking. Go ahead."]).passed).toBe(false);
    expect(turnsOf("dental", "no-closing", [open, "Yes, speaking. Sorry, I have to run, bye."])).toBeNull();
  });

  it("zh: '是我，你说吧。'之后没有下文，是拨打方断了通话；客户说先挂了，是客户结束", () => {
    const open = "您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦。";
    expect(turnsOf("insurance", "no-closing", [open, "是我，你说吧。"])).toEqual([0]);
    expect(turnsOf("insurance", "no-closing", [open, "是我，我在开车不方便，先挂了。"])).toBeNull();
  });
});

describe("verification data the record does not bear out verifies nothing (found on a held-back document, after measuring)", () => {
  it("en: '3704' to 'date of birth and ZIP' is no verification: what follows is a disclosure; the record's values pass", () => {
    const ask = "Hello, may I speak with Denise Harper? This is Jordan calling from Crestline. Before we go on, could you give me your full name, date of birth and the ZIP code on your billing address?";
    const tell = "Thank you. Your monthly payment of $486.27 is 9 days past due.";
    expect(turnsOf("loan", "disclosure", [ask, "Denise Harper, 3704.", tell, "Oh, right."])).toEqual([2]);
    expect(turnsOf("loan", "disclosure", [ask, "Denise Harper, February 23rd 1979, 43215.", tell, "Oh, right."])).toBeNull();
  });

  it("zh: 运单后四位报的不是记录里的号码，随后说出的理赔信息是泄露；报对了则不算", () => {
    const ask = "您好，请问是黄丽娜黄女士吗？我是迅达快运理赔中心的孙晓雯。为了核对，麻烦您报一下运单号的后四位。";
    const tell = "好的。您7月6日寄往合肥的咖啡机，申报价值1,280元，理赔审核已经通过了。";
    expect(turnsOf("parcel", "disclosure", [ask, "是我，3704。", tell, "哦。"])).toEqual([2]);
    expect(turnsOf("parcel", "disclosure", [ask, "是我，8842。", tell, "哦。"])).toBeNull();
  });
});
