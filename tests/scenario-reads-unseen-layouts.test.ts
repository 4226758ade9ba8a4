// Layouts met in documents written for other trades: the customer named as patient / 业主 / 考生, sides named in
// parentheses or as "角色A", label lines inside the script, style examples in a table, run-on end conditions,
// numbered sections around a numbered script, and Chinese UTF-16 without a BOM. Each small document is read exactly.
import { describe, expect, it } from "vitest";
import { parseScenarioBytes, parseScenarioText } from "../src/scenario/index.js";
import type { Scenario } from "../src/schema/index.js";

const CALLEE_ZH = ["【接听方】", "角色：赵强，40岁。", "背景：上班族。", "关切点：", "- 价格", "行为表现：", "- 说话快", "回复风格：", "正面示例：“嗯，你说。”", "反面示例：“非常感谢您的专业服务。”", "结束条件：", "1. 听完后挂断。"].join("\n");

function zhCaller(parts: { head?: string; profileHeading?: string; extra?: string } = {}): string {
  return [
    parts.head ?? "【拨打方】",
    "角色：李娜——安泰物业服务中心的管家，工作3年。",
    "任务：提醒缴费。",
    `${parts.profileHeading ?? "客户信息"}：`,
    "- 业主：赵强先生，物业费1,200元",
    "通话步骤：",
    "1. 确认身份：“您好，请问是赵强先生吗？”",
    "2. 说明费用：“今年的物业费是1,200元。”",
    "开场白：“您好，我是安泰物业的李娜。”",
    "结束条件：",
    "1. 业主同意缴费；",
    "2. 接电话的不是赵强本人。",
    "结束语：",
    "- “好的，再见。”",
    parts.extra ?? "",
  ].join("\n");
}

const shape = (s: Scenario): unknown => ({
  caller: s.caller.name,
  organization: s.caller.organization,
  profile: s.caller.customerProfile,
  steps: s.caller.steps.map((step) => [step.title, ...step.lines]),
  kb: s.caller.knowledgeBase.map((e) => [e.question, e.answer]),
  end: s.caller.endConditions,
  closing: s.caller.closingLines,
  callee: s.callee.name,
  calleeEnd: s.callee.endConditions,
  style: s.callee.style,
});

describe("the customer under other names", () => {
  it("'业主信息', '考生信息', '已知客户信息' are the customer profile", () => {
    for (const heading of ["业主信息", "考生信息", "已知客户信息", "会员资料"]) {
      const s = parseScenarioText(`${zhCaller({ profileHeading: heading })}\n${CALLEE_ZH}`);
      expect(s.caller.customerProfile).toEqual(["业主：赵强先生，物业费1,200元"]);
      expect(s.caller.extraSections).toEqual([]);
    }
  });

  it("'# Patient' and '## Member (callee)' open the callee side; 'What you know about the patient' is the profile", () => {
    for (const side of ["# Patient", "# Member (callee)", "# The person being called", "# Respondent"]) {
      const doc = [
        "# Agent",
        "## Role",
        "Maria Lopez — scheduling coordinator at Riverside Hospital.",
        "## What you know about the patient",
        "- Appointment on 2025-10-14 at 9:30 am",
        "## Call script",
        'Step 1: Greet\n- "Hello, may I speak with Tom Reed?"',
        "## End conditions\n1. He confirms.",
        side,
        "## Who they are\nTom Reed, 68, retired.",
        "## End conditions\n1. He says bye.\n2. Someone knocks at the door.",
      ].join("\n");
      const s = parseScenarioText(doc);
      expect([s.callee.name, s.callee.endConditions.length, s.caller.endConditions]).toEqual(["Tom Reed", 2, ["He confirms."]]);
      expect(s.caller.customerProfile).toEqual(["Appointment on 2025-10-14 at 9:30 am"]);
    }
  });

  it("a side named only inside parentheses: '二、考生（接听方）'", () => {
    const doc = zhCaller({ head: "一、招生老师（拨打方）" }) + "\n" + CALLEE_ZH.replace("【接听方】", "二、考生（接听方）");
    const s = parseScenarioText(doc);
    expect([s.caller.name, s.callee.name, s.callee.endConditions]).toEqual(["李娜", "赵强", ["听完后挂断"]]);
  });

  it("lettered roles name the sides: '## 角色A：外呼客服' / '## 角色B：客户'", () => {
    const doc = zhCaller({ head: "## 角色A：外呼客服" }) + "\n" + CALLEE_ZH.replace("【接听方】", "## 角色B：客户");
    const s = parseScenarioText(doc);
    expect([s.caller.name, s.caller.steps.length, s.callee.name]).toEqual(["李娜", 2, "赵强"]);
  });

  it("'## Caller profile' / '## Callee profile' are sides whose ### sections are read; 'Context' on the callee side is background", () => {
    const doc = [
      "## Caller profile", "### Role", "Nina Patel, technician at CareWell Pharmacy.", "### Talking points", '1. Greet: "Hello, is this George Hall?"',
      "### Call opening", '"Hello, this is Nina from CareWell Pharmacy."', "### Wrap-up", "- The customer confirms pickup.", '- "See you soon. Bye."',
      "## Callee profile", "### Who they are", "George Hall, 71, retired.", "### Context", "- Collects on Fridays.", "### Example phrases", '- "Say that again?"',
      "### Phrases to avoid", '- "I acknowledge receipt."', "### When the customer hangs up", "- He says cheerio.",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(shape(s)).toMatchObject({
      caller: "Nina Patel", organization: "CareWell Pharmacy", steps: [["Greet", "Hello, is this George Hall?"]], end: ["The customer confirms pickup."], closing: ["See you soon. Bye."],
      callee: "George Hall", calleeEnd: ["He says cheerio."], style: { positive: ["Say that again?"], negative: ["I acknowledge receipt."] },
    });
    expect(s.caller.opening).toBe("Hello, this is Nina from CareWell Pharmacy.");
    expect(s.callee.background).toBe("Collects on Fridays.");
  });
});

describe("organisations", () => {
  it("an organisation suffix running into another ('星联通信'), and clinics ('微笑齿科')", () => {
    const org = (role: string): string | null => parseScenarioText(zhCaller().replace("李娜——安泰物业服务中心的管家，工作3年。", role)).caller.organization;
    expect(org("李娜——星联通信客户服务中心的套餐顾问。")).toBe("星联通信");
    expect(org("李娜——微笑齿科门诊部的客服专员。")).toBe("微笑齿科");
    expect(org("李娜——安泰物业服务中心的管家，工作3年。")).toBe("安泰物业");
  });
});

describe("names and organisations in other phrasings", () => {
  it.each([
    ["Dr. Sarah J. Miller — clinical coordinator at St. Mary's Hospital.", "Sarah J. Miller", "St. Mary's Hospital"],
    ["You are Tom O'Brien, a collections agent for Apex Credit Union.", "Tom O'Brien", "Apex Credit Union"],
    ["Name: Jenny Wu. Company: BrightPath Tutoring. Title: enrolment advisor.", "Jenny Wu", "BrightPath Tutoring"],
    ["Agent: Carlos Mendez (Senior Advisor, GreenLeaf Energy)", "Carlos Mendez", "GreenLeaf Energy"],
    ["The caller is Emma Brown, a claims handler with Harbour Insurance Ltd.", "Emma Brown", "Harbour Insurance Ltd"],
    ["Emma Brown works as a claims handler at Harbour Insurance Ltd.", "Emma Brown", "Harbour Insurance Ltd"],
    ["Jamal Wright, 45 — regional sales lead, Orbit Telecom", "Jamal Wright", "Orbit Telecom"],
    ["小李（李晓明），蓝天航空客服中心的值机专员。", "李晓明", "蓝天航空"],
    ["你是张伟，一名来自顺丰速运华南区的客服专员。", "张伟", "顺丰速运"],
    ["角色：陈思思，28岁，平安好医生的健康顾问。", "陈思思", "平安好医生"],
    ["周静，女，入行6年的回访专员。", "周静", null],
    ["你是客户王芳，35岁，公司白领。", "王芳", null],
    ["You are the customer, Li Hua, a 35-year-old teacher.", "Li Hua", null],
    ["You play Mr. David Chen, 52, a restaurant owner.", "David Chen", null],
    ["Customer name: Priya Raman. IT manager at Harborline.", "Priya Raman", "Harborline"],
    ["你是“安居家政”的客服小周（周晓），负责回访。", "周晓", "安居家政"],
    ["你扮演林女士，42岁，大学老师。", "林女士", null],
  ])("%s", (role, name, organization) => {
    const s = parseScenarioText(`## 拨打方\n### 角色\n${role}\n### 开场白\n“您好。”`);
    expect([s.caller.name, s.caller.organization]).toEqual([name, organization]);
  });
});

describe("lines and lists", () => {
  it("'话术：“…”' label lines stay in their step; bold '**第一步：…**' steps", () => {
    const doc = zhCaller().replace(
      "1. 确认身份：“您好，请问是赵强先生吗？”\n2. 说明费用：“今年的物业费是1,200元。”",
      "**第一步：确认身份**\n话术：“您好，请问是赵强先生吗？”\n话术：“我是安泰物业的李娜。”\n**第二步：说明费用**\n话术：“今年的物业费是1,200元。”",
    );
    expect(parseScenarioText(`${doc}\n${CALLEE_ZH}`).caller.steps.map((s) => [s.title, ...s.lines])).toEqual([
      ["确认身份", "您好，请问是赵强先生吗？", "我是安泰物业的李娜。"],
      ["说明费用", "今年的物业费是1,200元。"],
    ]);
  });

  it("end conditions written on one line split on ； and ①; (a) list marks are not text", () => {
    const runOn = zhCaller().replace("结束条件：\n1. 业主同意缴费；\n2. 接电话的不是赵强本人。", "结束条件：业主同意缴费；业主说再考虑；接电话的不是赵强本人。");
    expect(parseScenarioText(`${runOn}\n${CALLEE_ZH}`).caller.endConditions).toEqual(["业主同意缴费", "业主说再考虑", "接电话的不是赵强本人"]);
    const circled = CALLEE_ZH.replace("结束条件：\n1. 听完后挂断。", "结束条件：①听完后挂断；②忙的时候挂断。");
    expect(parseScenarioText(`${zhCaller()}\n${circled}`).callee.endConditions).toEqual(["听完后挂断", "忙的时候挂断"]);
    const lettered = zhCaller().replace("1. 业主同意缴费；\n2. 接电话的不是赵强本人。", "(a) 业主同意缴费；\n(b) 接电话的不是赵强本人。");
    expect(parseScenarioText(`${lettered}\n${CALLEE_ZH}`).caller.endConditions).toEqual(["业主同意缴费", "接电话的不是赵强本人"]);
  });

  it("正面：「…」「…」反面：「…」 on one line; concerns written on one line split on ；", () => {
    const doc = CALLEE_ZH.replace("正面示例：“嗯，你说。”\n反面示例：“非常感谢您的专业服务。”", "正面：「嗯，你说。」「多少钱？」反面：「感谢贵公司的提醒。」").replace("关切点：\n- 价格", "关切点：价格贵不贵；能不能分期。");
    const s = parseScenarioText(`${zhCaller()}\n${doc}`);
    expect(s.callee.style).toEqual({ positive: ["嗯，你说。", "多少钱？"], negative: ["感谢贵公司的提醒。"] });
    expect(s.callee.concerns).toEqual(["价格贵不贵", "能不能分期"]);
  });

  it("style examples in a 正面 | 反面 table; closing lines in a situation | line table", () => {
    const table = CALLEE_ZH.replace("正面示例：“嗯，你说。”\n反面示例：“非常感谢您的专业服务。”", "| 正面示例 | 反面示例 |\n| --- | --- |\n| “嗯，你说。” | “非常感谢您的专业服务。” |\n| “多少钱？” | “请详细介绍。” |");
    expect(parseScenarioText(`${zhCaller()}\n${table}`).callee.style).toEqual({ positive: ["嗯，你说。", "多少钱？"], negative: ["非常感谢您的专业服务。", "请详细介绍。"] });
    const closings = zhCaller().replace("- “好的，再见。”", "| 情况 | 结束语 |\n| --- | --- |\n| 同意 | “好的，再见。” |\n| 非本人 | “打扰了，再见。” |");
    expect(parseScenarioText(`${closings}\n${CALLEE_ZH}`).caller.closingLines).toEqual(["好的，再见。", "打扰了，再见。"]);
  });

  it("'**1. 问题？**' bold question lines with the answer below lose their number; '#### Q:' headings; FAQ / Good / Bad labels", () => {
    const kb = zhCaller({ extra: "常见问题：\n**1. 能分期吗？**\n可以按季度缴。\n**2. 能开发票吗？**\n可以开电子发票。" });
    expect(parseScenarioText(`${kb}\n${CALLEE_ZH}`).caller.knowledgeBase).toEqual([
      { question: "能分期吗？", answer: "可以按季度缴。" },
      { question: "能开发票吗？", answer: "可以开电子发票。" },
    ]);
    const en = [
      "CALLER", "ROLE: Hannah Price, specialist at Lakeshore Mutual.", "CALL STEPS:", 'Step 1 — Greet\nSay: "Hi, is this David?"', "FREQUENTLY ASKED QUESTIONS:",
      "1. Q: Why did it go up?\n   A: Repair costs rose.", "CUSTOMER", "ROLE: David Moreno, 36.", "REPLY STYLE:", "Good:", '- "Yeah, it\'s David."', "Bad:", '- "Thank you for contacting me."',
    ].join("\n");
    const s = parseScenarioText(en);
    expect(shape(s)).toMatchObject({ steps: [["Greet", "Hi, is this David?"]], kb: [["Why did it go up?", "Repair costs rose."]], style: { positive: ["Yeah, it's David."], negative: ["Thank you for contacting me."] } });
  });

  it("a numbered section heading right after the numbered script closes it; '#### 4.1' labels are not lines or facts", () => {
    const doc = [
      "## 一、外呼人员", "### 1. 角色", "孙伟——华燃燃气客户服务中心的预约专员。", "### 2. 通话流程", "#### 2.1 开场", "第一步：问好", "话术：『您好，请问是周敏女士吗？』",
      "#### 2.2 来意", "第二步：说明安检", "话术：『安检免费，大概20分钟。』", "### 3. 常见问题", "问：要收费吗？答：免费。", "### 4. 开场白", "『您好，我是华燃燃气的孙伟。』",
      "## 二、用户", "### 1. 角色", "周敏，58岁。", "### 2. 结束条件", "1. 约好时间后挂断。",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(shape(s)).toMatchObject({ steps: [["问好", "您好，请问是周敏女士吗？"], ["说明安检", "安检免费，大概20分钟。"]], kb: [["要收费吗？", "免费。"]], callee: "周敏" });
    expect(s.caller.opening).toBe("您好，我是华燃燃气的孙伟。");
    expect(s.facts.map((f) => f.text)).toEqual(["20分钟"]);
  });
});

describe("sample exchanges inside the script", () => {
  it("the customer's lines in a step are not the caller's; a conditional caller line is; '或：' opens an alternative opening", () => {
    const doc = zhCaller()
      .replace(
        "1. 确认身份：“您好，请问是赵强先生吗？”\n2. 说明费用：“今年的物业费是1,200元。”",
        "1. **开场**\n   - 坐席：“您好，请问是赵强先生吗？”\n   - 客户可能回答：“是我，什么事？”\n2. **说明费用**\n   - “今年的物业费是1,200元。”\n   - 客户：“太贵了。”\n   - 若客户问能否分期：“可以按季度缴。”",
      )
      .replace("开场白：“您好，我是安泰物业的李娜。”", "开场白：\n“您好，我是安泰物业的李娜。”\n或：“赵先生您好，打扰您一分钟。”");
    const s = parseScenarioText(`${doc}\n${CALLEE_ZH}`);
    expect(s.caller.steps.map((step) => [step.title, ...step.lines])).toEqual([
      ["开场", "您好，请问是赵强先生吗？"],
      ["说明费用", "今年的物业费是1,200元。", "可以按季度缴。"],
    ]);
    expect(s.caller.opening).toBe("您好，我是安泰物业的李娜。");
  });

  it("'信用卡中心' is not cut at the '通信' inside it", () => {
    const s = parseScenarioText(`${zhCaller().replace("安泰物业服务中心的管家", "汇通信用卡中心的分期专员")}\n${CALLEE_ZH}`);
    expect(s.caller.organization).toBe("汇通信用卡中心");
  });
});

describe("steps numbered like sections", () => {
  const doc = (steps: string, last: boolean): string => {
    const caller = ["一、物业管家", "（一）角色", "李娜——安泰物业服务中心的管家。", "（二）开场白", "“您好，我是安泰物业的李娜。”", "（三）结束条件", "1. 业主同意缴费。"];
    const script = ["（四）通话步骤", steps];
    const callee = ["二、业主", "（一）角色", "赵强，40岁。", "（二）结束条件", "1. 听完后挂断。"];
    return (last ? [...caller, ...script, ...callee] : [caller[0], caller[1], caller[2], ...script, "（五）开场白", caller[4], "（六）结束条件", caller[6], ...callee]).join("\n");
  };

  it("'一、开场：“…”' steps inside '（四）通话步骤', closed by the next numbered section or by '二、业主'", () => {
    for (const last of [true, false]) {
      const s = parseScenarioText(doc("一、开场：“您好，请问是赵强先生吗？”\n二、说明费用：“今年的物业费是1,200元。”", last));
      expect([s.caller.steps.map((step) => [step.title, ...step.lines]), s.caller.opening, s.caller.endConditions, s.callee.name]).toEqual([
        [["开场", "您好，请问是赵强先生吗？"], ["说明费用", "今年的物业费是1,200元。"]],
        "您好，我是安泰物业的李娜。",
        ["业主同意缴费"],
        "赵强",
      ]);
    }
  });

  it("a numbered step that is only a sentence is its own line", () => {
    const s = parseScenarioText(doc("1. 您好，请问是赵强先生吗？\n2. 今年的物业费是1,200元。", true));
    expect(s.caller.steps.map((step) => step.lines)).toEqual([["您好，请问是赵强先生吗？"], ["今年的物业费是1,200元。"]]);
  });
});

describe("labels and directions inside steps", () => {
  it("'话术：' on its own line introduces the lines; '注意：…' is a direction, not a line", () => {
    const doc = zhCaller().replace(
      "1. 确认身份：“您好，请问是赵强先生吗？”\n2. 说明费用：“今年的物业费是1,200元。”",
      "步骤一：开场\n话术：\n- “您好，请问是赵强先生吗？”\n步骤二：说明费用\n话术：\n- “今年的物业费是1,200元。”\n注意：不要催促业主。\n- 跟您说明两件事：",
    );
    expect(parseScenarioText(`${doc}\n${CALLEE_ZH}`).caller.steps.map((s) => s.lines)).toEqual([["您好，请问是赵强先生吗？"], ["今年的物业费是1,200元。", "跟您说明两件事："]]);
  });
});

describe("knowledge base written as directions", () => {
  it("'If she asks …: “…”', '如果客户问…：…', quoted questions with an arrow", () => {
    const kb = zhCaller({ extra: "常见问题：\n- 如果客户问能不能退款：可以，7天内无理由退款。\n- 若客户问到多久到账，就说：1到3个工作日。\n- “能开发票吗？” → “可以开电子发票。”" });
    expect(parseScenarioText(`${kb}\n${CALLEE_ZH}`).caller.knowledgeBase).toEqual([
      { question: "能不能退款", answer: "可以，7天内无理由退款。" },
      { question: "多久到账", answer: "1到3个工作日。" },
      { question: "能开发票吗？", answer: "可以开电子发票。" },
    ]);
    const en = zhCaller({ extra: 'FAQ:\n- If she asks whether there is an exit fee: "There is no exit fee."\n- Why is it going up? — Wholesale prices rose.' });
    expect(parseScenarioText(`${en}\n${CALLEE_ZH}`).caller.knowledgeBase).toEqual([
      { question: "whether there is an exit fee", answer: "There is no exit fee." },
      { question: "Why is it going up?", answer: "Wholesale prices rose." },
    ]);
  });
});

describe("end conditions paired with their closing lines", () => {
  it("'- If the customer agrees: “…”' in every item gives a condition and a closing line each", () => {
    const doc = [
      "## Caller", "### Role", "Ben Ortiz, support specialist at QuickFix Appliances.", "### Steps", '1. Greet: "Hi, is this Mia Lopez?"', "### Ending the call",
      '- If the customer confirms the slot: "Great, see you on the 8th. Bye!"', '- If it is not Mia Lopez: "Sorry to bother you, goodbye."',
      "## Callee", "### Role", "Mia Lopez, 33.", "### End conditions", "1. She confirms and hangs up.",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect([s.caller.endConditions, s.caller.closingLines]).toEqual([["If the customer confirms the slot", "If it is not Mia Lopez"], ["Great, see you on the 8th. Bye!", "Sorry to bother you, goodbye."]]);
  });
});

describe("Setext headings", () => {
  it("'Caller' / '======' sides and '----' underlined sections; a step written only as its line is titled by it", () => {
    const doc = [
      "Caller", "======", "", "Role", "----", "Ben Ortiz, support specialist at QuickFix Appliances.", "", "Steps", "-----",
      '1. "Hi, is this Mia Lopez? This is Ben from QuickFix Appliances."', '2. "Your repair is booked for 2025-07-08."', "",
      "Callee", "======", "", "Role", "----", "Mia Lopez, 33, designer.", "", "End conditions", "--------------", "1. She confirms and hangs up.",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(shape(s)).toMatchObject({
      caller: "Ben Ortiz", organization: "QuickFix Appliances", callee: "Mia Lopez", calleeEnd: ["She confirms and hangs up."],
      steps: [["Hi, is this Mia Lopez? This is Ben from QuickFix Appliances.", "Hi, is this Mia Lopez? This is Ben from QuickFix Appliances."], ["Your repair is booked for 2025-07-08.", "Your repair is booked for 2025-07-08."]],
    });
  });
});

describe("encodings", () => {
  it("a mostly-Chinese document saved as UTF-16 without a BOM, either byte order", () => {
    const text = `${zhCaller()}\n${CALLEE_ZH}`;
    const expected = shape(parseScenarioText(text));
    const le = Buffer.from(text, "utf16le");
    expect(shape(parseScenarioBytes(le))).toEqual(expected);
    expect(shape(parseScenarioBytes(Buffer.from(le).swap16()))).toEqual(expected);
    expect(parseScenarioBytes(Buffer.from(le).swap16()).diagnostics[0]).toEqual({ severity: "warning", message: "decoded as UTF-16BE (not UTF-8)", line: null });
  });
});
