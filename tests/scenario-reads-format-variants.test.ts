// Documents written in other heading, step, quote and Q&A styles read to the same Scenario shape.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const fixture = (name: string): string => join(import.meta.dirname, "fixtures", "scenarios", name);
const warnings = (s: { diagnostics: { message: string }[] }): string[] => s.diagnostics.map((d) => d.message);

describe("format variants", () => {
  it("reads 一、/（一） headings, 步骤N： steps with 「」 quotes and 问：/答： pairs", async () => {
    const s = await readScenarioFile(fixture("zh-numbered-headings.md"));
    expect(s.title).toBe("物业费催缴回访");
    expect(s.language).toBe("zh");
    expect(s.caller.name).toBe("王芳");
    expect(s.caller.organization).toBe("绿城物业");
    expect(s.caller.customerProfile).toEqual(["业主：赵刚先生，3号楼1201室", "欠费金额：2,400元，已逾期45天"]);
    expect(s.caller.steps).toEqual([
      { index: 1, title: "问候并确认身份", lines: ["您好，请问是赵刚先生吗？", "我是绿城物业的王芳。"] },
      { index: 2, title: "说明欠费情况", lines: ["您2024年的物业费2,400元还没有缴纳，已经逾期45天了。"] },
      { index: 3, title: "约定缴费方式", lines: ["您可以在小程序缴费，也可以到物业服务中心现场缴。"] },
    ]);
    expect(s.caller.knowledgeBase).toEqual([
      { question: "能不能分期缴？", answer: "可以分2次缴清，每次1,200元。" },
      { question: "逾期有滞纳金吗？", answer: "目前不收滞纳金，月底前缴清即可。" },
    ]);
    expect(s.caller.opening).toBe("您好，请问是赵刚先生吗？我是绿城物业的王芳，想跟您说一下物业费的事。");
    expect(s.caller.endConditions).toEqual(["业主同意缴费并约定时间", "业主拒绝沟通"]);
    expect(s.caller.closingLines).toEqual(["好的，那就麻烦您月底前缴一下，谢谢。", "打扰您了，再见。"]);
    expect(s.callee.name).toBe("赵刚");
    expect(s.callee.situation).toBe("正在店里看店，顾客不多。");
    expect(s.callee.style).toEqual({ positive: ["电梯修好了我就交。"], negative: ["好的，我会按时缴纳物业费。"] });
    expect(s.callee.endConditions).toEqual(["得到电梯维修承诺后同意缴费"]);
    expect(s.facts.map((f) => f.text)).toEqual(["2024年", "3号", "1201室", "2,400元", "45天", "2次", "1,200元"]);
    expect(s.diagnostics).toEqual([]);
  });

  it("reads 【label】 headings with inline content, 1） steps with unquoted dash lines and a Q&A table", async () => {
    const s = await readScenarioFile(fixture("zh-bracket-labels.md"));
    expect(s.caller.name).toBe("刘洋");
    expect(s.caller.organization).toBe("安心保险");
    expect(s.caller.task).toBe("提醒客户车险将于2025-05-20到期，报出续保价格，争取当场续保。");
    expect(s.caller.steps.map((x) => x.title)).toEqual(["开场", "报价", "确认续保"]);
    expect(s.caller.steps[1]?.lines).toEqual(["今年续保报价3,520元，比去年便宜340元。"]);
    // "如客户嫌贵：…" is a condition and what to do: a branch of the step, never a line said aloud.
    expect(s.caller.steps[1]?.branches).toEqual(["如客户嫌贵：说明无出险可享8.5折。"]);
    expect(s.caller.knowledgeBase).toEqual([
      { question: "为什么比去年便宜？", answer: "您去年没有出险，系数下调了。" },
      { question: "可以刷信用卡吗？", answer: "可以，支持信用卡和微信支付。" },
    ]);
    expect(s.caller.opening).toBe("您好，请问是孙丽女士吗？我是安心保险的刘洋，您的车险快到期了。");
    expect(s.caller.endConditions).toEqual(["客户同意续保", "客户表示要再比较"]);
    expect(s.caller.closingLines).toEqual(["好的，保单会发到您手机上，再见。"]);
    expect(s.callee.name).toBe("孙丽");
    expect(s.callee.concerns).toEqual(["价格是否划算"]);
    // Table row numbers are structure, not facts.
    expect(s.facts.map((f) => f.text)).toEqual(["2025-05-20", "3,860元", "3,520元", "340元", "8.5折"]);
  });

  it("reads bold-line headings, **1. title** steps, same-line Q：… A：… pairs and a combined end section with plain sub-labels", async () => {
    const s = await readScenarioFile(fixture("zh-bold-headings.md"));
    expect(s.caller.name).toBe("陈晨");
    expect(s.caller.organization).toBe("宏图教育");
    expect(s.caller.steps.map((x) => x.title)).toEqual(["问候并确认身份", "了解试听感受", "介绍课程与价格", "邀约报名"]);
    expect(s.caller.steps[2]?.lines).toEqual(["正式课程一共48节，每节150元，现在报名立减600元。"]);
    expect(s.caller.knowledgeBase).toHaveLength(3);
    expect(s.caller.knowledgeBase[0]).toEqual({ question: "能先上几节再决定吗？", answer: "可以先报12节的体验包，1,800元。" });
    expect(s.caller.endConditions).toEqual(["家长同意报名或预约测试", "家长明确拒绝"]);
    expect(s.caller.closingLines).toEqual(["那周六上午10点见，再见！", "好的，不打扰您了，有需要随时联系我。"]);
    expect(s.callee.name).toBe("小宇妈妈");
    expect(s.callee.behaviours).toEqual(["先问价格，再问退费", "会说要和孩子爸爸商量"]);
    expect(s.callee.endConditions).toEqual(["问清价格后说考虑一下", "预约了入学测试"]);
    expect(warnings(s)).toEqual([
      "missing customer profile (目标客户画像 / Customer profile); left empty",
      "missing callee background (背景信息 / Background); left empty",
      "missing callee concerns (核心关切点 / Concerns); left empty",
      "missing reply style examples (回复风格示例 / Reply style); left empty",
    ]);
  });

  it("reads English Agent/Customer sides, Step N: steps with straight quotes, Q:/A: on separate lines and bold sub-labels", async () => {
    const s = await readScenarioFile(fixture("en-step-colon.md"));
    expect(s.language).toBe("en");
    expect(s.title).toBe("Scenario: dental appointment reminder");
    expect(s.caller.name).toBe("Maria Lopez");
    expect(s.caller.organization).toBe("BrightSmile Dental");
    expect(s.caller.steps).toHaveLength(4);
    expect(s.caller.steps[0]).toEqual({ index: 1, title: "Greet and confirm identity", lines: ["Hi, is this Tom Becker?", "This is Maria from BrightSmile Dental."] });
    expect(s.caller.knowledgeBase).toEqual([
      { question: "How much will I pay?", answer: "With your insurance the copay is $25." },
      { question: "Can I bring my kid?", answer: "Yes, we can book back-to-back appointments." },
    ]);
    expect(s.caller.endConditions).toEqual(["The patient books a slot", "The patient asks to be called later"]);
    expect(s.caller.closingLines).toEqual(["You're all set, see you Monday!", "No problem, I'll call you next week."]);
    expect(s.callee.name).toBe("Tom Becker");
    expect(s.callee.situation).toBe("in a meeting break, has 3 minutes.");
    expect(s.callee.style).toEqual({ positive: ["Yeah, what's up?", "Anything before nine?"], negative: ["Thank you so much for your kind reminder."] });
    expect(s.facts.map((f) => f.text)).toEqual(["2025-07-14", "6 months", "2 cleanings", "$25", "45 minutes", "9:00 am", "4:30 pm", "24 hours"]);
    expect(s.diagnostics).toEqual([]);
  });

  it("reads 'Label: content' lines as sections and a Question/Answer table", async () => {
    const s = await readScenarioFile(fixture("en-label-lines.md"));
    expect(s.caller.name).toBe("James Carter");
    expect(s.caller.organization).toBe("Northwind Energy");
    expect(s.caller.task).toBe("Confirm the customer's fixed-rate plan ends on 2025-12-31 and offer the new rate.");
    expect(s.caller.steps).toEqual([
      { index: 1, title: "Introduce yourself", lines: ["Hello, this is James from Northwind Energy."] },
      { index: 2, title: "Explain the new rate", lines: ["The new fixed rate is 21.5 cents per kWh for 12 months."] },
    ]);
    expect(s.caller.knowledgeBase.map((k) => k.question)).toEqual(["Is there an exit fee?", "Can I go green?"]);
    expect(s.caller.opening).toBe("Hello, this is James from Northwind Energy about your plan renewal.");
    expect(s.caller.closingLines).toEqual(["Thanks for your time, goodbye."]);
    expect(s.callee.name).toBe("Helen Park");
    expect(s.callee.endConditions).toEqual(["She decides or asks for the offer in writing"]);
  });

  it("reads section synonyms (外呼方/客户, 人物设定, 已知信息, 沟通流程 with 第N步, 问答 with bold 问：, 挂断条件) and keeps unknown sections", async () => {
    const s = await readScenarioFile(fixture("zh-synonyms-extra.md"));
    expect(s.caller.name).toBe("张伟");
    expect(s.caller.organization).toBe("顺达快递");
    expect(s.caller.customerProfile).toEqual(["收件人：李娜，单号已知", "原定送达日期：6月12日"]);
    expect(s.caller.steps.map((x) => x.title)).toEqual(["确认收件人", "说明延误", "提供补偿"]);
    expect(s.caller.knowledgeBase).toEqual([
      { question: "能不能今天送到？", answer: "今天送不了，最快6月14日。" },
      { question: "优惠券怎么用？", answer: "下次寄件时自动抵扣。" },
    ]);
    expect(s.caller.opening).toBe("您好，请问是李娜女士吗？我是顺达快递客服张伟。");
    expect(s.caller.endConditions).toEqual(["客户接受延误说明", "客户要求投诉，已记录"]);
    expect(s.caller.extraSections).toEqual([{ title: "合规要求", body: "不得承诺具体送达时段。" }]);
    expect(s.callee.name).toBe("李娜");
    expect(s.callee.concerns).toEqual(["包裹里是生日礼物，怕赶不上"]);
    expect(s.diagnostics).toContainEqual({ severity: "warning", message: "unknown section '合规要求' kept as an extra section", line: 37 });
  });

  it("reads 'Part 1 — Agent' sides, prompt-style roles, '#### Step N —' steps, bold-question objections and Don't:/Positive: labels", async () => {
    const s = await readScenarioFile(fixture("en-parts-and-prompts.md"));
    expect(s.title).toBe("Call scenario: pharmacy refill reminder");
    expect([s.caller.name, s.caller.organization]).toEqual(["Nina Patel", "GreenLeaf Pharmacy"]);
    expect(s.caller.task).toBe("Remind the patient that the 90-day refill is ready and arrange pickup or delivery.");
    // "Customer background" under the caller is what the caller knows, not the start of the callee side.
    expect(s.caller.customerProfile).toEqual([
      "Mr. Omar Haddad, 67, takes a blood-pressure medication", "Refill of 90 tablets ready since 2025-05-02; copay $12.50", "Free delivery within 5 miles",
    ]);
    expect(s.caller.steps.map((x) => [x.title, x.lines.length])).toEqual([["Greeting", 1], ["The refill", 1], ["Pickup or delivery", 1]]);
    expect(s.caller.knowledgeBase).toEqual([
      { question: "Can I pay when it arrives?", answer: "Yes, the driver takes cards." },
      { question: "Is delivery really free?", answer: "Yes, within 5 miles there is no charge." },
    ]);
    expect(s.caller.opening).toBe("Hello, this is Nina from GreenLeaf Pharmacy. Is this Mr. Haddad?");
    expect(s.caller.endConditions).toEqual(["Pickup or delivery is arranged", "The patient asks to call back later"]);
    expect(s.caller.closingLines).toEqual(["Thank you, Mr. Haddad. Have a good day."]);
    expect(s.callee).toMatchObject({
      name: "Omar Haddad", situation: "Watching the news with the volume up.", concerns: ["Cost of the medication"],
      behaviours: ["Asks the agent to repeat numbers"], endConditions: ["Once he knows when the medicine arrives"],
      style: { positive: ["Sorry, how much was that?"], negative: ["I acknowledge receipt of your notification."] },
    });
    expect(s.facts.map((f) => f.text)).toEqual(["90-day", "67", "90 tablets", "2025-05-02", "$12.50", "5 miles"]);
  });

  it("reads 坐席设定/客户设定 sides, bold prompt-style labels, 第一步——“…” steps and numbered objections with 答：", async () => {
    const s = await readScenarioFile(fixture("zh-prompt-style.md"));
    expect([s.caller.name, s.caller.organization]).toEqual(["张丽", "华润燃气"]);
    expect(s.caller.task).toBe("预约年度入户安全检查，检查免费，约30分钟。");
    expect(s.caller.customerProfile).toHaveLength(3);
    expect(s.caller.steps).toEqual([
      { index: 1, title: "确认身份", lines: ["您好，请问是钱先生家吗？"] },
      { index: 2, title: "说明来意", lines: ["我们要给您家做年度燃气安全检查，免费的，大概30分钟。"] },
      { index: 3, title: "约定时间", lines: ["您看这周三或周四哪天方便？"] },
    ]);
    expect(s.caller.knowledgeBase).toEqual([
      { question: "要收费吗？", answer: "完全免费，检查员不会推销任何产品。" },
      { question: "怎么确认是你们的人？", answer: "检查员会出示工作证，您也可以拨打95007核实。" },
    ]);
    expect(s.caller.opening).toBe("您好，我是华润燃气的张丽，想跟您约一下今年的燃气安全检查。");
    expect(s.caller.endConditions).toEqual(["约定了具体日期和时段", "客户拒绝并说明原因"]);
    expect(s.caller.closingLines).toEqual(["好的，到时候检查员会提前1小时电话联系您，再见。"]);
    expect(s.callee.name).toBe("钱建国");
    expect(s.callee.style).toEqual({ positive: ["你们是哪个单位的？我怎么知道你不是骗子？"], negative: ["好的，请您详细介绍一下检查流程。"] });
    expect(s.callee.endConditions).toEqual(["确认对方身份后同意预约"]);
    expect(s.facts.map((f) => f.text)).toEqual(["30分钟", "5", "302", "2024-04-18", "9:00-17:00", "95007", "1小时"]);
  });

  it("assigns sections to the callee when a document has no side headings", async () => {
    const s = await readScenarioFile(fixture("en-implicit-sides.md"));
    expect(s.title).toBe("Gym membership win-back");
    expect(s.caller.name).toBe("Sam Reed");
    expect(s.caller.organization).toBe("PeakFit");
    expect(s.caller.steps.map((x) => x.lines)).toEqual([["Hi, it's Sam from PeakFit."], ["We can bring you back at $29 a month for 3 months."]]);
    expect(s.callee.background).toBe("Left 8 months ago after moving house");
    expect(s.callee.concerns).toEqual(["Distance to the gym"]);
    expect(s.callee.endConditions).toEqual(["Declines politely"]);
    expect(s.caller.endConditions).toEqual([]);
    expect(s.facts.map((f) => f.text)).toEqual(["3-month", "$29", "3 months"]);
  });

  it("warns about every missing section and leaves the field empty", async () => {
    const s = await readScenarioFile(fixture("zh-missing-sections.md"));
    expect(s.caller.name).toBe("周敏");
    expect(s.caller.organization).toBe("晴天旅行社");
    expect(s.caller.steps).toEqual([]);
    expect(s.caller.opening).toBe("您好，我是晴天旅行社的周敏，您预订的行程有变动。");
    expect(s.callee.name).toBe("");
    expect(s.diagnostics.every((d) => d.severity === "warning")).toBe(true);
    expect(warnings(s)).toEqual([
      "missing caller task (核心任务 / Task); left empty",
      "missing customer profile (目标客户画像 / Customer profile); left empty",
      "missing steps (分步流程 / Steps); left empty",
      "missing knowledge base (问答知识库 / FAQ); left empty",
      "missing caller end conditions (结束条件 / End conditions); left empty",
      "missing closing lines (结束语 / Closing lines); left empty",
      "no callee side found (接听方 / Callee); a default persona is built from the caller's customer profile (give --persona FILE)",
    ]);
  });

  it("rejects a document without a caller side, or without steps and opening, naming file and line", async () => {
    await expect(readScenarioFile(fixture("zh-no-caller.md"))).rejects.toMatchObject({
      kind: "user", code: "no-caller-side", file: fixture("zh-no-caller.md"), line: 1,
    });
    await expect(readScenarioFile(fixture("zh-no-script.md"))).rejects.toMatchObject({
      kind: "user", code: "no-script", file: fixture("zh-no-script.md"), line: 1,
    });
  });
});
