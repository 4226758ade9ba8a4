// A script sent round with its edits marked in the text (deletions in [-…-], insertions in [+…+], as wdiff and
// plain-text track changes write them) reads as the text after the edits: the caller's name, the opening and the
// steps are the new ones. Before, the marks were read as words ("[-Ines-] [+Marta+]" as the caller's name).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { acceptTrackedChanges } from "../src/scenario/tracked-changes.js";

const EN = `# Boiler service reminder [-draft-] [+final+]

## Role
You are [-Ines-] [+Marta+] from Hearthline Heating.

## Opening line
"Hello, it's [-Ines-] [+Marta+] from Hearthline Heating about your boiler service [-next month-] [+on Tuesday+]."

## Steps
1. Greet and confirm the customer.
2. Offer the slot: £[-80-] [+85+] for the yearly service.
[+3. Closing.+]
`;

const ZH = `# 热水器保养提醒

## 角色
你是暖流热水器的客服[-小吴-][+小陶+]。

## 开场白
“您好，我是暖流热水器的[-小吴-][+小陶+]，提醒您保养。”

## 分步流程
1. 问好。
2. 约时间：[-周一-][+周三+]上午。
`;

describe("tracked changes read as the text after them", () => {
  it("en: deleted words go, inserted words stay, an inserted step is a step", () => {
    const s = parseScenarioText(EN);
    expect(s.caller.name).toBe("Marta");
    expect(s.caller.opening ?? "").toContain("on Tuesday");
    expect(s.caller.opening ?? "").not.toMatch(/Ines|next month|\[[-+]/u);
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.steps[1]?.title + (s.caller.steps[1]?.lines.join(" ") ?? "")).toContain("£85");
  });

  it("zh: the same with no spaces around the marks", () => {
    const s = parseScenarioText(ZH);
    expect(s.caller.opening ?? "").toContain("小陶");
    expect(s.caller.opening ?? "").not.toContain("小吴");
  });

  it("a deletion across lines keeps the line count", () => {
    const text = "a [-b\nc-] d\ne";
    expect(acceptTrackedChanges(text).split("\n").length).toBe(3);
    expect(acceptTrackedChanges(text).replace(/\s+/gu, " ")).toBe("a d e");
  });
});
