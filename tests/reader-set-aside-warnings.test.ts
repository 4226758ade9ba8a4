// Whatever the reader sets aside is named in a warning at its line: HTML comments (with their first words), unknown
// sections, a part of the other side, and untitled text no field took.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const warningsOf = (doc: string): { message: string; line: number | null }[] =>
  parseScenarioText(doc).diagnostics.map(({ message, line }) => ({ message, line }));

describe("set-aside warnings", () => {
  it("an HTML comment on one line and one over several lines are named with their first words", () => {
    const doc = ["<!-- draft two, do not send -->", "## Caller", "### Role", "You are Ada from Nimbus Water.", "<!--", "### Old opening", "\"Hello there.\"", "-->", "### Opening line", "\"Hi, it's Ada from Nimbus Water.\""].join("\n");
    const warnings = warningsOf(doc);
    expect(warnings).toContainEqual({ message: "HTML comment set aside: 'draft two, do not send'", line: 1 });
    expect(warnings).toContainEqual({ message: "HTML comment (lines 5-8) set aside: '### Old opening \"Hello there.\"'", line: 5 });
  });

  it("a long comment is cut to an excerpt; an unclosed one is still named", () => {
    const long = `<!-- ${"word ".repeat(40)}-->\n## Caller\n### Opening line\n"Hi."`;
    const message = warningsOf(long).find((w) => w.message.startsWith("HTML comment"))?.message ?? "";
    expect(message.length).toBeLessThan(110);
    expect(message.endsWith("…'")).toBe(true);
    const unclosed = warningsOf(`## Caller\n### Opening line\n"Hi."\n<!-- notes that never end\nmore`);
    expect(unclosed.some((w) => /^HTML comment \(lines 4-5\) set aside: 'notes that never end more'$/.test(w.message))).toBe(true);
  });

  it("untitled text no field took, a part of the other side and an unknown section each warn at their line", () => {
    const doc = ["## 拨打方", "这份说明写给新来的同事。", "### 角色", "张三——青禾燃气的客服专员。", "### 核心关切点", "- 价格", "### 合规提示", "不得承诺返现。", "### 开场白", "“您好，我是青禾燃气的张三。”"].join("\n");
    const s = parseScenarioText(doc);
    const warnings = s.diagnostics.map(({ message, line }) => ({ message, line }));
    expect(warnings).toContainEqual({ message: "text not read as any caller field kept as an extra section: '这份说明写给新来的同事。'", line: 2 });
    expect(warnings).toContainEqual({ message: "section '核心关切点' is not a caller part; kept as an extra section", line: 5 });
    expect(warnings).toContainEqual({ message: "unknown section '合规提示' kept as an extra section", line: 7 });
    // Every extra section kept was warned about.
    expect(s.caller.extraSections).toHaveLength(3);
  });

  it("a section read as the role is not reported as set aside", () => {
    const doc = ["## Caller", "### Identity", "You are Ada from Nimbus Water.", "### Opening line", "\"Hi, it's Ada.\""].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.name).toBe("Ada");
    expect(s.diagnostics.some((d) => /Identity/.test(d.message))).toBe(false);
  });
});
