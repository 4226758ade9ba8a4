// A script drawn as a fenced diagram: Mermaid flowchart nodes (zh) and PlantUML activities (en) in edge order are
// steps, a decision's detour is a branch of the step before it, start/end markers are no steps.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const ZH = [
  "## 角色", "你是安居管道疏通的回访专员小唐。", "",
  "## 流程", "",
  "```mermaid",
  "flowchart LR",
  "    A[\"确认身份<br/>说：“您好，请问是陈女士吗？”\"] --> B",
  "    B[\"询问效果<br/>说：“上周疏通后下水还顺畅吗？”\"] --> Q{\"还堵吗？\"}",
  "    Q -- 是 --> R[\"若客户说还堵，则登记地址，安排师傅免费复查\"]",
  "    Q -- 否 --> C",
  "    R --> C",
  "    C[\"告知保修<br/>说：“这次疏通有三个月保修，有问题随时打给我们。”\"] --> E([\"结束\"])",
  "```", "",
  "## 接听方", "陈女士，上周刚疏通过厨房下水。",
].join("\n");

const EN = [
  "## Role", "You are Fern from Tidy Gutters, calling after a gutter clean.", "",
  "## Steps", "",
  "```plantuml",
  "@startuml",
  "start",
  ":<b>1. Check in</b>",
  "Say: \"Hi, it's Fern from Tidy Gutters. Is that Mr Hale?\";",
  ":<b>2. Ask about the rain</b>",
  "Say: \"Did the gutters cope with last night's storm?\";",
  "if (Leaking?) then (yes)",
  "  :If they say it still leaks, then book a free revisit;",
  "endif",
  ":<b>3. Next clean</b>",
  "Say: \"Shall we pencil in the next clean for spring?\";",
  "stop",
  "@enduml",
  "```", "",
  "## Callee", "Mr Hale, a homeowner.",
].join("\n");

describe("diagram fences", () => {
  it("zh: a Mermaid flowchart's nodes in edge order are steps; the decision's detour is a branch", () => {
    const s = parseScenarioText(ZH, { id: "diagram-zh" });
    expect(s.caller.steps.map((x) => x.title)).toEqual(["确认身份", "询问效果", "告知保修"]);
    expect(s.caller.steps.map((x) => x.lines.length)).toEqual([1, 1, 1]);
    expect(s.caller.steps[1]?.branches?.length).toBe(1);
  });

  it("en: PlantUML activities are steps; an activity inside if … endif is a branch", () => {
    const s = parseScenarioText(EN, { id: "diagram-en" });
    expect(s.caller.steps.map((x) => x.title)).toEqual(["Check in", "Ask about the rain", "Next clean"]);
    expect(s.caller.steps.map((x) => x.lines.length)).toEqual([1, 1, 1]);
    expect(s.caller.steps[1]?.branches?.length).toBe(1);
  });
});
