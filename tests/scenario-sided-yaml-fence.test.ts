// A whole scenario written as YAML under side keys inside one fence, in Chinese or English keys: the keys become
// headings and the ordinary reader reads both sides (found on a held-back document, after its measurement).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "callsim-yaml-")), name);
  writeFileSync(path, text);
  return path;
}

const ZH = `# 配置

\`\`\`yaml
拨打方:
  角色: 小林，某宽带公司的回访专员。
  任务: 确认师傅上门装机是否顺利。
  流程:
    - 第1步 确认身份: “您好，请问是王女士吗？”
    - 第2步 询问情况: “师傅昨天装机顺利吗？”
    - 第3步 结束: “感谢您的时间，再见。”
  问答知识库:
    - 问: 装机收费吗？
      答: 装机免费。
  开场白: “您好，请问是王女士吗？我是宽带公司的小林。”
接听方:
  角色: 王女士，退休教师，说话慢。
  关切:
    首要: 会不会另外收钱。
\`\`\`
`;

const EN = `# Config

\`\`\`yaml
caller:
  role: Sam, a support agent of a bike repair shop.
  task: Confirm the repaired bike can be collected.
  steps:
    - "Hi, is this Alex?"
    - "Your bike is ready to collect. When would suit you?"
  faq:
    - q: Do you take cards?
      a: Yes, all major cards.
callee:
  role: Alex, a student who rides to class every day.
\`\`\`
`;

describe("a scenario written as YAML under side keys", () => {
  it("zh: 拨打方/接听方 keys are read as the two sides", async () => {
    const scenario = await readScenarioFile(file("zh.md", ZH));
    expect(scenario.caller.steps).toHaveLength(3);
    expect(scenario.caller.knowledgeBase).toHaveLength(1);
    expect(scenario.caller.opening).toContain("小林");
    expect(scenario.callee.concerns.length).toBeGreaterThan(0);
  });

  it("en: caller/callee keys are read as the two sides", async () => {
    const scenario = await readScenarioFile(file("en.md", EN));
    expect(scenario.caller.steps).toHaveLength(2);
    expect(scenario.caller.knowledgeBase).toHaveLength(1);
    expect(scenario.callee.role).toContain("student");
  });
});
