// Plain-text documents organised as a numbered outline ("1." / "1.1" / "1.1.1") or as paragraphs with "Step two:" lines:
// top-level numbers are sections, the script's sub-numbers its steps, deeper numbers a step's or a field's lines.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const ZH_OUTLINE = [
  "游泳馆会员续卡回访",
  "",
  "1. 拨打方",
  "1.1 角色：小周，蓝湾游泳馆前台，语气亲切。",
  "1.2 任务：提醒会员续卡并约好体测时间。",
  "",
  "2. 通话流程",
  "2.1 开场",
  "    话术：“您好，我是蓝湾游泳馆的小周，请问是林女士吗？”",
  "2.2 提醒到期",
  "    话术：“您的年卡下周三到期，需要帮您续上吗？”",
  "2.3 约体测",
  "    话术：“续卡送一次体测，您周六上午方便吗？”",
  "",
  "3. 常见问题",
  "3.1 续卡多少钱？—— 年卡续费一千二百元。",
  "3.2 能停卡吗？—— 每年可以停卡一次，最多一个月。",
  "",
  "4. 结束条件与结束语",
  "4.1 会员同意续卡：“好的，林女士，周六见，再见！”",
  "4.2 会员在忙：“那我晚点再打给您，再见！”",
  "",
  "5. 通话规则",
  "5.1 先确认是本人，再说卡的情况。",
  "5.2 不推销私教课。",
  "",
  "6. 被叫方",
  "6.1 人物：林女士，三十多岁，上班族。",
  "6.2 行为：说话很快，常说“行吧”。",
].join("\n");

const EN_OUTLINE = [
  "RIVERBEND LIBRARY — OVERDUE BOOK CALL",
  "",
  "1   CALLER",
  "",
  "1.1   Role",
  "      Sam, circulation desk at Riverbend Library. Patient and plain.",
  "",
  "1.2   Task",
  "      1.2.1   Remind a member that two books are overdue.",
  "      1.2.2   Agree a return date.",
  "",
  "1.3   Script",
  "      1.3.1   Step 1 - Greeting. \"Hello, this is Sam from Riverbend Library. Is that Priya",
  "              Shah?\"",
  "      1.3.2   Step 2 - The books. \"Two of your books were due back last Friday.\"",
  "      1.3.3   Step 3 - Return date. \"When could you bring them in? We are open",
  "              until seven on weekdays.\"",
  "",
  "2   CALLEE",
  "",
  "2.1   Persona",
  "      Priya Shah, a nurse on night shifts. Polite but tired.",
].join("\n");

const EN_PARAGRAPHS = [
  "Garden centre delivery check",
  "",
  "Who is calling. You are Lee, a driver's assistant at Fernhill Garden Centre.",
  "",
  "How the call goes.",
  "",
  "Step one: Greet and check the name. Say hello and wait until the person confirms they are Ms Okafor. If it is someone else, leave a message only.",
  "",
  "Step two: Confirm the delivery. \"We have your two olive trees on the van for Thursday morning. Will someone be home?\" If nobody will be home, offer Friday instead.",
  "",
  "Step three: Close. \"Thanks very much, see you Thursday.\"",
  "",
  "The person being called.",
  "",
  "Persona: Ms Okafor, retired teacher, keen gardener.",
].join("\n");

const MD_OUTLINE = [
  "# Bakery order pickup call",
  "",
  "## 1. Caller",
  "",
  "### 1.1 Role",
  "Ana, counter staff at Crumb Street Bakery.",
  "",
  "### 1.2 Script",
  "",
  "#### 1.2.1 Step 1: greeting",
  "\"Hi, this is Ana from Crumb Street Bakery. Is that Mr Hale?\"",
  "",
  "#### 1.2.2 Step 2: pickup",
  "\"Your cake is ready to collect from noon tomorrow.\"",
  "",
  "### 1.3 Knowledge base",
  "",
  "Q: Can I pay on pickup?",
  "A: Yes, by card or cash.",
  "",
  "## 2. Callee",
  "",
  "### 2.1 Persona",
  "Mr Hale, a busy father of three.",
].join("\n");

describe("numbered outline documents", () => {
  it("ends the script at the next decimal-numbered heading of its own level, and reads 'N.N.N Step N:' headings as steps", () => {
    const s = parseScenarioText(MD_OUTLINE);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["greeting", "pickup"]);
    expect(s.caller.knowledgeBase.length).toBe(1);
  });

  it("reads top-level numbers as sections and the script's sub-numbers as its steps, whatever the sub-items hold", () => {
    const s = parseScenarioText(ZH_OUTLINE);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["开场", "提醒到期", "约体测"]);
    expect(s.caller.steps[1]?.lines).toEqual(["您的年卡下周三到期，需要帮您续上吗？"]);
    expect(s.caller.knowledgeBase.length).toBe(2);
    expect(s.caller.closingLines.length).toBe(2);
  });

  it("keeps a deeper outline number whole and reads 'N.N.N Step N - Title. \"…\"' as a step, its wrapped quote one line", () => {
    const s = parseScenarioText(EN_OUTLINE);
    expect(s.caller.task).not.toMatch(/^\d/);
    expect(s.caller.task).toContain("Remind a member");
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Greeting", "The books", "Return date"]);
    expect(s.caller.steps[0]?.lines).toEqual(["Hello, this is Sam from Riverbend Library. Is that Priya Shah?"]);
    expect(s.caller.steps[2]?.lines).toEqual(["When could you bring them in? We are open until seven on weekdays."]);
  });

  it("reads 'Step two: Title. \"…\" If …' as a title sentence, a line to say and a branch", () => {
    const s = parseScenarioText(EN_PARAGRAPHS);
    expect(s.caller.steps.map((step) => step.title).slice(1)).toEqual(["Confirm the delivery", "Close"]);
    const second = s.caller.steps[1];
    expect(second?.lines).toEqual(["We have your two olive trees on the van for Thursday morning. Will someone be home?"]);
    expect(second?.branches).toEqual(["If nobody will be home, offer Friday instead."]);
    expect(s.caller.steps[2]?.lines[0]).toBe("Thanks very much, see you Thursday.");
  });
});
