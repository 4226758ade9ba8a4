// Layout families the reader misread before (learnt from the heldout-g rule documents; these are documents written
// for this test): XML-style exports read by their attributes, a memo with ">> N)" sections and lettered items, INI with
// dotted tables and grouped keys, ":: TITLE ::" banners over a Step | Agent says | If customer says table, and "§N"
// headings over "·" bullets; a task labelled or stated inside the role text; a style qualified by "avoid".
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { classifyHeading } from "../src/scenario/section-names.js";

describe("an XML-style export", () => {
  const doc = [
    '<export version="1">',
    '<section name="拨打方·角色">',
    "你是青禾家电的售后专员小林。任务：回访上周上门维修的顾客，确认修好了，并请顾客打分。",
    "</section>",
    '<section name="拨打方·顾客资料">',
    '<field key="顾客">周立新先生</field>',
    '<field key="维修内容">洗衣机排水泵更换</field>',
    "</section>",
    '<section name="拨打方·流程">',
    '<step no="1" title="核身">“您好，请问是周立新周先生吗？”</step>',
    '<step no="2" title="回访">“洗衣机现在排水正常吗？”</step>',
    '<step no="3" title="打分">“请您给这次维修打个分，1到5分。”</step>',
    "</section>",
    '<section name="拨打方·知识库">',
    "<qa><q>保修多久？</q><a>更换的配件保修一年。</a></qa>",
    "<qa><q>要收费吗？</q><a>保修期内不收费。</a></qa>",
    "</section>",
    '<section name="拨打方·开场白">您好，请问是周立新周先生吗？我是青禾家电的小林。</section>',
    '<section name="拨打方·结束条件">',
    '<end id="A" when="回访完成">“好的，谢谢您，再见。”</end>',
    '<end id="B" when="对方忙">“不打扰您了，改天再打给您。”</end>',
    "</section>",
    '<section name="接听方·人设">',
    '<field key="身份">周立新，45岁，出租车司机</field>',
    '<field key="顾虑">怕还要再修</field>',
    "</section>",
    "</export>",
  ].join("\n");

  it("reads sections, fields, numbered steps, Q/A pairs and endings from the attributes", () => {
    const s = parseScenarioText(doc);
    expect(s.caller.task).toBe("回访上周上门维修的顾客，确认修好了，并请顾客打分。");
    expect(s.caller.customerProfile).toEqual(["顾客：周立新先生", "维修内容：洗衣机排水泵更换"]);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["核身", "回访", "打分"]);
    expect(s.caller.steps[1]?.lines).toEqual(["洗衣机现在排水正常吗？"]);
    expect(s.caller.knowledgeBase).toEqual([{ question: "保修多久？", answer: "更换的配件保修一年。" }, { question: "要收费吗？", answer: "保修期内不收费。" }]);
    expect(s.caller.endConditions).toEqual(["回访完成", "对方忙"]);
    expect(s.caller.closingLines).toEqual(["好的，谢谢您，再见。", "不打扰您了，改天再打给您。"]);
    expect(s.callee.name).toBe("周立新");
  });
});

describe("a memo with >> N) sections and lettered items", () => {
  const doc = [
    "From: Ops",
    "Subject: Call brief",
    "",
    ">> 1) Your role on this call",
    "",
    "You are Kim, an agent at Brightline Gutters. You are calling to check the new gutter drains well and",
    "to book the free check.",
    "",
    ">> 2) Job details",
    "",
    "(a) Customer: Mr Owen Pike, 4 Elm Road. Confirm identity with his name and",
    "    street.",
    "(b) Work done: new downpipe.",
    "",
    ">> 3) How the call should go",
    "",
    'Step 1 — Identity. "Hello, is that Mr Owen Pike?"',
    'Step 2 — Check. "Is the gutter draining well after the rain?"',
    "",
    ">> 4) Things he may ask",
    "",
    "(a) Is there a warranty? — Yes, two years on the",
    "    downpipe.",
    "(b) Will you clean the roof? — No, only the gutters.",
    "",
    ">> 5) How the call can end",
    "",
    '(A) Check booked → "Great, see you then. Bye."',
    '(B) He is busy → "No problem, I\'ll call back tomorrow. Bye."',
  ].join("\n");

  it("reads the sections, the record, the script only as steps, the questions and the endings", () => {
    const s = parseScenarioText(doc);
    expect(s.caller.task).toBe("You are calling to check the new gutter drains well and to book the free check.");
    expect(s.caller.customerProfile).toEqual(["Customer: Mr Owen Pike, 4 Elm Road. Confirm identity with his name and street.", "Work done: new downpipe."]);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Identity", "Check"]);
    expect(s.caller.knowledgeBase.map((qa) => qa.question)).toEqual(["Is there a warranty?", "Will you clean the roof?"]);
    expect(s.caller.knowledgeBase[0]?.answer).toBe("Yes, two years on the downpipe.");
    expect(s.caller.endConditions).toEqual(["Check booked", "He is busy"]);
    expect(s.caller.closingLines).toEqual(["Great, see you then. Bye.", "No problem, I'll call back tomorrow. Bye."]);
  });
});

describe("INI with dotted tables and grouped keys", () => {
  const doc = [
    "[CALLER]",
    "role = You are Lee, a coordinator at Clearpool Care.",
    "task = Book the yearly pool service.",
    "",
    "[CALLER.PROFILE]",
    "customer = Ms Ana Ruiz",
    "verify_with = the postcode",
    "",
    "[CALLER.SCRIPT]",
    'step1 = Identity | "Hello, is that Ms Ana Ruiz? Could you confirm your postcode: the first part is fine."',
    'step2 = Book | "Which day suits you?"',
    "",
    "[CALLER.KNOWLEDGE]",
    "q1 = How long is the visit?",
    "a1 = About two hours.",
    "",
    "[CALLER.OPENING]",
    'line = "Hello, is that Ms Ana Ruiz? It\'s Lee from Clearpool Care."',
    "",
    "[CALLER.ENDINGS]",
    "end1.when = visit booked",
    'end1.say = "Lovely, you\'re booked in. Bye."',
    "end2.when = customer is busy",
    'end2.say = "I\'ll call back tomorrow. Bye."',
    "",
    "[CALLEE]",
    "persona = Ana Ruiz, 40, nurse.",
    "style.avoid = jargon",
    "end_when = Hangs up once booked.",
  ].join("\n");

  it("reads a dotted table as the part its last name gives, 'Title | \"line\"' as a step, and grouped keys as one ending", () => {
    const s = parseScenarioText(doc);
    expect(s.caller.customerProfile).toEqual(["customer：Ms Ana Ruiz", "verify_with：the postcode"]);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Identity", "Book"]);
    expect(s.caller.steps[0]?.lines).toEqual(["Hello, is that Ms Ana Ruiz? Could you confirm your postcode: the first part is fine."]);
    expect(s.caller.endConditions).toEqual(["visit booked", "customer is busy"]);
    expect(s.caller.closingLines).toEqual(["Lovely, you're booked in. Bye.", "I'll call back tomorrow. Bye."]);
    expect(s.callee.style.negative).toEqual(["jargon"]);
    expect(s.callee.endConditions).toEqual(["Hangs up once booked."]);
  });
});

describe(":: TITLE :: banners and a script table with a customer column", () => {
  const doc = [
    ":: WHO YOU ARE ::",
    "Caller: Ria, case handler at Northfield Phone Repair.",
    "Job: the phone is fixed. Tell the customer and book the pick-up.",
    "",
    ":: CASE FILE ::",
    "Customer ........ Mr Sam Cole",
    "Phone ........... cracked screen replaced",
    "",
    ":: CALL SCRIPT ::",
    "| Step | Agent says | If customer says |",
    "| --- | --- | --- |",
    '| 1. Identity | "Hello, is that Sam Cole?" | Not Sam → ending 2 |',
    '| 2. Pick-up | "When can you pick it up?" | "Tomorrow" → "Great, we\'re open till six." |',
    "",
    ":: FAQ ::",
    "Q1. Is there a warranty?",
    "A1. Ninety days on the screen.",
    "Q2. Can you post it?",
    "A2. Yes, by tracked post.",
    "",
    ":: OPENING LINE ::",
    '"Hello, is that Sam Cole? This is Ria from Northfield Phone Repair."',
    "",
    ":: ENDINGS ::",
    '1 — Pick-up booked → "Thanks, see you then. Bye."',
    '2 — Someone else answers → "Could you ask Sam to call us? Bye."',
    "",
    ":: CUSTOMER SIDE ::",
    "Persona ........ Sam Cole, 30, courier.",
    "Concerns ....... the cost",
  ].join("\n");

  it("reads banners as sections, the task after its label, step titles without their numbers and the customer side", () => {
    const s = parseScenarioText(doc);
    expect(s.caller.role).toBe("Ria, case handler at Northfield Phone Repair.");
    expect(s.caller.task).toBe("the phone is fixed. Tell the customer and book the pick-up.");
    expect(s.caller.customerProfile).toEqual(["Customer: Mr Sam Cole", "Phone: cracked screen replaced"]);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Identity", "Pick-up"]);
    expect(s.caller.steps[0]?.lines).toEqual(["Hello, is that Sam Cole?"]);
    expect(s.caller.steps[1]?.branches).toEqual(['"Tomorrow" → "Great, we\'re open till six."']);
    expect(s.caller.knowledgeBase).toHaveLength(2);
    expect(s.caller.closingLines).toHaveLength(2);
    expect(s.callee.name).toBe("Sam Cole");
    expect(s.callee.concerns).toEqual(["the cost"]);
  });
});

describe("§N headings over · bullets", () => {
  const doc = [
    "§1 接听方（顾客）画像",
    "",
    "· 姓名：钱小梅，50岁，会计",
    "· 现状：这周都在出差",
    "· 说话风格（模仿）：“行，你说”",
    "· 说话风格（避免）：客服腔",
    "· 结束条件：约好时间就挂",
    "",
    "§2 拨打方角色与任务",
    "",
    "你是安居窗帘的客服小周。任务：通知顾客窗帘做好了，约安装时间。",
    "",
    "§3 拨打方掌握的订单资料",
    "",
    "· 订单号：AJ-2231",
    "· 顾客：钱小梅女士",
    "",
    "§4 通话步骤",
    "",
    "1）核对身份：“您好，请问是钱小梅钱女士吗？”",
    "2）约时间：“您看周六上午方便安装吗？”",
    "",
    "§5 开场白",
    "",
    "“您好，请问是钱小梅钱女士吗？我是安居窗帘的小周。”",
    "",
    "§6 结束条件与结束语",
    "",
    "甲、约好时间 ——“好的，周六见，再见。”",
    "乙、对方没空 ——“那我明天再打给您，再见。”",
  ].join("\n");

  it("reads each § heading as a section and the · list as the persona's fields", () => {
    const s = parseScenarioText(doc);
    expect(s.caller.role).toBe("你是安居窗帘的客服小周。");
    expect(s.caller.task).toBe("通知顾客窗帘做好了，约安装时间。");
    expect(s.caller.customerProfile).toEqual(["订单号：AJ-2231", "顾客：钱小梅女士"]);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["核对身份", "约时间"]);
    expect(s.caller.endConditions).toHaveLength(2);
    expect(s.callee.name).toBe("钱小梅");
    expect(s.callee.situation).toBe("这周都在出差");
    expect(s.callee.style.negative).toEqual(["客服腔"]);
  });
});

describe("heading vocabulary", () => {
  it("a style qualified by avoid or imitate is that kind; a side word with 'side' names the side", () => {
    expect(classifyHeading("Speaking style — avoid", true).kind).toBe("styleNegative");
    expect(classifyHeading("说话风格·避免", true).kind).toBe("styleNegative");
    expect(classifyHeading("说话风格（模仿）", true).kind).toBe("stylePositive");
    expect(classifyHeading("说话风格", true).kind).toBe("style");
    expect(classifyHeading("Customer side", true)).toMatchObject({ kind: null, side: "callee", strongSide: true });
  });
});
