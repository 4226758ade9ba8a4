import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { isPlaceholderTable, placeholderField } from "../src/scenario/placeholder-tables.js";

describe("a table of template values is the call's record", () => {
  it("knows a table whose rows are placeholders with values", () => {
    expect(isPlaceholderTable([["var", "value"], ["{{first_name}}", "Ann"], ["`{{town}}`", "Exville"]])).toBe(true);
    expect(isPlaceholderTable([["变量", "说明", "取值"], ["${姓名}", "客户", "张三"], ["${日期}", "日期", "三月一日"]])).toBe(true);
    expect(isPlaceholderTable([["step", "say"], ["1", "Hello"], ["2", "Bye"]])).toBe(false);
  });

  it("labels a row by its description, else by the placeholder's words", () => {
    expect(placeholderField(["${plate}", "the car's plate", "AB 123"])).toEqual(["the car's plate", "AB 123"]);
    expect(placeholderField(["{{first_name}}", "Ann"])).toEqual(["first name", "Ann"]);
  });

  it("reads the table as the profile and fills the placeholders from its last column", () => {
    const doc = [
      "# Agent", "", "You are Sam Example, calling for Example Windows.", "",
      "## Variables", "", "| variable | what | value |", "| --- | --- | --- |",
      "| {{customer_name}} | Customer's name | Jo Sample |", "| {{visit}} | Visit day | Monday |", "",
      "## Opening", "", "\"Hi, is that {{customer_name}}? It's about your visit on {{visit}}.\"", "",
      "## Steps", "", "1. Confirm: \"Does {{visit}} still suit you?\"", "",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.customerProfile).toHaveLength(2);
    expect(s.caller.steps).toHaveLength(1);
    expect(s.caller.opening).toContain("Jo Sample");
  });
});
