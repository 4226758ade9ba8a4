// Tables typed as plain text with bars between columns and a "-----+-----" rule (a printed call sheet), written for
// this test in zh and en, both refused before ("neither steps nor an opening line" / "no caller side found"): the
// numbered rows are the script, the condition column its branches, a table of questions the FAQ.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { barTableLines, hasBarTable } from "../src/scenario/bar-tables.js";

const read = (name: string) => parseScenarioText(readFileSync(`tests/fixtures/bar-tables/${name}`, "utf8"));

describe("bar tables on a printed call sheet", () => {
  it("reads the numbered rows as steps, the condition column as branches, the question table as the FAQ (en)", () => {
    const s = read("en-boiler-service-sheet.md");
    expect(s.caller.steps.length).toBe(4);
    expect(s.caller.steps[0]?.lines[0]).toContain("It's Tamsin from Greenflue Heating about your boiler service.");
    expect(s.caller.steps[1]?.branches?.join(" ")).toContain("offer to call back");
    expect(s.caller.knowledgeBase.map((qa) => qa.question)).toEqual(["How long does the service take?", "Do I need to be home?", "Is it included in my contract?"]);
  });

  it("reads the numbered rows as steps, the condition column as branches, the question table as the FAQ (zh)", () => {
    const s = read("zh-water-purifier-sheet.md");
    expect(s.caller.steps.length).toBe(4);
    expect(s.caller.steps[0]?.lines[0]).toBe("您好，请问是窦明哲窦先生吗？我是清源净水售后的汤若溪，打给您是预约更换滤芯的。");
    expect(s.caller.steps[1]?.branches?.join(" ")).toContain("不肯说");
    expect(s.caller.knowledgeBase.length).toBe(3);
  });

  it("keeps the line count, and reads an unruled 'KEY | value' block as labelled items", () => {
    const lines = ["WHO   | Ann, 40, nurse.", "MOOD  | Tired, short,", "      | kind later.", "", "text"];
    expect(hasBarTable(lines)).toBe(true);
    expect(barTableLines(lines)).toEqual(["- WHO: Ann, 40, nurse.", "- MOOD: Tired, short,", "  kind later.", "", "text"]);
  });

  it("leaves Markdown tables and lone bars alone", () => {
    expect(hasBarTable(["Step | Say", "--- | ---", "1 | Hi", "2 | Bye"])).toBe(false);
    expect(hasBarTable(["a | b", "c | d", "e | f"])).toBe(false);
  });
});
