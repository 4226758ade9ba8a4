// The five example scenarios parse to the counts, names and figures their .truth.json files record.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { FigureIndex, extractFigures } from "../src/text/figures.js";
import type { Truth } from "./fixtures/truth.js";


const dir = join(import.meta.dirname, "..", "examples");
const examples = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();

describe("example scenarios", () => {
  it("finds all five examples", () => {
    expect(examples).toHaveLength(5);
  });

  for (const file of examples) {
    const truth = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, ".truth.json")), "utf8")) as Truth;

    it(`${file}: counts, names and language match the truth file`, async () => {
      const s = await readScenarioFile(join(dir, file));
      expect(s.language).toBe(truth.language);
      expect(s.caller.name).toBe(truth.caller.name);
      expect(s.caller.organization).toBe(truth.caller.organization);
      expect(s.caller.steps).toHaveLength(truth.caller.steps);
      expect(s.caller.knowledgeBase).toHaveLength(truth.caller.kb);
      expect(s.caller.endConditions).toHaveLength(truth.caller.endConditions);
      expect(s.caller.closingLines).toHaveLength(truth.caller.closingLines);
      expect(s.caller.opening !== null).toBe(truth.caller.hasOpening);
      expect(s.callee.name).toBe(truth.callee.name);
      expect(s.callee.endConditions).toHaveLength(truth.callee.endConditions);
      expect(s.callee.style.positive).toHaveLength(truth.callee.positiveExamples);
      expect(s.callee.style.negative).toHaveLength(truth.callee.negativeExamples);
      expect(s.diagnostics).toEqual([]);
      expect(s.caller.steps.map((step) => step.index)).toEqual(Array.from({ length: truth.caller.steps }, (_, i) => i + 1));
      for (const step of s.caller.steps) {
        expect(step.title).not.toBe("");
        expect(step.lines.length).toBeGreaterThan(0);
      }
    });

    it(`${file}: every truth figure is among the facts, as written or with the same value`, async () => {
      const s = await readScenarioFile(join(dir, file));
      const texts = new Set(s.facts.map((f) => f.text));
      const index = new FigureIndex(s.facts.map((f) => f.text));
      const exact = truth.facts.filter((t) => texts.has(t));
      const byValue = truth.facts.filter((t) => !texts.has(t) && extractFigures(t).length > 0 && extractFigures(t).every((f) => index.has(f)));
      const missing = truth.facts.filter((t) => !exact.includes(t) && !byValue.includes(t));
      expect(missing).toEqual([]);
      // Exact-text matches are most of them; the rest are figures written with a word around them ("尾号6218").
      expect(exact.length).toBeGreaterThanOrEqual(truth.facts.length - 4);
      // Facts carry their source line, and no list numbering slips in.
      const lines = readFileSync(join(dir, file), "utf8").split("\n");
      for (const fact of s.facts) {
        expect(lines[fact.line - 1]?.trim()).toBe(fact.source);
        expect(fact.source).toContain(fact.text);
      }
      expect(new Set(s.facts.map((f) => f.text)).size).toBe(s.facts.length);
    });
  }
});

describe("the seed scenario in detail", () => {
  it("reads steps, Q&A, opening, end conditions and closing lines with quotes removed", async () => {
    const s = await readScenarioFile(join(dir, "00-seed-service-followup.md"));
    expect(s.caller.steps[0]).toEqual({
      index: 1,
      title: "开场确认身份，保障信息安全，展现专业信任感",
      lines: ["您好，请问是张强先生吗？", "我是长江公司客户服务回访员李明，今天的电话只针对服务体验收集，不涉及营销，也不会索取任何敏感信息。您可以随时要求终止。"],
    });
    expect(s.caller.knowledgeBase[0]).toEqual({
      question: "10分钟响应时长是怎样精确记录的？",
      answer: "系统从您提交工单时开始计时，至客服首次主动回复为止，全程有时间戳，所有异常会自动预警并分级处理。",
    });
    expect(s.caller.opening).toBe("您好，请问是张强先生吗？我是长江公司客户服务回访员李明。此次来电是想请您反馈一下上次客服体验详情，全部信息仅用于流程改进，不做任何推广或索取敏感数据。现在方便沟通几分钟吗？");
    expect(s.caller.endConditions[0]).toBe("客户已明确表示所有疑问均得到解答，无额外建议，认可后续反馈通道");
    expect(s.caller.closingLines[2]).toBe("非常感谢，祝您工作顺利。如有疑问或新需求，非常欢迎您随时联系我们客服热线。");
    expect(s.caller.customerProfile).toHaveLength(7);
    expect(s.caller.customerProfile[0]).toBe("姓名及电话：如张强先生，号码已知");
    expect(s.callee.style.negative[0]).toBe("非常感谢您的来电，我会认真聆听并给予中肯反馈。");
    expect(s.callee.style.positive[5]).toBe("我还有点事，关键信息发我，其他不用细说，谢谢。");
    expect(s.callee.concerns).toHaveLength(3);
    expect(s.callee.behaviours).toHaveLength(6);
    expect(s.callee.situation).toBe("刚批完报表，脑子里数字没落地，电话一响觉得略打断思路但还是理性抢答，手边有水偶尔咳嗽，环境安静但心态“加速模式”。");
    expect(s.facts.map((f) => f.text)).toEqual(["2025-01-01", "10分钟", "两次", "1月1日", "8分钟", "5分钟", "30%", "7分钟"]);
  });

  it("reads the English example's names and organization", async () => {
    const s = await readScenarioFile(join(dir, "06-saas-renewal-checkin-en.md"));
    expect(s.caller.steps[4]?.title).toBe("Present the 3 renewal options with exact numbers");
    expect(s.caller.knowledgeBase[1]?.question).toBe("Why is the price going up?");
    expect(s.callee.style.positive[0]).toBe("I've got ten minutes before a meeting. Go.");
    expect(s.callee.situation?.startsWith("it is 2:45 pm on a Tuesday")).toBe(true);
  });
});
