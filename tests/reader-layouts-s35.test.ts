// Layouts the stop-35 fix round taught the reader (found on heldout-s, tested here on invented documents only): a
// workbook pasted sheet by sheet with tabs (banners "=== 工作表N：… ===", a status column retiring a row, a
// 字段/值/备注 record, a practice persona sheet), a shared doc saved as plain text (bare title lines between blank
// ones, question paragraphs, "Goodbyes" with labelled lines, a metadata line naming an owner, a persona card), a
// playbook with rule-framed section titles, "Step N - …" lines, labelled wrap-up blocks and a role-play card after an
// implied callee side, a "no fixed wording" step, and name=value test values for placeholders.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-s35-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const T = "\t";
const workbook = [
  "某某燃气 安检预约外呼话术表.xlsx",
  "",
  "==================== 工作表1：说明 ====================",
  `项目${T}内容`,
  `外呼人${T}客服 甲乙（电话里自称“小甲”）`,
  `任务${T}约上门安检时间`,
  "",
  "==================== 工作表2：本次客户 ====================",
  `字段${T}值${T}备注`,
  `户主${T}丙丁${T}女，60岁`,
  `户号${T}7788 1234${T}核身用后四位，不能先说`,
  `地址${T}某区某路9号${T}门牌不念`,
  "",
  "==================== 工作表3：话术流程 ====================",
  `序号${T}环节${T}话术${T}客户回应${T}下一步${T}状态`,
  `1${T}开场${T}您好，请问是丙丁丙阿姨家吗？我是某某燃气的小甲。${T}是本人${T}2${T}启用`,
  `${T}${T}${T}打错了${T}结束-打错${T}`,
  `2${T}核身${T}麻烦您报一下户号后四位。${T}对上了${T}3${T}启用`,
  `3（旧）${T}推荐报警器${T}顺便给您装个报警器，活动价两百元。${T}${T}3${T}停用`,
  `3${T}约时间${T}周二上午或周三下午，您看哪个方便？${T}选了一个${T}4${T}启用`,
  `4${T}复述确认${T}（无固定话术）复述约定时间，客户说对→结束-已约${T}${T}${T}启用`,
  "",
  "==================== 工作表4：知识库 ====================",
  `编号${T}客户问${T}标准回答`,
  `K1${T}安检要钱吗？${T}免费，不收任何费用。`,
  `K2${T}要多久？${T}大概二十分钟。`,
  "",
  "==================== 工作表5：红线 ====================",
  `序号${T}红线`,
  `1${T}核身之前不说地址。`,
  `2${T}不推销任何东西。`,
  `3${T}不收任何费用。`,
  "",
  "==================== 工作表6：结束语 ====================",
  `编号${T}场景${T}话术`,
  `结束-已约${T}约好了${T}好的，那就{约定时间}，师傅上门前会打电话。再见！`,
  `结束-打错${T}打错了${T}不好意思，打扰了，再见。`,
  "",
  "==================== 工作表7：陪练客户 ====================",
  `项目${T}内容`,
  `身份${T}丙丁，60岁，退休。`,
  `挂电话${T}对方说再见后挂。`,
].join("\n");

const plainDoc = [
  "Spring Window Round 2027 - Call Guide",
  "Owner: Sam Example (Team Lead)   Last updated: 2 Feb 2027",
  "",
  "",
  "Customer on screen",
  "* Customer: Mr Alex Sample",
  "* Ref no.: WX-100",
  "* Phone: 0000 000 000",
  "",
  "",
  "Opening",
  "\"Hi, is that Alex Sample? It's Jo from Example Windows, about your window clean.\"",
  "",
  "",
  "The call, step by step",
  "1. Check it's him. \"Can you tell me your reference number, please?\"",
  "2. Book a day. \"I can do Monday or Tuesday morning. Which is better?\"",
  "3. Read back the day, then use the matching goodbye below.",
  "",
  "",
  "Questions people ask",
  "How much is it?",
  "It's £20 for the whole house.",
  "",
  "Do I need to be in?",
  "No, as long as the side gate is open.",
  "",
  "Can you do the conservatory?",
  "Yes, for £10 more.",
  "",
  "",
  "Goodbyes (say one, as written)",
  "Booked: \"Lovely, see you {day}. Bye!\"",
  "Call back: \"No problem, I'll ring back {time}. Bye.\"",
  "Wrong number: \"Sorry to bother you. Bye.\"",
  "",
  "",
  "Practice customer (for role-play)",
  "Alex Sample, 52, works from home and likes short calls.",
].join("\n");

const rule = "-".repeat(40);
const playbook = [
  "ABOUT THIS PLAYBOOK",
  "You are Jo Example, booking assistant at Example Legal LLP. You ring buyers to book a signing.",
  "",
  rule, "SECTION 1 · OPENING", rule,
  "Say:",
  "  \"Hello, is that Kim Sample? It's Jo from Example Legal.\"",
  "",
  rule, "SECTION 2 · CALL STEPS", rule,
  "Step 1 - Identity check",
  "  Say: \"Can I check your date of birth, please?\"",
  "",
  "Step 2 - Book the signing",
  "  Say: \"I can do Monday at ten or Tuesday at two. Which suits you?\"",
  "",
  "Step 3 - What to bring",
  "  Say: \"Please bring your passport.\"",
  "",
  rule, "SECTION 3 · WRAP-UPS (pick one, say it as written)", rule,
  "W1  Booked:",
  "    \"Lovely, that's you booked in for {slot}. Thanks, Kim,",
  "     bye.\"",
  "W2  Call back:",
  "    \"No problem, I'll call you back at {time}. Bye for now.\"",
  "",
  "=".repeat(40),
  "ROLE-PLAY CARD (the trainee plays Jo)",
  "=".repeat(40),
  "You are Kim Sample, 34, a nurse buying a first flat.",
  "",
  "How you behave:",
  " - short answers, a bit tired;",
  "Style - don't: read this card out.",
].join("\n");

const prompt = [
  "# 角色",
  "",
  "你是「某某保险代理」的续保专员张某某，电话里自称“小张”。",
  "",
  "## 客户资料",
  "",
  "- 车主：{{owner}}",
  "- 车牌：{{plate}}",
  "",
  "（测试取值：owner=李某某；plate=某A·12345）",
  "",
  "## 开场白",
  "",
  "「您好，请问是{{owner}}吗？我是某某保险代理的小张。」",
  "",
  "## 通话步骤",
  "",
  "1. 核身：「麻烦您说一下车牌后三位。」",
  "2. 告知到期：「您的车险下个月到期。」",
].join("\n");

describe("reader: layouts of the stop-35 fix round (invented documents)", () => {
  it("a workbook pasted as tab-separated sheets: steps, retired row, record, FAQ, rules, closings, persona", async () => {
    const s = await readScenarioFile(file("workbook.txt", workbook));
    expect(s.caller.steps.map((step) => step.title)).toEqual(["开场", "核身", "约时间", "复述确认"]);
    expect(s.caller.steps[3]?.lines).toEqual([]);
    expect(s.caller.knowledgeBase.map((e) => e.question)).toEqual(["安检要钱吗？", "要多久？"]);
    expect(s.caller.customerProfile.some((line) => line.includes("7788 1234"))).toBe(true);
    expect(s.caller.closingLines.length).toBe(2);
    expect(s.caller.name).toBe("甲乙");
    expect(s.callee.name).toBe("丙丁");
    expect(s.diagnostics.some((d) => d.message.includes("retired") && d.line === 19)).toBe(true);
  });

  it("a shared doc saved as plain text: bare titles, question paragraphs, goodbyes, a metadata owner, a persona card", async () => {
    const s = await readScenarioFile(file("plain.txt", plainDoc));
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.knowledgeBase.map((e) => e.question)).toEqual(["How much is it?", "Do I need to be in?", "Can you do the conservatory?"]);
    expect(s.caller.closingLines.length).toBe(3);
    expect(s.caller.customerProfile.some((line) => line.includes("WX-100"))).toBe(true);
    expect(s.callee.name).toBe("Alex Sample");
    expect(s.callee.name).not.toBe("Sam Example");
  });

  it("a playbook: framed titles, 'Step N -' steps, labelled wrap-up blocks, a role-play card", async () => {
    const s = await readScenarioFile(file("playbook.txt", playbook));
    expect(s.caller.opening).toContain("Hello, is that Kim Sample?");
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Identity check", "Book the signing", "What to bring"]);
    expect(s.caller.closingLines).toEqual(["Lovely, that's you booked in for {slot}. Thanks, Kim, bye.", "No problem, I'll call you back at {time}. Bye for now."]);
    expect(s.caller.name).toBe("Jo Example");
    expect(s.callee.name).toBe("Kim Sample");
  });

  it("one line of name=value test values fills the placeholders it names", async () => {
    const s = await readScenarioFile(file("prompt.md", prompt));
    expect(s.callee.name).toBe("李某某");
    expect(s.caller.opening).toContain("李某某");
  });
});
