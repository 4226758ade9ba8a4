// Stages numbered after a word of the writer's own ("## 技能1：…", "## Skill 2 - …"), as a bot builder's prompt
// writes them, are the script when the markup gives no other; questions numbered so ("Q1") are not.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { wordNumberedHeadings } from "../src/scenario/word-numbered-headings.js";

const ZH = `# 角色
你是明岚家政的回访专员祁若雯。

# 技能
## 技能1：问候
说：“您好，我是明岚家政的祁若雯，回访一下上周的深度保洁。”
## 技能2：问满意度
说：“保洁阿姨做得您还满意吗？”
如果客户说有地方没擦干净，就记下来，安排免费返工。
## 技能3：约下次
说：“下个月还需要给您约吗？”
`;

const EN = `# Role
You are Linnea Brask from Harbour Gutter Care.

# Skills
## Skill 1 - Greet
Say: "Hi, it's Linnea from Harbour Gutter Care, following up on your gutter clean."
## Skill 2 - Check
Say: "Is everything draining well since our visit?"
## Skill 3 - Rebook
Say: "Shall we pencil in the spring clean?"
`;

describe("stages numbered after a word of the writer's own", () => {
  it("read as the script (zh): three steps, their lines and the branch", () => {
    const s = parseScenarioText(ZH);
    expect(s.caller.steps.map((st) => st.title)).toEqual(["问候", "问满意度", "约下次"]);
    expect(s.caller.steps.reduce((n, st) => n + (st.branches?.length ?? 0), 0)).toBe(1);
  });

  it("read as the script (en)", () => {
    const s = parseScenarioText(EN);
    expect(s.caller.steps.map((st) => st.title)).toEqual(["Greet", "Check", "Rebook"]);
    expect(s.caller.steps.map((st) => st.lines.length)).toEqual([1, 1, 1]);
  });

  it("leave questions, examples and runs out of order alone", () => {
    expect(wordNumberedHeadings("## Q1: price?\n## Q2: time?\n## Q3: place?\n")).toBeNull();
    expect(wordNumberedHeadings("## Stage 2: a\n## Stage 1: b\n## Stage 3: c\n")).toBeNull();
    expect(wordNumberedHeadings("## 技能1：a\n## 技能2：b\n")).toBeNull();
  });
});
