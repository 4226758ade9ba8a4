// A team's own YAML: a `profile:` of short fields beside the `caller:` block is the record of the person called (not
// a second role); a step's `branches:` list of {if, say} records hangs off the step and the step still says its line;
// `objections:` records of {when, say} are objection pairs. Masked numbers ("150****7788") keep their stars.
// A prompt's "call variables" section is the customer's record, a `guest_name:` variable names the callee, and a
// worries section answered pair by pair on the caller's side is objection handling even with another part run on.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { stripEmphasis } from "../src/scenario/lines.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-teamyaml-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const yaml = `# invented team config
caller:
  name: Ines Moravec
  organization: Pebblestone Window Cleaning
  opening: "Hello, is that Mr Tolland? It's Ines from Pebblestone Window Cleaning."
  steps:
    - say: "We're due to clean your windows on Monday morning."
    - say: "Will the back gate be open?"
      branches:
        - if: the gate stays locked
          say: "Then we'll do the front and come back for the rest."
    - action: mark_confirmed
  objections:
    - when: "I can do them myself"
      say: "Of course; we also clean the frames and sills, which takes the longest."
  closing: "Thanks, see you Monday."
profile:
  name: Gareth Tolland
  phone: "150****7788"
  address: 4 Quarry Row
`;

type S = { caller: { steps: { lines: string[]; branches?: string[] }[]; customerProfile: string[]; knowledgeBase: { kind?: string }[] }; callee: { name: string } };

describe("team YAML with a profile beside the caller", () => {
  it("reads the profile as the customer's record, the branch list as a branch, the when/say record as an objection", async () => {
    const s = (await readScenarioFile(file("team.yaml", yaml))) as unknown as S;
    expect(s.caller.customerProfile).toHaveLength(3);
    expect(s.caller.customerProfile.some((f) => f.includes("150****7788"))).toBe(true);
    expect(s.callee.name).toBe("Gareth Tolland");
    expect(s.caller.steps.map((st) => st.lines.length)).toEqual([1, 1, 0]);
    expect(s.caller.steps.map((st) => st.branches?.length ?? 0)).toEqual([0, 1, 0]);
    expect(s.caller.knowledgeBase.filter((e) => e.kind === "objection")).toHaveLength(1);
  });

  it("keeps the stars of a masked number and strips emphasis elsewhere", () => {
    expect(stripEmphasis("电话：150****7788")).toBe("电话：150****7788");
    expect(stripEmphasis("Mobile: 09*** ***41")).toBe("Mobile: 09*** ***41");
    expect(stripEmphasis("Card ending ****4321")).toBe("Card ending ****4321");
    expect(stripEmphasis("**Price:** **30** pounds")).toBe("Price: 30 pounds");
    expect(stripEmphasis("***3.1 破冰***")).toBe("3.1 破冰");
  });
});

const prompt = `# 角色
你是青禾书法班的课程顾问，名字叫卫小川。

## 本次通话变量
- student_name: 贺知远
- course: 周六硬笔班
- lessons_left: 3 节
- guests: 家长一位

（下文的 {{…}} 都取自上面这组变量。）

## 开场白
「{{student_name}}家长您好，我是青禾书法班的卫老师。」

## 通话步骤
1. 「孩子的硬笔课还剩三节，这周六照常上课。」
2. 「下期报名现在开始，老学员有优惠。」

## 家长常见顾虑
「孩子太忙了」→「硬笔课每周只有一小时，作业在课上就写完。」

⚠️ 提醒
• 不承诺考级结果。

## 结束语
「那周六见，再见！」
`;

describe("prompt variables and worries on the caller's side", () => {
  it("reads call variables as the record, its *_name variable as the callee, and the answered worries as objections", async () => {
    const s = (await readScenarioFile(file("prompt.md", prompt))) as unknown as S;
    expect(s.caller.customerProfile).toHaveLength(4);
    expect(s.callee.name).toBe("贺知远");
    expect(s.caller.knowledgeBase.filter((e) => e.kind === "objection")).toHaveLength(1);
  });
});
