// AsciiDoc: "**" items nested under ". " steps are list items (branches), not org-mode headings, and "{name}" stands
// for the value of the ":name: value" attribute defined above it.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { asMarkdown } from "../src/scenario/markup-dialects.js";

const EN = [
  "= Outbound call: boiler service",
  ":company: Acme Heating",
  "",
  "== Script",
  "",
  ". *Greeting* -- \"Hello, this is Sam from {company}.\"",
  "** busy -> offer to call back",
  ". *Slot* -- \"Would Tuesday morning suit you?\"",
  "** no -> take the day she prefers",
  ". *Recap* -- read back the day",
].join("\n");

const ZH = [
  "= 外呼：空调清洗回访",
  ":门店电话: 021-5550 1234",
  "",
  "== 通话流程",
  "",
  ". *问好* -- “您好，我是清洗服务的小王。”",
  "** 在忙 -> 约时间再打",
  ". *确认时间* -- “周二上午方便吗？”",
  ". *结束* -- “有问题请打 {门店电话}，再见。”",
].join("\n");

describe("AsciiDoc nested bullets and attribute references", () => {
  it("reads '**' under ordered steps as AsciiDoc list items, not org headings (en)", () => {
    const md = asMarkdown(EN);
    expect(md.dialect).toBe("AsciiDoc");
    const s = parseScenarioText(EN, { id: "adoc-en" });
    expect(s.caller.steps.map((st) => st.title)).toEqual(["Greeting", "Slot", "Recap -- read back the day"]);
    expect(s.caller.steps[0]?.branches?.length).toBe(1);
    expect(md.text).toContain("Sam from Acme Heating.");
  });

  it("substitutes a defined attribute where it is referenced (zh)", () => {
    const md = asMarkdown(ZH);
    expect(md.dialect).toBe("AsciiDoc");
    expect(md.text).toContain("有问题请打 021-5550 1234，再见。");
    expect(md.text).toContain("   - 在忙 -> 约时间再打");
    expect(md.text).not.toContain("门店电话:");
    const s = parseScenarioText(ZH, { id: "adoc-zh" });
    expect(s.caller.steps.length).toBe(3);
  });
});
