// Sectioned configuration text (INI, TOML) read as the tree its sections spell, a dataset pasted in a data file's
// comments (`# Q: … A: …`) read into its FAQ, and the outline's record rules (a titled record is a step, a note is told).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commentPairs } from "../src/import/comment-data.js";
import { literalTree } from "../src/import/literal-tree.js";
import { isSectionConfig, sectionConfigTree } from "../src/import/section-config.js";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-section-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
type Read = Awaited<ReturnType<typeof readScenarioFile>>;
const lines = (s: Read): number => s.caller.steps.reduce((n, st) => n + st.lines.length, 0);
const branches = (s: Read): number => s.caller.steps.reduce((n, st) => n + (st.branches?.length ?? 0), 0);

const INI_ZH = `; 家政保洁 回访配置
[坐席]
姓名 = 庞雨桐
公司 = 洁家家政服务有限公司

[客户]
姓名 = 殷志强
地址 = 滨江小区 5 栋

[步骤1]
标题 = 问候
话术 = 殷先生您好，我是洁家家政的庞雨桐，回访一下上周的深度保洁。

[步骤2]
标题 = 约下次
话术 = 下个月还需要我们上门吗？
如果 = 客户说最近要出差
那么 = 约到出差回来以后

;[步骤3]
;标题 = 推销
;话术 = 要不要办年卡？

[常见问题]
问1 = 能自带清洁剂吗？
答1 = 可以，我们按您的要求用。
问2 = 损坏东西怎么办？
答2 = 按价赔偿，我们有保险。

[结束语]
话术 = 好的殷先生，那下个月见。
`;

const TOML_EN = `# Brightwick Candles: reorder call
[agent]
name = "Tamsin Oakes"
company = "Brightwick Candles"

[customer]
name = "Ellis Mabry"
shop = "Corner Gift Shop"

[[steps]]
title = "Hello"
say = "Hi Ellis, it's Tamsin from Brightwick Candles."

[[steps]]
title = "Reorder"
say = "Shall we send the usual forty jars?"
if = "he says stock is still high"
then = "offer a smaller box of twenty"

# [[steps]]
# title = "Upsell"
# say = "Would you like our new diffusers?"

[[steps]]
title = "Log it"
note = "update the order sheet, nothing to say"

[closing]
say = "Lovely, thanks Ellis, speak soon."
`;

describe("sectioned configuration (INI, TOML)", () => {
  it("spells numbered sections as a list and numbered keys as records (zh)", () => {
    expect(isSectionConfig(INI_ZH)).toBe(true);
    const tree = sectionConfigTree(INI_ZH);
    expect((tree?.["步骤"] as unknown[]).length).toBe(2);
    expect(tree?.["常见问题"]).toEqual([{ 问: "能自带清洁剂吗？", 答: "可以，我们按您的要求用。" }, { 问: "损坏东西怎么办？", 答: "按价赔偿，我们有保险。" }]);
  });

  it("reads an INI file's steps, branch, FAQ and closing (zh)", async () => {
    const s = await readScenarioFile(file("clean.ini", INI_ZH));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["庞雨桐", "洁家家政服务有限公司", "殷志强"]);
    expect([s.caller.steps.length, lines(s), branches(s), s.caller.knowledgeBase.length, s.caller.closingLines.length]).toEqual([2, 2, 1, 2, 1]);
  });

  it("reads TOML [[steps]] as steps; a note is told, not said; a one-text record is its text (en)", async () => {
    expect(sectionConfigTree(TOML_EN)?.closing).toEqual({ say: "Lovely, thanks Ellis, speak soon." });
    const s = await readScenarioFile(file("candles.toml", TOML_EN));
    expect(s.caller.steps.map((st) => st.title)).toEqual(["Hello", "Reorder", "Log it"]);
    expect([lines(s), branches(s)]).toEqual([2, 1]);
    expect(s.caller.closingLines).toEqual(["Lovely, thanks Ellis, speak soon."]);
  });

  it("is not a Markdown document with a link line or two", () => {
    expect(isSectionConfig("# Title\n\n[link]\n\nSome prose here.\n\n[other]\n\nMore prose.\n")).toBe(false);
  });
});

describe("a dataset kept in comments", () => {
  it("pairs Q/A and objection/reply labels, one line or two (en, zh)", () => {
    expect(commentPairs("# Q: Do you deliver? A: Yes, on Fridays.\n# OBJECTION: Too dear.\n# REPLY: It lasts twice as long.\nkey: value\n")).toEqual([
      { q: "Do you deliver?", a: "Yes, on Fridays." },
      { objection: "Too dear.", reply: "It lasts twice as long." },
    ]);
    expect(commentPairs("# 问：周末上门吗？  答：周末也可以。\n# 异议：客户说“太贵了” → 回：“用料不一样。”\n")).toEqual([
      { q: "周末上门吗？", a: "周末也可以。" },
      { objection: "太贵了", reply: "用料不一样。" },
    ]);
  });

  it("leaves indented text (a YAML block scalar's lines) and unpaired halves alone", () => {
    expect(commentPairs("prompt: |\n  # Q: a heading inside the prompt\n  # A: still the prompt\n# Q: asked but never answered\n")).toEqual([]);
  });

  it("adds the comments' pairs to a YAML tree's FAQ (en)", async () => {
    const yaml = `# Q: Is parking free?\n# A: Yes, behind the shop.\n# OBJECTION: I was charged twice.\n# REPLY: I'll refund the second charge today.\nagent:\n  name: Morwenna Tate\n  company: Tate Framing\ncustomer:\n  name: Ivo Brandt\nsteps:\n  - title: Hello\n    say: "Hi Ivo, it's Morwenna from Tate Framing, your frame is ready."\n`;
    const s = await readScenarioFile(file("framing.yaml", yaml));
    expect(s.caller.knowledgeBase.map((k) => k.kind ?? "faq")).toEqual(["faq", "objection"]);
  });
});

describe("code literals", () => {
  it("reads a Lua bracketed key as its key", () => {
    expect(literalTree(`return { steps = { { title = "a", say = "one two", ["if"] = "x", ["then"] = "y" }, { title = "b", say = "three" } }, faq = { { q = "q?", a = "a." } } }`)?.steps).toEqual([
      { title: "a", say: "one two", if: "x", then: "y" },
      { title: "b", say: "three" },
    ]);
  });
});

describe("entries keyed by a machine id", () => {
  it("reads a PO catalogue's id-keyed step entries as steps and a `step2.if` context as step 2's branch (en)", async () => {
    const po = [
      'msgid ""', 'msgstr ""', '"X-Agent-Name: Bryony Keel\\n"', '',
      'msgctxt "step"', 'msgid "STEP_1_HELLO"', 'msgstr "Hello, it\'s Bryony from Keel Boatyard about your mooring."', '',
      'msgctxt "step"', 'msgid "STEP_2_DATE"', 'msgstr "Could we lift the boat out on Monday?"', '',
      'msgctxt "step2.if"', 'msgid "she is away on Monday"', 'msgstr "offer Wednesday instead"', '',
      'msgctxt "faq"', 'msgid "Is the cradle included?"', 'msgstr "Yes, for the whole winter."', '',
    ].join("\n");
    const s = await readScenarioFile(file("boatyard.po", po));
    expect([s.caller.steps.length, lines(s), branches(s)]).toEqual([2, 2, 1]);
  });

  it("reads id-keyed records in a list as steps, not as `id: … / text: …` lines (zh)", async () => {
    const yaml = `agent:\n  name: 邵明轩\n  company: 清泉净水服务有限公司\ncustomer:\n  name: 柏雅琴\nsteps:\n  - id: STEP_1_HELLO\n    text: 柏女士您好，我是清泉净水的邵明轩，您家的滤芯该换了。\n  - id: STEP_2_TIME\n    text: 师傅周六上午过去方便吗？\n`;
    const s = await readScenarioFile(file("filter.yaml", yaml));
    expect([s.caller.steps.length, lines(s)]).toEqual([2, 2]);
  });
});

describe("a record of fields", () => {
  it("keeps a longer value that ends no sentence among the fields (en, zh)", async () => {
    const en = `agent:\n  name: Lowri Penhale\n  company: Penhale Roofing\ncustomer:\n  name: Arthur Quill\n  address: 3 Mill Row\n  quote: Replace forty slates and re-lead the chimney flashing, £1,480\nsteps:\n  - title: Hello\n    say: "Hi Arthur, it's Lowri from Penhale Roofing about your quote."\n`;
    const zh = `坐席:\n  姓名: 章若彤\n  公司: 安居防水工程有限公司\n客户:\n  姓名: 贺振东\n  地址: 河西小区 8 栋\n  报价: 卫生间、厨房和阳台三处重做防水层，含闭水试验和五年质保，合计四千二百元整，已于十一月三日发出\n步骤:\n  - 标题: 问候\n    话术: 贺先生您好，我是安居防水的章若彤，跟您确认一下报价。\n`;
    expect((await readScenarioFile(file("roof.yaml", en))).caller.customerProfile.length).toBe(3);
    expect((await readScenarioFile(file("waterproof.yaml", zh))).caller.customerProfile.length).toBe(3);
  });
});
