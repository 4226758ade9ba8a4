// General causes of misreads that the layout-variant bench (bench/reader-variants.bench.ts) showed, each read on a
// short document of its own (tests/fixtures/variants/docs), written for this test, not taken from any fixture.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const read = (file: string) => parseScenarioText(readFileSync(join(import.meta.dirname, "fixtures", "variants", "docs", file), "utf8"), { id: file });
const counts = (s: ReturnType<typeof read>) => ({
  name: s.caller.name, organization: s.caller.organization, steps: s.caller.steps.map((step) => step.lines.length), kb: s.caller.knowledgeBase.length,
  closingLines: s.caller.closingLines.length, calleeName: s.callee.name, concerns: s.callee.concerns.length,
});

describe("a plain-text decimal outline (1 / 1.1) is the document's headings", () => {
  it("reads sides and sections from 1. / 1.1 titles (en)", () => {
    expect(counts(read("en-decimal-outline.txt"))).toEqual({ name: "Nadia Brook", organization: "Fernhill Laundry Service", steps: [1, 2], kb: 1, closingLines: 1, calleeName: "Luis Ortega", concerns: 1 });
  });
  it("reads sides and sections from 1、/ 1.1 titles (zh)", () => {
    expect(counts(read("zh-decimal-outline.txt"))).toEqual({ name: "许晴", organization: "青禾家政", steps: [1, 1], kb: 1, closingLines: 0, calleeName: "邓远", concerns: 1 });
  });
});

describe("style examples marked ✅ / ❌ are sorted by their marks", () => {
  const style = (file: string) => read(file).callee.style;
  it("en", () => {
    expect(style("en-marked-style.md")).toEqual({
      positive: ["Weekdays are hard. Any chance of a Saturday?", "How long does the visit take?", "Fine, put me down."],
      negative: ["I would be delighted to arrange a convenient appointment."],
    });
  });
  it("zh", () => {
    expect(style("zh-marked-style.md")).toEqual({ positive: ["我这周都是夜班，白天要睡觉。"], negative: ["非常感谢您的来电，我很乐意配合。", "请您详细介绍一下安检的全部流程。"] });
  });
});

describe("a <details> block whose <summary> asks a question is one FAQ entry", () => {
  it("reads each folded question with its answer", () => {
    expect(read("zh-details-faq.md").caller.knowledgeBase).toEqual([
      { question: "疫苗要打几针？", answer: "幼犬一共三针，每针间隔三到四周。" },
      { question: "打完能洗澡吗？", answer: "一周内别洗澡，观察精神和食欲。" },
    ]);
  });
});

describe("steps numbered by a number sign, a circled number or a letter", () => {
  const steps = (file: string) => read(file).caller.steps.map((step) => [step.title, step.lines.length]);
  it("'#1 — …' is a step, not a heading that ends the script", () => {
    const s = read("en-step-markers.md");
    expect(steps("en-step-markers.md")).toEqual([["Greet", 1], ["Confirm the lesson", 2]]);
    expect(s.caller.knowledgeBase).toHaveLength(1);
  });
  it("'① …' and 'A、…' are steps", () => {
    expect(steps("zh-step-markers.md")).toEqual([["开场核实", 1], ["提醒复诊", 1], ["确认到诊", 1]]);
  });
});

describe("an outline's enumerated titles (I. / A. / (a), 一、/（一）/ 1、) name its sections", () => {
  const ending = (s: ReturnType<typeof read>) => ({ ends: s.caller.endConditions.length, closings: s.caller.closingLines.length, steps: s.caller.steps.length, callee: s.callee.name });
  it("en", () => expect(ending(read("en-roman-outline.txt"))).toEqual({ ends: 2, closings: 1, steps: 2, callee: "Simran Kaur" }));
  it("zh", () => {
    const s = read("zh-chinese-outline.txt");
    expect(ending(s)).toEqual({ ends: 2, closings: 1, steps: 1, callee: "韦婷" });
    expect(s.callee.style).toEqual({ positive: ["啊？那周六之前能到吗？", "那我自己去网点拿行不行？"], negative: ["感谢您的耐心解释，我完全理解。"] });
  });
});

describe("'N. Title' at the margin naming a known section is a label, as 'Title:' is", () => {
  it("reads one-level numbered sections with numbered lists inside them", () => {
    const s = read("zh-numbered-labels.txt");
    expect({ ...counts(s), concerns: s.callee.concerns }).toEqual({
      name: "邱然", organization: "禾丰家电", steps: [1, 1], kb: 0, closingLines: 1, calleeName: "汪涛", concerns: ["空调噪音会不会吵到顾客", "保修期到底多长"],
    });
  });
});

describe("style examples under any of their names, in prose or as snake_case keys", () => {
  it("'Sounds like' under a style heading sorts its examples (any positive or negative name is a label there)", () => {
    expect(read("en-style-label-names.md").callee.style).toEqual({
      positive: ["Mornings only, love, I don't drive in the dark.", "Is it the same doctor as last year?"],
      negative: ["I would be pleased to schedule an appointment."],
    });
  });
  it("'do_say' / 'dont_say' keys of a fenced YAML scenario are the positive and negative examples", () => {
    const s = read("en-yaml-style-keys.md");
    expect(s.callee.style).toEqual({ positive: ["My wrist still clicks a bit, to be honest.", "Half price for how long?"], negative: ["That sounds like a wonderful opportunity."] });
    expect(s.caller.steps.map((step) => step.lines.length)).toEqual([1, 1]);
  });
});

describe("'condition → “closing line”' pairs part at the arrow, whatever the condition holds", () => {
  const ending = (file: string) => ({ ends: read(file).caller.endConditions, closings: read(file).caller.closingLines });
  it("a condition with a colon and a long instruction (en)", () => {
    expect(ending("en-arrow-endings.md")).toEqual({
      ends: ["If the date is confirmed: repeat the time window, mention the parking permit, close", "If he wants to move the date"],
      closings: ["Great, the crew will be there at eight. Bye for now.", "No problem, I'll check the diary and call you back today."],
    });
  });
  it("a condition quoting the customer's words (zh)", () => {
    expect(ending("zh-arrow-endings.md")).toEqual({
      ends: ["若学员确认考试时间，并已说过“会提前半小时到”，提醒带身份证", "若学员要改期"],
      closings: ["好的，那就祝您考试顺利，再见。", "行，我帮您登记改期，有结果再打给您。"],
    });
  });
});

describe("section names teams use that the vocabulary lacked", () => {
  it("'挂电话的情况' is the persona's end conditions, '典型表现' its behaviours; 'Backstory' a background", () => {
    const s = parseScenarioText("## 坐席\n\n### 角色\n韩冰，知行书店的店员，通知订书到货。\n\n### 话术流程\n1. **开场**\n   - “您好，我是知行书店的韩冰。”\n\n## 客户\n\n### 角色\n冉青，30岁。\n\n### 典型表现\n- 说话很快\n\n### 挂电话的情况\n- 书还没到就挂断\n");
    expect([s.callee.behaviours, s.callee.endConditions]).toEqual([["说话很快"], ["书还没到就挂断"]]);
    const e = parseScenarioText("## Caller\n\n### Role\nIvo Lund, clerk at Fjord Books.\n\n### Script\n1. **Hi**\n   - \"Hello, it's Ivo from Fjord Books.\"\n\n## Customer\n\n### Role\nPia Moe, 30.\n\n### Backstory\n- Ordered a cookbook a month ago\n");
    expect(e.callee.background).toBe("Ordered a cookbook a month ago");
  });
});

describe("a block of several lines under one YAML key is that key's value", () => {
  it("'性格：…' inside a fenced background opens no behaviours section", () => {
    const s = read("zh-yaml-block-background.md");
    expect([s.callee.background, s.callee.behaviours]).toEqual(["职业：中学语文老师，白天都在上课。\n性格：说话慢条斯理，爱问细节。", ["先问镜片是不是按上次的度数配的"]]);
  });
});

describe("a line set apart as a block quote or code under a step is said as written", () => {
  it("a condition in it too", () => {
    expect(read("en-set-apart-lines.md").caller.steps.map((step) => [step.lines, step.branches ?? []])).toEqual([
      [["Hello, this is Lena from Brightwater Vet Clinic. Is that Mr Quinn?"], []],
      [["Biscuit's booster is due next week.", "If you need to change the time, just let us know a day ahead."], []],
      [["Thanks, see you both then."], []],
    ]);
  });
});

describe("a step heading numbered with its step word stays in the script whatever side word its title holds", () => {
  it("'#### 步骤2：按客户的…' is step 2, not a section of the customer", () => {
    expect(read("zh-step-headings-side-word.md").caller.steps.map((step) => [step.title, step.lines.length])).toEqual([
      ["开场", 1], ["按客户的出发城市说明集合时间", 1], ["收尾", 1],
    ]);
  });
});
