// Documents real teams write (agent prompts, 话术 flows with stages, few-shot prompts, Rasa domains, platform exports):
// the layouts the reader used to misread, each in invented words.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioText, readScenarioFile } from "../src/scenario/index.js";

const lineCount = (s: ReturnType<typeof parseScenarioText>): number[] => s.caller.steps.map((step) => step.lines.length);
const branchCount = (s: ReturnType<typeof parseScenarioText>): number => s.caller.steps.reduce((n, step) => n + (step.branches?.length ?? 0), 0);

describe("an agent prompt", () => {
  const doc = [
    "# 角色",
    "你是青橙洗护的回访专员，名字叫韦晴。",
    "",
    "## 开场白",
    "“您好，我是青橙洗护的韦晴。”",
    "",
    "## 通话流程",
    "1. 问满意度：“鞋子洗得还满意吗？”",
    "   如果客户说有污渍，就告诉他：“我们免费返洗一次。”",
    "2. （不用念）在系统里记下评价。",
    "3. 约下次：“下次换季要不要再约？”",
    "",
    "## 客户的顾虑",
    "- 客户说\"太贵了\" → \"第二双半价。\"",
    "- 客户说\"没时间送\" → \"我们上门取。\"",
    "",
    "## 异议处理",
    "- 客户嫌取件慢：“明天上午一定到。”",
  ].join("\n");

  it("a condition before its consequence word is a branch; a step marked not to be read has no line", () => {
    const s = parseScenarioText(doc);
    expect(lineCount(s)).toEqual([1, 0, 1]);
    expect(branchCount(s)).toBe(1);
    expect(s.caller.steps[1]?.instructions).toEqual(["（不用念）在系统里记下评价。"]);
  });

  it("worries answered line by line and '- <situation>：“reply”' under objections are objection handling", () => {
    const s = parseScenarioText(doc);
    expect(s.caller.knowledgeBase.map((e) => [e.question, e.kind])).toEqual([
      ["太贵了", "objection"],
      ["没时间送", "objection"],
      ["客户嫌取件慢", "objection"],
    ]);
    expect(s.callee.concerns).toEqual([]);
  });
});

describe("a 话术 flow written in stages", () => {
  it("stage sections holding numbered sub-steps are the script; a sub-step struck after its number is retired", () => {
    const s = parseScenarioText(
      [
        "【青橙洗护 · 回访话术】",
        "外呼坐席：韦晴",
        "",
        "【一、开场白】",
        "话术：\"您好，我是青橙洗护的韦晴。\"",
        "",
        "【二、核对】",
        "2.1 核对单号",
        "　话术：\"麻烦报一下取件单号？\"",
        "",
        "【三、主流程】",
        "3.1 问满意度",
        "　话术：\"鞋子洗得还满意吗？\"",
        "　若客户说不满意，则说：\"我们免费返洗。\"",
        "　示范：客户说\"还行\" → \"谢谢您。\"",
        "3.2 ~~推荐护理套餐~~ 【已停用】",
        "3.3 （坐席操作，不用说）勾选回访完成。",
        "",
        "【四、结束语】",
        "话术：\"感谢您，再见！\"",
      ].join("\n"),
    );
    expect(s.caller.steps.map((step) => step.title)).toEqual(["核对单号", "问满意度", "（坐席操作，不用说）勾选回访完成。"]);
    expect(lineCount(s)).toEqual([1, 1, 0]);
    expect(branchCount(s)).toBe(1);
  });
});

describe("a few-shot prompt", () => {
  it("a lead-in naming the order makes its numbered directions the script; 'If they say … → \"…\"' pairs are objections", () => {
    const s = parseScenarioText(
      [
        "SYSTEM PROMPT — spring follow-up",
        "",
        "You are Tamsin, an adviser at Larchwood Pottery School. You call people who asked about the evening class.",
        "",
        "What to do, in this order:",
        "1. Introduce yourself and say why you are calling.",
        "2. Ask what drew them to pottery.",
        "3. Give the dates: \"It's Tuesdays from the 4th, eight weeks.\"",
        "",
        "If they say it's too dear → \"There's a concession price.\"",
        "If they're worried about the mess → \"Aprons are provided.\"",
      ].join("\n"),
    );
    expect([s.caller.name, s.caller.organization, s.caller.steps.length]).toEqual(["Tamsin", "Larchwood Pottery School", 3]);
    expect(s.caller.knowledgeBase.map((e) => e.kind)).toEqual(["objection", "objection"]);
  });
});

describe("a Rasa domain file", () => {
  it("reads the happy path's actions as steps, rules as the FAQ and objections, goodbyes as closings, slots as the record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-rasa-"));
    const file = join(dir, "domain.yml");
    writeFileSync(
      file,
      [
        "# exported by the bot team",
        "version: \"3.1\"",
        "slots:",
        "  agent_name: { type: text, initial_value: \"Nell Ferris\" }",
        "  company: { type: text, initial_value: \"Larchwood Pottery School\" }",
        "  student_name: { type: text, initial_value: \"Omar Haddad\" }",
        "  class_day: { type: text, initial_value: \"Tuesday\" }",
        "responses:",
        "  utter_opening:",
        "    - text: \"Hi {student_name}, it's {agent_name} from {company}.\"",
        "  utter_step_day:",
        "    - text: \"Your class is on {class_day} - does that still suit?\"",
        "  # utter_step_old:",
        "  #   - text: \"Retired line.\"",
        "  utter_step_kit:",
        "    - text: \"Bring old clothes; we lend the tools.\"",
        "  utter_faq_parking:",
        "    - text: \"There is free parking behind the hall.\"",
        "  utter_objection_price:",
        "    - text: \"The fee includes all the clay you use.\"",
        "  utter_goodbye:",
        "    - text: \"See you on {class_day}!\"",
        "stories:",
        "  - story: happy path",
        "    steps:",
        "      - action: utter_opening",
        "      - action: utter_step_day",
        "      - action: action_mark_called",
        "      - action: utter_step_kit",
        "      - action: utter_goodbye",
        "rules:",
        "  - rule: parking",
        "    steps:",
        "      - intent: ask_parking",
        "      - action: utter_faq_parking",
        "  - rule: price",
        "    steps:",
        "      - intent: too_expensive",
        "      - action: utter_objection_price",
      ].join("\n"),
    );
    const s = await readScenarioFile(file);
    expect([s.caller.name, s.caller.organization, s.caller.opening]).toEqual(["Nell Ferris", "Larchwood Pottery School", "Hi Omar Haddad, it's Nell Ferris from Larchwood Pottery School."]);
    expect(lineCount(s)).toEqual([1, 0, 1]);
    expect(s.caller.knowledgeBase.map((e) => e.kind ?? "faq")).toEqual(["faq", "objection"]);
    expect(s.caller.closingLines).toEqual(["See you on Tuesday!"]);
    expect(s.callee.name).toBe("Omar Haddad");
  });
});

describe("an export's staff", () => {
  it("a full form written only where the exporter is named is not the caller's full name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-export-"));
    const file = join(dir, "assistant.json");
    writeFileSync(file, JSON.stringify({
      firstMessage: "Hi, is that Omar? It's Nell from Larchwood Pottery School.",
      exported_by: "Nell Ashcombe",
      model: { messages: [{ role: "system", content: "You are Nell, calling on behalf of Larchwood Pottery School.\n\n## Steps\n1. Confirm the day: \"Is Tuesday fine?\"\n2. Kit: \"Bring old clothes.\"" }] },
    }));
    const s = await readScenarioFile(file);
    expect(s.caller.name).toBe("Nell");
  });
});
