// A scenario kept as a data literal in a code or config file (JSON5, a Ruby/PHP/Lua constant, EDN) or as a flat
// .properties file of dotted keys: the tree it spells is read as a team's own JSON, commented-out records gone.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dottedTree, isDottedProperties } from "../src/import/dotted-keys.js";
import { isLiteralData, literalTree } from "../src/import/literal-tree.js";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-literal-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const lines = (s: { caller: { steps: { lines: unknown[] }[] } }): number => s.caller.steps.reduce((n, st) => n + st.lines.length, 0);
const branches = (s: { caller: { steps: { branches?: unknown[] }[] } }): number => s.caller.steps.reduce((n, st) => n + (st.branches?.length ?? 0), 0);

const JSON5_ZH = `// 修表铺 取表提醒
{
  caller: { name: '樊若溪', company: '钟韵修表铺' },
  customer: { 姓名: '戚文博', 表款: '机械怀表', },
  steps: [
    { title: '问候', say: '戚先生您好，我是钟韵修表铺的樊若溪，您送修的怀表已经修好了。' },
    { title: '约取表', say: '您这周哪天方便来取？', if: '客户说最近出差', then: '可以寄回，运费我们出' },
    // { title: '推荐保养', say: '要不要顺便做个保养？' },
  ],
  faq: [ { q: '保修多久？', a: '走时保修一年。' }, { q: '能刷卡吗？', a: '可以。' } ],
  closing: '好的戚先生，那到时候见。',
}
`;

const RUBY_EN = `# Copperleaf Clocks — call script
SCRIPT = {
  caller: { name: "Rowena Ashdown", company: "Copperleaf Clocks" },
  customer: { name: "Mr Tobiah Wren", clock: "a longcase clock" },
  steps: [
    { title: "Greet", say: "Hello Mr Wren, it's Rowena from Copperleaf Clocks, your longcase clock is ready." },
    { title: "Collect", say: "When would suit you to collect it?", branch: { if: "he cannot come in", then: "offer delivery on Friday" } },
    # { title: "Upsell", say: "Would you like a service plan?" },
  ],
  faq: [
    { q: "Is there a guarantee?", a: "Twelve months on the movement." },
    { kind: "objection", q: "It's too far to come in", a: "We can deliver it on Friday for free." },
  ],
  closing: "Thanks Mr Wren, see you soon.",
}.freeze
`;

const EDN_EN = `;; script
{:caller {:name "Rowena Ashdown" :company "Copperleaf Clocks"}
 :steps [{:title "Greet" :say "Hello, it's Rowena from Copperleaf Clocks."}
         {:title "Old" :say "An old line." :active false}]}
`;

const PROPERTIES_ZH = `# 话术配置 维护人：运营部
agent.name=樊若溪
agent.company=钟韵修表铺
customer.name=店长 戚文博
step.1.title=问候
step.1.say=戚店长您好，我是钟韵修表铺的樊若溪，您店里送修的三块表已经修好了。
step.2.title=约取表
step.2.say=您这周哪天方便来取？
step.2.if=客户说最近出差
step.2.then=可以寄回，运费我们出
#step.3.say=要不要顺便做个保养？
faq.1.q=保修多久？
faq.1.a=走时保修一年。
closing=好的戚店长，那到时候见。
`;

describe("a data literal in a code or config file", () => {
  it("spells the tree of its keys, values and lists; a commented-out record is gone", () => {
    expect(isLiteralData(JSON5_ZH)).toBe(true);
    const tree = literalTree(JSON5_ZH) as { customer: Record<string, string>; steps: unknown[] };
    expect(tree.customer["姓名"]).toBe("戚文博");
    expect(tree.steps).toHaveLength(2);
    expect(literalTree(EDN_EN)).toMatchObject({ caller: { name: "Rowena Ashdown" }, steps: [{ title: "Greet" }, { active: false }] });
  });

  it("is not taken for prose or Markdown", () => {
    expect(isLiteralData("# 话术\n\n1. 问候：“您好，我是某某。”\n2. 约时间：“您哪天方便？”\n")).toBe(false);
    expect(isLiteralData("## Steps\n1. Greet: \"Hello {name}, it's me.\" (say it warmly)\n2. Ask: \"When suits?\"\n")).toBe(false);
  });

  it("reads a JSON5 scenario (zh): steps, branch, FAQ, closing, profile and the callee", async () => {
    const s = await readScenarioFile(file("watch.json5", JSON5_ZH));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["樊若溪", "钟韵修表铺", "戚文博"]);
    expect([s.caller.steps.length, lines(s), branches(s), s.caller.knowledgeBase.length, s.caller.closingLines.length]).toEqual([2, 2, 1, 2, 1]);
  });

  it("reads a Ruby hash constant (en): the title before a full name is dropped, a record of kind objection is one", async () => {
    const s = await readScenarioFile(file("clock.rb", RUBY_EN));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["Rowena Ashdown", "Copperleaf Clocks", "Tobiah Wren"]);
    expect([s.caller.steps.length, lines(s), branches(s), s.caller.knowledgeBase.length]).toEqual([2, 2, 1, 2]);
  });
});

describe("a .properties file of dotted keys", () => {
  it("spells the tree its keys name, numbered keys as lists", () => {
    expect(isDottedProperties(PROPERTIES_ZH)).toBe(true);
    expect(dottedTree(PROPERTIES_ZH)).toMatchObject({ agent: { name: "樊若溪" }, step: [{ title: "问候" }, { if: "客户说最近出差" }], faq: [{ q: "保修多久？" }] });
    expect(isDottedProperties("name: Ann\nrole: caller\n\nShe calls about the clock. She is kind.\nIt is ready.\nCall her.\n")).toBe(false);
  });

  it("reads as a scenario (zh); a job written before the callee's name is not the name", async () => {
    const s = await readScenarioFile(file("watch.properties", PROPERTIES_ZH));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["樊若溪", "钟韵修表铺", "戚文博"]);
    expect([s.caller.steps.length, lines(s), branches(s), s.caller.knowledgeBase.length, s.caller.closingLines.length]).toEqual([2, 2, 1, 1, 1]);
  });
});
