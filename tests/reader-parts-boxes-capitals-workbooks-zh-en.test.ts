// Four document shapes the reader misread (own-rdl-31 tune documents, zh and en, each failing before): sides and sections
// grouped under part headings ("## Part B: the script" over "### B.1 Opening line" …, "第一部分 …"), notes boxed in ASCII
// art, capital titles with a bracketed remark, and Excel 2003 XML (SpreadsheetML) workbooks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText, readScenarioFile } from "../src/scenario/index.js";
import { gridTableLines } from "../src/scenario/grid-tables.js";
import { headingOf } from "../src/scenario/headings.js";
import { groupsSections, isPartHeading } from "../src/scenario/part-headings.js";
import { spreadsheetMlRows } from "../src/scenario/markup-spreadsheetml.js";

const TUNE = "tests/fixtures/real/own-rdl-31/tune";

describe("part headings group the sections under them", () => {
  it("reads a script part's opening, steps, FAQ and endings from its own sub-sections (en)", async () => {
    const s = await readScenarioFile(`${TUNE}/en-gutter-parts.md`);
    expect(s.caller.opening).toContain("It's Owen from Brightline Gutters");
    expect(s.caller.steps).toHaveLength(3);
    expect(s.caller.knowledgeBase).toHaveLength(2);
    expect(s.caller.closingLines).toHaveLength(2);
    expect(s.callee.name).toBe("Harriet Lowe");
  });

  it("reads plain-text parts in capitals, the FAQ part and the role-play part (en)", async () => {
    const s = await readScenarioFile(`${TUNE}/en-aquarium-parts.txt`);
    expect(s.caller.steps).toHaveLength(4);
    expect(s.caller.knowledgeBase).toHaveLength(3);
    expect(s.callee.concerns).toHaveLength(2);
  });

  it("reads 第一部分 / 第二部分 as the two sides (zh)", async () => {
    const s = await readScenarioFile(`${TUNE}/zh-floorheat-parts.txt`);
    expect(s.caller.name).toBe("罗佳怡");
    expect(s.caller.steps).toHaveLength(4);
    expect(s.callee.concerns).toHaveLength(2);
  });

  it("tells a part over sections from a part that is one section", () => {
    const lines = (text: string) => text.split("\n").map((t, i) => ({ no: i + 1, text: t }));
    const grouped = lines("## Part B: the script\n### B.1 Opening line\n\"Hi.\"\n### B.2 Steps\n1. Ask.\n## Part C: the customer");
    const alone = lines("PART 2 - THE SCRIPT\nStep 1. Greet\nStep 2. Ask\nPART 3 - FAQ");
    expect(isPartHeading("Part B: the script")).toBe(true);
    expect(isPartHeading("第二部分 接听方")).toBe(true);
    expect(isPartHeading("Partners and prices")).toBe(false);
    expect(groupsSections(grouped, 0, 2)).toBe(true);
    expect(groupsSections(alone, 0, 1)).toBe(false);
  });
});

describe("boxed notes", () => {
  it("reads a one-column ASCII box as a paragraph, a grid of two columns still as a table", () => {
    const box = ["+----------------------+", "| Note: read this once |", "| before the shift.    |", "+----------------------+"];
    expect(gridTableLines(box)).toEqual(["", "Note: read this once before the shift.", "", ""]);
    const grid = ["+-----+-----+", "| a   | b   |", "+-----+-----+"];
    expect(gridTableLines(grid)[0]).toMatch(/^\|/u);
  });

  it("keeps the numbered script around boxed notes whole (en, zh)", async () => {
    expect((await readScenarioFile(`${TUNE}/en-locksmith-boxes.txt`)).caller.steps).toHaveLength(4);
    const zh = await readScenarioFile(`${TUNE}/zh-gown-boxes.md`);
    expect(zh.caller.steps).toHaveLength(3);
    expect(zh.caller.knowledgeBase).toHaveLength(2);
  });
});

describe("capital titles with a bracketed remark", () => {
  it("is a heading named without its remark", () => {
    expect(headingOf("CALLER SCRIPT (v2, draft)")).toMatchObject({ level: 1, text: "CALLER SCRIPT", weak: false });
    // A dashed line in capitals is no banner: "PART 2 — …" parts are read by the plain-text layout (the aquarium
    // document above), and a banner there would take a plain-text SOP's "SECTION D — FAQ (…)" away from it.
    expect(headingOf("SECTION D — FAQ (answer only when asked)")?.level ?? 10).toBeGreaterThan(1);
    expect(headingOf("Call them (today)")?.level ?? 10).toBeGreaterThan(1);
  });

  it("reads the sections such titles name", async () => {
    const s = await readScenarioFile(`${TUNE}/en-telescope-capstitles.txt`);
    expect(s.caller.steps).toHaveLength(4);
    expect(s.caller.knowledgeBase).toHaveLength(3);
    expect(s.caller.closingLines).toHaveLength(2);
  });
});

describe("SpreadsheetML workbooks", () => {
  it("reads worksheets as sections: script rows as steps, question rows as the FAQ, ending rows as closings (en, zh)", async () => {
    const en = await readScenarioFile(`${TUNE}/en-kayak-sheet.xml`);
    expect(en.caller.name).toBe("Jonah Pryor");
    expect(en.caller.organization).toBe("Riverbend Kayak Hire");
    expect(en.caller.steps.map((step) => step.title)).toEqual(["Opening", "Booking", "Wetsuits", "Meeting point"]);
    expect(en.caller.knowledgeBase).toHaveLength(3);
    expect(en.caller.closingLines).toHaveLength(2);
    expect(en.callee.name).toBe("Bethany Cole");
    const zh = await readScenarioFile(`${TUNE}/zh-mooncake-sheet.xml`);
    expect(zh.language).toBe("zh");
    expect(zh.caller.name).toBe("高思远");
    expect(zh.caller.steps).toHaveLength(5);
    expect(zh.callee.name).toBe("钟立华");
  });

  it("keeps each row at its source line, cells split over lines and ss:Index gaps included", () => {
    const xml = [
      '<?xml version="1.0"?>',
      '<?mso-application progid="Excel.Sheet"?>',
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
      ' <Worksheet ss:Name="Steps">',
      "  <Table>",
      "   <Row>",
      '    <Cell><Data ss:Type="Number">1</Data></Cell>',
      '    <Cell><Data ss:Type="String">Greet</Data></Cell>',
      '    <Cell ss:Index="4"><Data ss:Type="String">Hello &amp; welcome.</Data></Cell>',
      "   </Row>",
      "  </Table>",
      " </Worksheet>",
      "</Workbook>",
    ].join("\n");
    const read = spreadsheetMlRows(xml);
    expect(read?.text).toBe("## Steps\n1. Greet: Hello & welcome.");
    expect(read?.lineOf).toEqual([4, 6]);
    expect(spreadsheetMlRows("<Workbook><Worksheet/></Workbook>")).toBeNull();
  });

  it("leaves other documents to the other readers", () => {
    const s = parseScenarioText("# Caller\nYou are Ann from Acme.\n## Steps\n1. Say hello.\n");
    expect(s.caller.steps).toHaveLength(1);
    expect(spreadsheetMlRows(readFileSync(`${TUNE}/en-gutter-parts.md`, "utf8"))).toBeNull();
  });
});
