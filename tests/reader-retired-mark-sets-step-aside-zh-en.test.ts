// A step retired by a bracketed mark right after its number (invented documents): "③ 【已作废】…", "Step 3 - [REMOVED
// in May: …] …" is set aside like a struck-through step, even when the live step after it takes the same number; a mark
// later in a live step's line retires nothing.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

describe("a bracketed retired mark after a step's number", () => {
  it("zh: ③【已作废】 is set aside, the live ③ kept", () => {
    const s = parseScenarioText(`# 拨打方\n## 开场白\n“您好，我是青松家政的林可。”\n## 通话流程\n① 约时间：「周三还是周四方便？」\n② 说明：「师傅大概待两个小时。」\n③ 【已作废】推荐年卡（今年起不推）\n③ 提醒：「家里留个人就行（不是必须本人）。」\n`);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["约时间", "说明", "提醒"]);
  });
  it("en: Step 3 - [REMOVED …] is set aside, the live Step 3 kept", () => {
    const s = parseScenarioText(`# Caller\n## Opening\n"Hi, it's Amy from Brightpane Windows."\n## Script\nStep 1 - Day: "Would Tuesday suit?"\nStep 2 - Access: "Could you leave the side gate open?"\nStep 3 - [REMOVED in May: gutter add-on dropped] "Shall we clear the gutters too?"\nStep 3 - Payment: "You can pay the team on the day (removed from the invoice later)."\n`);
    expect(s.caller.steps).toHaveLength(3);
    expect(s.caller.steps.some((step) => step.lines.join(" ").includes("gutters"))).toBe(false);
  });
});
