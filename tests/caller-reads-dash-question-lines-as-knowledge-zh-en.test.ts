// A document with no knowledge-base section and no Q:/A: pairs may still list its questions one a line, each followed
// by a dash and its answer ("A1. Can I park there? — Yes, behind the hall."): the caller reads such a list (two or
// more lines) as its knowledge base and answers from it; one stray line is no list. Invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerSource } from "../src/seats/rule/answer-source.js";

const EN = `## Caller

### Role
Ada Munro, office at Brookside Swimming Club.

### Script
1. "Hi, it's Ada from Brookside Swimming Club. Is that Mr Okoro?"
2. "The spring gala is on Saturday 14 March at 2pm. Can Tayo swim in it?"

### Schedule of answers
{{LINES}}
`;

const ZH = `## 主叫方

### 角色
韩悦，青禾游泳俱乐部前台。

### 话术
1. "您好，我是青禾游泳俱乐部的小韩，请问是欧阳先生吗？"
2. "春季比赛在3月14日周六下午2点，孩子参加吗？"

### 其他
{{LINES}}
`;

const CASES = [
  { language: "en", document: EN, lines: ["A1. Is there parking at the pool? — Yes, twenty free spaces behind the building.", "A2. Can parents watch from the side? — Only from the gallery upstairs."], asked: "where do I park when I bring him", entry: 0 },
  { language: "zh", document: ZH, lines: ["A1. 游泳馆有停车位吗？——有，楼后面有二十个免费车位。", "A2. 家长能在池边看吗？——只能在二楼看台看。"], asked: "车停在哪里", entry: 0 },
];

describe.each(CASES)("questions listed one a line with their answers ($language)", (c) => {
  it("are the knowledge base, and a paraphrase finds its entry", () => {
    const plan = callerPlan(callerView(parseScenarioText(c.document.replace("{{LINES}}", c.lines.join("\n")))));
    expect(plan.kbEntries.map((e) => e.question)).toEqual(c.lines.map((l) => l.replace(/^[A-Z]?\d+\.\s*/, "").replace(/\s*(?:—|——).*$/, "")));
    expect(answerSource(plan, c.asked)).toMatchObject({ kind: "kb", index: c.entry });
  });
  it("one such line alone is no knowledge base", () => {
    const plan = callerPlan(callerView(parseScenarioText(c.document.replace("{{LINES}}", c.lines[0] ?? ""))));
    expect(plan.kbEntries).toEqual([]);
  });
});
