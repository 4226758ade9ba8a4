// Layouts the reader refused or misread (written for this test, zh and en each, failing before): a spreadsheet exported
// as tab-separated rows with a column naming each row's part; a slide deck exported as text (a banner line per slide
// with the same labelled title line under each, or "Slide 3 — Title" with the slide indented under it, a slide "(2)"
// continuing the one before); a flowchart exported as node lines ("Node Name | content"); its banner-titled lanes are not read as sides yet.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { sheetRows } from "../src/scenario/sheet-rows.js";

const read = (name: string) => parseScenarioText(readFileSync(`tests/fixtures/sheet-and-slides/${name}`, "utf8"));

describe("spreadsheet rows", () => {
  it("reads the grouping column as sections and each row as an item (zh)", () => {
    const s = read("zh-library-sheet.md");
    expect(s.caller.name).toBe("孟庆禾");
    expect(s.caller.task).toContain("提醒居民归还");
    expect(s.caller.opening).toContain("请问是邵雅琴邵女士吗");
    expect(s.caller.steps.map((step) => step.title)).toEqual(["核实身份", "提醒逾期", "约定时间", "复述结束"]);
    expect(s.callee.name).toBe("邵雅琴");
  });

  it("reads the grouping column as sections and each row as an item (en)", () => {
    const s = read("en-swimclub-sheet.md");
    expect(s.caller.organization).toBe("Harbour Swim Club");
    expect(s.caller.opening).toContain("Am I speaking with Owen Pryce?");
    expect(s.caller.steps.length).toBe(4);
    expect(s.caller.knowledgeBase.length).toBe(2);
  });

  it("keeps the source's line numbers in what it reports", () => {
    const s = read("en-swimclub-sheet.md");
    const lapse = s.facts.find((f) => f.text.includes("30 October"));
    expect(lapse?.line).toBe(5);
  });

  it("leaves a document with a few tabbed lines alone", () => {
    expect(sheetRows("## Steps\n1. a\tb\tc\n2. d\n3. e\n")).toBeNull();
    expect(sheetRows("a\tb\tc\nd\te\tf\ng\th\ti\nj\tk\tl\nm\tn\to\np\tq\tr\n")).toBeNull();
  });
});

describe("comma-separated rows, quoted cells over several lines (refused before)", () => {
  it("reads each record as an item of its part (zh)", () => {
    const s = read("zh-bike-repair-csv.md");
    expect(s.caller.name).toBe("柏晓岚");
    expect(s.caller.task).toContain("约定取车时间");
    expect(s.caller.steps.map((step) => step.title)).toEqual(["开场核实", "说明情况", "约取车", "复述结束"]);
    expect(s.caller.knowledgeBase.length).toBe(2);
    expect(s.callee.name).toBe("童嘉树");
  });

  it("reads each record as an item of its part, a cell's later lines at their own source lines (en)", () => {
    const s = read("en-kayak-rental-csv.md");
    expect(s.caller.name).toBe("Marisol Quenby");
    expect(s.caller.task).toContain("where to park");
    expect(s.caller.steps.length).toBe(4);
    expect(s.caller.steps[0]?.branches?.length).toBe(1);
    expect(s.caller.knowledgeBase.length).toBe(2);
    expect(s.facts.find((f) => f.text.includes("4471"))?.line).toBe(7);
  });

  it("leaves prose with commas alone", () => {
    expect(sheetRows("We call, we listen, we note.\nThen, if asked, we explain.\nA line.\nAnother, one.\nMore, and more, and more.\nEnd, done.\n")).toBeNull();
  });
});

describe("slide decks exported as text", () => {
  it("reads each slide's title line as its heading (zh)", () => {
    const s = read("zh-gym-slides.md");
    expect(s.caller.name).toBe("卢思远");
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.knowledgeBase.length).toBe(2);
  });

  it("reads each slide's title line as its heading (en)", () => {
    const s = read("en-library-slides.md");
    expect(s.caller.name).toBe("Grace Adeyemi");
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Opening and identity", "The reserved book", "Pickup day"]);
  });
});

describe("numbered slides with their content indented under them", () => {
  for (const [name, steps, opening] of [
    ["zh-laundry-numbered-slides.md", ["确认本人", "说明来意", "约取衣时间"], "您好，我是白桦洗衣的小甘"],
    ["en-pharmacy-numbered-slides.md", ["Confirm identity", "Explain why we call", "Agree a pickup time"], "Hello, this is Tobias"],
  ] as const) {
    it(`reads a continued slide as more of the same section (${name})`, () => {
      const s = read(name);
      expect(s.caller.steps.map((step) => step.title)).toEqual(steps);
      expect(s.caller.opening).toContain(opening);
      expect(s.caller.knowledgeBase.length).toBe(1);
    });
  }
});

describe("flowchart node lines", () => {
  it("reads each node as an item of its lane (zh)", () => {
    const s = read("zh-dentist-nodes.md");
    expect(s.caller.task).toContain("确认复诊时间");
    expect(s.caller.opening).toBe("您好，我是清禾口腔的小裴，打扰您一分钟。");
    expect(s.caller.steps.length).toBe(3);
  });

  it("reads each node as an item of its lane, the line's own 'Say:' no part of the step's title (en)", () => {
    const s = read("en-vet-nodes.md");
    expect(s.caller.name).toBe("Imogen Hale");
    expect(s.caller.opening).toBe("Hello, this is Imogen from Fernhill Vets. Is that Mr Rhys Calloway?");
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Confirm the pet", "Offer a slot", "Recap"]);
  });
});
