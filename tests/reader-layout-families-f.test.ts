// Layout families the reader ignored before: step numbers in other glyphs (❷, 贰、, Ⅲ, 2/3), YAML front matter,
// emoji before a speaker label in objection pairs, <br>-split cells of a persona table, and numbered headings with a
// quoted line each under a heading the reader does not know. Documents written for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { plainStepNumber } from "../src/scenario/number-glyphs.js";
import { readPersonaDraft } from "../src/scenario/read-markdown.js";

describe("step numbers in other glyphs", () => {
  it("reads dingbat, formal Chinese, Roman and fraction numbers as plain ones", () => {
    expect(plainStepNumber("❷ 核对地址")).toBe("② 核对地址");
    expect(plainStepNumber("贰、核对地址")).toBe("二、核对地址");
    expect(plainStepNumber("Ⅲ. Confirm")).toBe("III. Confirm");
    expect(plainStepNumber("2/3 Confirm")).toBe("2. Confirm");
    expect(plainStepNumber("贰拾块钱")).toBe("贰拾块钱");
    expect(plainStepNumber("5/3 is no step")).toBe("5/3 is no step");
  });

  it("a script numbered 壹、贰、叁 has its steps", () => {
    const doc = [
      "你是晴川家政的回访专员，名字叫许安。",
      "",
      "## 通话步骤",
      "",
      "壹、问候",
      "“您好，我是晴川家政的许安。”",
      "",
      "贰、了解满意度",
      "“上次保洁您还满意吗？”",
      "若客户不满意，则记下原因。",
      "",
      "叁、道别",
      "“谢谢您，再见。”",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["问候", "了解满意度", "道别"]);
    expect(s.caller.steps[1]?.branches).toHaveLength(1);
  });
});

describe("front matter", () => {
  const doc = [
    "---",
    "title: Boiler service reminder",
    "owner: ops team",
    "agent: Priya Shah",
    "company: Warmway Heating",
    "---",
    "",
    "# Boiler service reminder",
    "",
    "## Script",
    "",
    "1. Greet: \"Hello, it's Priya.\"",
    "2. Offer: \"Your boiler is due its yearly service; shall I book it?\"",
  ].join("\n");

  it("is metadata, not a section or a profile, and may state the identity", () => {
    const s = parseScenarioText(doc);
    expect(s.caller.customerProfile).toEqual([]);
    expect(s.caller.steps).toHaveLength(2);
    expect(s.caller.name).toBe("Priya Shah");
    expect(s.caller.organization).toBe("Warmway Heating");
    expect(s.caller.extraSections.map((x) => x.title)).toContain("front matter");
  });
});

describe("emoji-marked objection pairs", () => {
  it("'⚠️ 客户：“…”' over '✅ 回应：“…”' is one objection", () => {
    const doc = [
      "你是晴川家政的回访专员，名字叫许安。",
      "",
      "## 通话步骤",
      "",
      "1. “您好，我是晴川家政的许安。”",
      "2. “上次保洁您还满意吗？”",
      "",
      "## 异议应对",
      "",
      "⚠️ 客户：“太贵了。”",
      "✅ 回应：“这次有老客户折扣。”",
    ].join("\n");
    const kb = parseScenarioText(doc).caller.knowledgeBase;
    expect(kb).toEqual([{ question: "太贵了。", answer: "这次有老客户折扣。", kind: "objection" }]);
  });
});

describe("numbered headings under an unknown heading", () => {
  it("each holding a quoted line, they are the script", () => {
    const doc = [
      "# 回访",
      "",
      "你是晴川家政的回访专员，名字叫许安。",
      "",
      "### 电话",
      "",
      "###### 一、问候",
      "",
      "「您好，我是晴川家政的许安。」",
      "",
      "###### 二、道别",
      "",
      "「谢谢您，再见。」",
    ].join("\n");
    expect(parseScenarioText(doc).caller.steps.map((s) => s.lines)).toEqual([["您好，我是晴川家政的许安。"], ["谢谢您，再见。"]]);
  });
});

describe("a persona table with <br> in its cells", () => {
  it("reads each cell line as an item of the row's part", () => {
    const persona = [
      "| 项目 | 内容 |",
      "|---|---|",
      "| 你是谁 | 贺明，40 岁，开面馆 |",
      "| 你担心的 | 1. 价格<br>2. 时间 |",
      "| 什么时候挂 | 1. 约好了<br>2. 店里来客人 |",
    ].join("\n");
    const callee = readPersonaDraft(persona, () => undefined, []);
    expect(callee.name).toBe("贺明");
    expect(callee.concerns).toEqual(["价格", "时间"]);
    expect(callee.endConditions).toEqual(["约好了", "店里来客人"]);
  });
});
