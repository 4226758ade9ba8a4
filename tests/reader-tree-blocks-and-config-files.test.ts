// The reader's block structure comes from the Markdown tree (fences, HTML comments, tables of fields), a whole INI or
// TOML file is read by its tables and keys, a side headed only by the customer's word that holds the script is the
// caller's, and a closing section pairing conditions with lines gives both. Documents written for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { isIniOrToml } from "../src/scenario/ini-toml.js";
import { toLines } from "../src/scenario/lines.js";
import { treeBlocks } from "../src/scenario/tree-blocks.js";
import type { BlockNote } from "../src/scenario/blocks.js";

describe("tree block pass", () => {
  const text = "# Caller\n<!-- retired: \"old line\" -->\nText <!-- note --> kept.\n- item\n  ```yaml\n  # comment\n  key: v\n  ```\n| | |\n|---|---|\n| Agent | Pat Doe |\n";
  const notes: BlockNote[] = [];
  const lines = treeBlocks(toLines(text), text, notes);
  const at = (no: number): string[] => lines.filter((l) => l.no === no).map((l) => l.text);

  it("sets comments aside, inline and block, and names them", () => {
    expect(at(2)).toEqual([""]);
    expect(at(3)).toEqual(["Text  kept."]);
    expect(notes.filter((n) => n.what === "html-comment").map((n) => n.aside)).toEqual(['retired: "old line"', "note"]);
  });

  it("keeps a fence's lines as written but never as headings", () => {
    expect(lines.filter((l) => l.code === true).map((l) => l.text)).toEqual(["", "  key: v"]);
  });

  it("reads a two-column table without column names as fields", () => {
    expect(lines.filter((l) => l.field === true).map((l) => l.text)).toEqual(["Agent：Pat Doe"]);
  });
});

describe("tables as the parser reads them", () => {
  it("reads a script and a FAQ written as tables without end pipes", () => {
    const s = parseScenarioText(`## Role\nYou are Omar from Brightline Windows.\n\n## Script\nStep | Say\n--- | ---\n1 | "Hi, it's Omar from Brightline Windows."\n2 | "Is Monday still good for the fitting?<br>It takes two hours."\n\n## FAQ\nQuestion | Answer\n--- | ---\nDo I need to be in? | Yes, for about two hours.\n`);
    expect(s.caller.steps.map((step) => step.lines.length)).toEqual([1, 2]);
    expect(s.caller.knowledgeBase).toEqual([{ question: "Do I need to be in?", answer: "Yes, for about two hours." }]);
  });
});

const toml = `# settings for the spring round
[agent]
name = "Bram"
company = "Tidy Gutters Ltd"
goal = "Book the yearly gutter clear."

[customer]
name = "Ines Okafor"
house = "end terrace"

[opening]
line = "Hi Ines, it's Bram from Tidy Gutters. Time for the yearly clear?"

[[steps]]
title = "Offer a day"
line = "We're on your road next Tuesday. Does that suit?"
branch = "If she is away, then offer the Friday after."

[[steps]]
title = "Price"
line = "It's the same forty pounds as last year."

[[faq]]
q = "Do you need access inside?"
a = "No, everything is done from the outside."

[closing]
agreed = "Great, Tuesday it is."
refused = "No problem, thanks for your time."
`;

const ini = `; 空调清洗回访配置
[拨打方]
姓名 = 柳一鸣
公司 = 清风空调服务

[客户资料]
联系人 = 吕女士
机型 = 挂机两台

[开场白]
话术 = “吕女士您好，我是清风空调服务的柳一鸣。”

[步骤1]
标题 = 预约时间
话术 = “这周六上午方便上门吗？”
分支 = 如果客户说周末不在家，就改约工作日晚上

[步骤2]
标题 = 说明费用
话术 = “两台一共一百六十元。”

[常见问题]
问1 = 要自己准备什么吗？
答1 = 不用，师傅自带工具和防尘布。

[结束语]
预约成功 = “好的，周六上午见。”
暂不需要 = “好的，有需要随时联系我们。”
`;

describe("INI and TOML files", () => {
  it("knows a config file from a Markdown one", () => {
    expect(isIniOrToml(toLines(toml))).toBe(true);
    expect(isIniOrToml(toLines(ini))).toBe(true);
    expect(isIniOrToml(toLines("# Caller\n## Steps\n1. \"Hi.\"\n"))).toBe(false);
  });

  it.each([["toml", toml, ["agreed", "refused"]], ["ini", ini, ["预约成功", "暂不需要"]]] as const)("reads a %s file by its tables", (_kind, text, ends) => {
    const s = parseScenarioText(text);
    expect(s.caller.steps.map((step) => step.lines.length)).toEqual([1, 1]);
    expect(s.caller.steps.flatMap((step) => step.branches ?? []).length).toBe(1);
    expect(s.caller.knowledgeBase.length).toBe(1);
    expect(s.caller.opening).not.toBeNull();
    expect(s.caller.endConditions).toEqual(ends);
    expect(s.caller.closingLines.length).toBe(2);
  });
});

describe("a side named by the customer's word", () => {
  const text = `<role>
你是绿芽家政的客服小溪，给刚做完保洁的客户打回访电话。
</role>

<customer>
- 用户：单先生
- 服务：上周四，两居室
</customer>

<opening>
“单先生您好，我是绿芽家政的小溪，想跟您做个回访。”
</opening>

<steps>
1. 问满意度：“这次打扫您满意吗？”
2. 约下次：“下个月还需要再约一次吗？”
</steps>
`;

  it("gives the script under it back to the caller and names the customer from the profile", () => {
    const s = parseScenarioText(text);
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.opening).not.toBeNull();
    expect(s.caller.customerProfile.length).toBe(2);
    expect(s.callee.name).toBe("单先生");
  });
});

describe("a closing section of conditions and lines", () => {
  it("reads each condition as an end condition and its line as a closing line", () => {
    const s = parseScenarioText(`## Role\nYou are Lee from Brightside Opticians.\n\n## Steps\n1. "Your glasses are ready to collect."\n\n## Closing lines\n1. She will come tomorrow: "See you tomorrow then."\n2. She wants them posted → "I'll post them today."\n`);
    expect(s.caller.endConditions).toEqual(["She will come tomorrow", "She wants them posted"]);
    expect(s.caller.closingLines).toEqual(["See you tomorrow then.", "I'll post them today."]);
  });
});
