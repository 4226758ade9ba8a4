// What supervisors read in a call and the checks now read too, each in Chinese and in English: a planted fault is
// caught by its check at its turn, and the same call done right passes that check. Calls are short and written for
// these tests on the labelled set's documents (tests/labelled/scenarios) and the shipped examples.
import { beforeAll, describe, expect, it } from "vitest";
import type { CallerFaultKind, LabelledCall, Scenario, SimulatorFaultKind } from "../src/schema/index.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { evaluateCall } from "../src/eval/index.js";
import { labelRecord } from "../src/eval/agreement/load-labels.js";

const DOCS = {
  loan: "tests/labelled/scenarios/en-auto-loan.md",
  survey: "tests/labelled/scenarios/en-survey.md",
  dental: "tests/labelled/scenarios/en-dental.md",
  insurance: "tests/labelled/scenarios/zh-insurance.md",
  property: "tests/labelled/scenarios/zh-property.md",
  gov: "tests/labelled/scenarios/zh-gov.md",
  bank: "examples/01-bank-instalment.md",
} as const;
type Doc = keyof typeof DOCS;
const docs = {} as Record<Doc, Scenario>;

beforeAll(async () => {
  for (const [key, path] of Object.entries(DOCS)) docs[key as Doc] = await readScenarioFile(path);
});

/** Failed turns of one check (null when it passed): lines alternate caller, callee from the caller. */
function turnsOf(doc: Doc, kind: CallerFaultKind | SimulatorFaultKind, lines: readonly string[]): number[] | null {
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
  const card = evaluateCall(scenario, labelRecord(label, scenario, DOCS[doc]));
  const check = [...card.checks, ...card.simulator.checks].find((c) => c.id === kind);
  return check === undefined || check.passed ? null : check.turns;
}

const LOAN_OPEN = [
  "Hello, may I speak with Denise Harper? This is Jordan calling from Crestline.",
  "This is Denise.",
  "Before we go on, I need to verify your identity. Could you give me your full name, date of birth and the ZIP code on your billing address?",
];
const LOAN_FACT = "Thank you. This call is from Crestline Auto Finance about your auto loan, and it may be recorded. Your payment of $486.27 that was due on May 15th hasn't been received yet.";
const BANK_OPEN = [
  "您好，请问是陈宇航先生吗？我是瀚海银行信用卡中心的周静，占用您2分钟，确认一下您在App上办的账单分期，您现在方便吗？",
  "是我，你说。",
  "为确认是您本人，麻烦您说一下这张卡的卡号后4位。",
];
const BANK_FACT = "好的。系统显示您3月18日通过App把12,000元账单分成了12期，是您本人自愿办理的吗？";

describe("disclosure: a verification the script asks for is passed only by the data asked for", () => {
  it("en: a bare yes to the date-of-birth request, then the amount: caught at that turn; the data given: passes", () => {
    expect(turnsOf("loan", "disclosure", [...LOAN_OPEN, "Yes, speaking.", LOAN_FACT, "Okay."])).toEqual([4]);
    expect(turnsOf("loan", "disclosure", [...LOAN_OPEN, "Denise Marie Harper, February 23rd 1979, 43215.", LOAN_FACT, "Okay."])).toBeNull();
  });

  it("zh: 卡号没给就念分期金额: caught at that turn; 报了后4位: passes", () => {
    expect(turnsOf("bank", "disclosure", [...BANK_OPEN, "是我本人，卡号我手边没有，你说吧。", BANK_FACT, "嗯。"])).toEqual([4]);
    expect(turnsOf("bank", "disclosure", [...BANK_OPEN, "6218。", BANK_FACT, "嗯，是我。"])).toBeNull();
  });

  it("zh: someone who goes on talking as the customer confirmed who answered (no yes needed where nothing is verified)", () => {
    const open = "您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦，您的车险快到期了，想占用您两分钟说一下续保，现在方便吗？";
    const fact = "好的刘先生。您的帕萨特车险12月20日到期，今年续保一共4,860元。";
    expect(turnsOf("insurance", "disclosure", [open, "哪里？保险啊……行，你说吧，我在车里。", fact, "哦，那还行。"])).toBeNull();
    expect(turnsOf("insurance", "disclosure", [open, "他不在，我是他老伴。", fact, "哦。"])).toEqual([2]);
  });
});

describe("false-claim: a decision the customer left open, or a read-back with the template's blank", () => {
  const verified = [...LOAN_OPEN, "Denise Marie Harper, February 23rd 1979, 43215.", LOAN_FACT];
  it("en: 'maybe, I have to check' then 'so to confirm, you'll pay': caught; a firm date: passes", () => {
    const hedged = [...verified, "Hours got cut. I'm hoping Friday, the 29th. Maybe. I have to check my account first.", "So to confirm, you'll pay $486.27 online on Friday the 29th."];
    expect(turnsOf("loan", "false-claim", hedged)).toEqual([6]);
    const firm = [...verified, "Okay, I'll pay it online on the 29th.", "So to confirm, you'll pay $486.27 online on May 29th."];
    expect(turnsOf("loan", "false-claim", firm)).toBeNull();
  });

  it("zh: 跟老婆商量商量 then 给您登记续保: caught; 那加吧: passes", () => {
    const open = ["您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦。", "是我，说吧。", "今年续保一共4,860元，三者险加到300万的话总价5,040元。"];
    expect(turnsOf("insurance", "false-claim", [...open, "嗯……我回去跟我老婆商量商量，可能加。", "好的，那我这边就给您按三者险300万、总价5,040元登记续保。"])).toEqual([4]);
    expect(turnsOf("insurance", "false-claim", [...open, "那加吧，两百万不够。", "好的，那我这边就给您按三者险300万、总价5,040元登记续保。"])).toBeNull();
  });

  it("en and zh: the read-back still holds the template's blank", () => {
    const survey = ["Hi, is this Kevin O'Brien? This is Beth from Solstice Home Solar.", "Yeah, Kevin.", "On a scale of 1 to 10, how would you rate your installation overall?", "Eight."];
    expect(turnsOf("survey", "false-claim", [...survey, "Just to confirm, I've recorded a [rating] out of 10. Thank you."])).toEqual([4]);
    expect(turnsOf("survey", "false-claim", [...survey, "Just to confirm, I've recorded an 8 out of 10. Thank you."])).toBeNull();
    const gov = ["您好，请问是黄志强先生吗？我是12345热线回访员，工号0317。", "是我。", "请您对承办单位的处理结果打个分，1到10分。", "9分吧。"];
    expect(turnsOf("gov", "false-claim", [...gov, "跟您确认一下：处理结果……分，对吗？"])).toEqual([4]);
    expect(turnsOf("gov", "false-claim", [...gov, "跟您确认一下：处理结果9分，对吗？"])).toBeNull();
  });
});

describe("ignored-question: a complaint is the customer's own words, not a negated one nor a rating offered", () => {
  it("en: 'no complaints' is no complaint; a real one passed over is caught", () => {
    const open = ["Hi, is this Kevin O'Brien? This is Beth from Solstice Home Solar.", "Yeah, Kevin.", "On a scale of 1 to 10, where 10 is excellent, how would you rate your installation overall?"];
    expect(turnsOf("survey", "ignored-question", [...open, "Ten. No complaints.", "Thank you. Did the crew arrive within the time window you were given?", "Yes."])).toBeNull();
    expect(turnsOf("survey", "ignored-question", [...open, "Four. The crew was rude and left a mess, it was terrible.", "Thank you. Did someone show you how to use the app?", "Yes."])).toEqual([4]);
  });

  it("zh: 不满意 picked from the caller's own options is a rating; a complaint passed over is caught", () => {
    const open = ["您好，请问是周秀兰阿姨吗？我是锦华物业服务中心的小陈。", "是我，你说。", "停车管理您评满意、一般还是不满意？"];
    expect(turnsOf("property", "ignored-question", [...open, "不满意。", "好的。您对小区还有其他意见或者建议吗？", "没有了。"])).toBeNull();
    expect(turnsOf("property", "ignored-question", [...open, "太差了，车库乱收费，多收了我两百。", "好的。您对小区还有其他意见或者建议吗？", "没有了。"])).toEqual([4]);
  });
});

describe("opening: a document that names neither caller nor organisation introduces in its own words", () => {
  it("zh: the script's self-introduction passes; none fails at the first turn", () => {
    expect(turnsOf("gov", "opening", ["您好，请问是黄志强先生吗？我是12345热线回访员，工号0317。", "是我。"])).toBeNull();
    expect(turnsOf("gov", "opening", ["您好，请问是黄志强先生吗？关于您反映的路灯问题做个回访。", "是我。"])).toEqual([0]);
  });
});

describe("wrong-answer: a short real question no entry's wording meets, read through the reply", () => {
  const verified = [...LOAN_OPEN, "Denise Marie Harper, February 23rd 1979, 43215.", LOAN_FACT];
  it("en: 'are you gonna take the car?' answered against the entry: caught; answered as written: passes", () => {
    expect(turnsOf("loan", "wrong-answer", [...verified, "Listen, are you gonna take the car?", "If the account goes past 30 days late, yes, repossession is the next step."])).toEqual([6]);
    expect(turnsOf("loan", "wrong-answer", [...verified, "Listen, are you gonna take the car?", "No action like that is being taken, the account is 9 days late."])).toBeNull();
  });

  it("zh: 能不能先还一半 answered yes against 不支持部分提前还款: caught; as written: passes", () => {
    const verifiedZh = [...BANK_OPEN, "6218。", BANK_FACT];
    expect(turnsOf("bank", "wrong-answer", [...verifiedZh, "是我。我年终奖下来能不能先还一半？", "可以的，部分提前还款也支持，还多少都行。"])).toEqual([6]);
    expect(turnsOf("bank", "wrong-answer", [...verifiedZh, "是我。我年终奖下来能不能先还一半？", "目前不支持部分提前还款，只能一次性结清剩余本金。"])).toBeNull();
  });
});

describe("repetition: the same figures said a third time, in other words", () => {
  const verified = [...LOAN_OPEN, "Denise Marie Harper, February 23rd 1979, 43215.", LOAN_FACT];
  const fee = ["If it's paid by tomorrow, May 25th, there's no late fee. After that a $25 late fee is added.", "I get paid the 29th.", "Just remember the $25 late fee gets added after tomorrow, May 25th.", "I know, I said the 29th."];
  it("en: the $25 fee after May 25th a third time: caught; twice: passes", () => {
    expect(turnsOf("loan", "repetition", [...verified, "Okay.", ...fee, "Again, after May 25th the $25 fee applies, so it's best to pay by then."])).toEqual([10]);
    expect(turnsOf("loan", "repetition", [...verified, "Okay.", ...fee, "You can pay online, in the app or on the automated line."])).toBeNull();
  });

  it("zh: 4,860元、少460元 a third time: caught; twice: passes", () => {
    const open = ["您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦。", "是我，说吧。", "今年续保一共4,860元，因为您这一年没出险，比去年少了460元。", "哦。", "总的来说就是4,860元，比去年便宜了460元。", "我问电子保单在哪看？"];
    expect(turnsOf("insurance", "repetition", [...open, "方案跟去年一样，总价还是4,860元，比去年省460元。"])).toEqual([6]);
    expect(turnsOf("insurance", "repetition", [...open, "电子保单会发到预留邮箱，也可以在App里查看。"])).toBeNull();
  });
});

describe("persona-break: the customer and someone else at once, or the confirmed customer speaking of herself as another", () => {
  it("en: confirmed, then 'can I tell her what it's regarding?': caught; a relative from the start: passes", () => {
    const open = "Hi, this is Priya from Maple Grove Family Dental. May I speak with Rachel Bennett, please?";
    expect(turnsOf("dental", "persona-break", [open, "Yes, speaking.", "I'm calling because Noah is due for his six-month check-up and cleaning.", "Can I tell her what it's regarding?"])).toEqual([3]);
    expect(turnsOf("dental", "persona-break", [open, "No, this is her husband. She's at work.", "Could you ask her to call us back?", "Sure, I'll tell her."])).toBeNull();
  });

  it("zh: 是我 and 我是他爱人 in one turn: caught; 我是他爱人 alone: passes", () => {
    const open = "您好，请问是刘建国先生吗？我是安泰保险的续保专员孙悦。";
    expect(turnsOf("insurance", "persona-break", [open, "是我，你说。他不在，我是他爱人，有什么事跟我说吧。"])).toEqual([1]);
    expect(turnsOf("insurance", "persona-break", [open, "他不在，我是他爱人，有什么事跟我说吧。"])).toBeNull();
  });
});

describe("marketing: an offer of something more, in any words, where the document rules out selling", () => {
  it("en: 'customers add our …, no obligation': caught; the survey question: passes", () => {
    const open = ["Hi, is this Kevin O'Brien? This is Beth from Solstice Home Solar.", "Yeah, Kevin.", "How did the crew leave your roof and yard after the job?", "Good."];
    expect(turnsOf("survey", "marketing", [...open, "Lovely. A lot of our customers add our home battery after install. I can have a specialist give you a call, no obligation.", "No."])).toEqual([4]);
    expect(turnsOf("survey", "marketing", [...open, "Lovely. Did someone show you how to use the Solstice Live app?", "Yes."])).toBeNull();
  });

  it("zh: 我们现在有家政服务，要不要试一下: caught; the rating question: passes", () => {
    const open = ["您好，请问是周秀兰阿姨吗？我是锦华物业服务中心的小陈。", "是我，你说。", "保洁您评满意、一般还是不满意？", "一般吧。"];
    expect(turnsOf("property", "marketing", [...open, "好的。我们物业现在有家政保洁服务，业主专享，您要不要试一下？", "不用。"])).toEqual([4]);
    expect(turnsOf("property", "marketing", [...open, "好的。安保您评满意、一般还是不满意？", "满意。"])).toBeNull();
  });
});

describe("identity: a call ended at once (a callback asked for) owes no verification; one that went on does", () => {
  it("en: 'call back?' right away: passes; going on to the reason without the check: caught at the caller's second turn", () => {
    const open = "Hello, may I speak with Denise Harper? This is Jordan calling from Crestline.";
    expect(turnsOf("loan", "identity", [open, "This is Denise, but I'm at the pharmacy counter, can you call back?", "Of course. What time works for you?", "After two. Two thirty.", "Okay, I'll call you back at 2:30. Thank you, goodbye."])).toBeNull();
    expect(turnsOf("loan", "identity", [open, "This is Denise.", "Is everything okay? Is there something making the payment difficult this month?", "Hours got cut.", "If it's paid by tomorrow there's no late fee. After that a late fee is added.", "Okay."])).toEqual([2]);
  });

  it("zh: 在开会晚点打: passes; 不核实就讲分期: caught at the caller's second turn", () => {
    const open = "您好，请问是陈宇航先生吗？我是瀚海银行信用卡中心的周静，占用您2分钟，您现在方便吗？";
    expect(turnsOf("bank", "identity", [open, "是我，在开会，晚点再打吧。", "好的，那我晚点再联系您，再见。"])).toBeNull();
    expect(turnsOf("bank", "identity", [open, "是我，你说。", "先说结论：这笔分期手续费一共要收，每期金额固定，折算成年化利率您可以在App里看到。", "哦。", "首期入账前在App里可以免费撤销。", "行。", "好的，祝您工作顺利，再见。"])).toEqual([2]);
  });
});
