import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

// Numbered steps whose titles are directions ("开场：问好…"); two bodies quote something that is not a line of the
// step (a message for a relative, the name of a closing). The script quotes, so the unquoted titles are instructions,
// however many steps have no body at all.
const zh = [
  "# 拨打方", "## 角色", "你是某服务公司的客服小王。", "## 分步流程",
  "1. 开场：问好，报公司和名字，确认是否本人。", "   - 非本人接听：只留言\"请回电\"，不说细节。",
  "2. 说明来意：告知保养到期。", "3. 约时间：上午或下午，客户选一个。", "   - 客户忙：按\"改约结束语\"结束。",
  "4. 提醒：提前清理场地。", "   准备好钥匙。", "5. 确认：复述日期和时段。", "6. 结束：按结束语结束。",
  "## 开场白", "您好，我是某服务公司的客服小王。",
  "# 接听方", "## 人物", "王女士，五十岁，退休教师。",
].join("\n");
const en = [
  "# Caller", "## Role", "You are Sam from a service company.", "## Steps",
  "1. Opening: greet, give the company and your name, check you have the customer.", "   - Someone else answers: only leave \"please call us back\", no details.",
  "2. Purpose: say the service is due.", "3. Book: morning or afternoon, the customer picks one.", "   - Customer busy: end with the \"callback closing\".",
  "4. Reminder: clear the area beforehand.", "   Have the keys ready.", "5. Confirm: read back the day and slot.", "6. Close: end with the closing.",
  "## Opening line", "Hello, this is Sam from the service company.",
  "# Callee", "## Persona", "Mrs Lee, fifty, a retired teacher.",
].join("\n");

describe("a script whose bodies quote a message or a closing's name", () => {
  it.each([["zh", zh], ["en", en]])("keeps its direction titles as instructions (%s)", (_lang, text) => {
    const steps = parseScenarioText(text, { file: "doc.md" }).caller.steps;
    expect(steps).toHaveLength(6);
    for (const step of steps) expect(step.lines).toEqual([]);
    expect(steps[0]?.instructions?.length).toBe(1);
  });
});
