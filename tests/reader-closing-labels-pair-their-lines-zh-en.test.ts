// Closings written as labelled lines (invented documents, zh and en): each label is an end condition paired with its
// line, the line kept without the label, whatever the layout: a bracket label alone over its quoted line (a plain-text
// export makes it a heading), a "label：line" row with no quotes, a bracket label before an unquoted line; and the
// labelled pairs stay beside their lines when a bare "when to end" list is written before them.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const ZH_HEAD = `【外呼人员】林晓，青松家政
【客户】姚女士

【开场】
“姚女士您好，我是青松家政的林晓，跟您约一下保洁时间。”

【流程】
1. “周三上午还是周四下午方便？”
2. “跟您确认一下，{时间}上门。”

`;

const EN_HEAD = `# Window cleaning booking

## Opening
"Hi, it's Sam from Brightpane Windows about your window clean."

## Script
1. "Would Tuesday or Thursday suit you?"
2. "Just to confirm, we'll see you {time}."

`;

describe("closing labels become end conditions paired with their lines", () => {
  it("zh: 【label】 alone over its quoted line", () => {
    const s = parseScenarioText(`${ZH_HEAD}【结束语】\n【已约好】\n“好的姚女士，那就{时间}见，再见！”\n【改时间】\n“好的，不打扰您了，我明天再打给您，再见。”\n`);
    expect(s.caller.endConditions).toEqual(["已约好", "改时间"]);
    expect(s.caller.closingLines).toEqual(["好的姚女士，那就{时间}见，再见！", "好的，不打扰您了，我明天再打给您，再见。"]);
  });

  it("en: [Label] alone over its quoted line", () => {
    const s = parseScenarioText(`${EN_HEAD}## Closings\n[Booked]\n"Great, see you then. Bye!"\n[Call back]\n"No problem, I'll ring you tomorrow. Bye!"\n`);
    expect(s.caller.endConditions).toEqual(["Booked", "Call back"]);
    expect(s.caller.closingLines).toEqual(["Great, see you then. Bye!", "No problem, I'll ring you tomorrow. Bye!"]);
  });

  it("zh: unquoted 'label：line' rows and 【label】line rows", () => {
    const rows = parseScenarioText(`${ZH_HEAD}【结束语】\n满意：那就不打扰您了，再见！\n不满意：您的问题我记下了，主管今天回电，再见！\n`);
    expect(rows.caller.endConditions).toEqual(["满意", "不满意"]);
    expect(rows.caller.closingLines).toEqual(["那就不打扰您了，再见！", "您的问题我记下了，主管今天回电，再见！"]);
    const bracketed = parseScenarioText(`${ZH_HEAD}【结束语】\n- 【已约好】好的，那就{时间}见，再见！\n- 【改时间】好的，我明天再打给您，再见。\n`);
    expect(bracketed.caller.endConditions).toEqual(["已约好", "改时间"]);
    expect(bracketed.caller.closingLines).toEqual(["好的，那就{时间}见，再见！", "好的，我明天再打给您，再见。"]);
  });

  it("en: unquoted 'Label: line' rows", () => {
    const s = parseScenarioText(`${EN_HEAD}## Closings\n- Booked: Great, see you then. Bye!\n- Call back: No problem, I'll ring you tomorrow. Bye!\n`);
    expect(s.caller.endConditions).toEqual(["Booked", "Call back"]);
    expect(s.caller.closingLines).toEqual(["Great, see you then. Bye!", "No problem, I'll ring you tomorrow. Bye!"]);
  });

  it("zh/en: labelled pairs come first when a bare end list is written before them", () => {
    const zh = parseScenarioText(`${ZH_HEAD}【结束条件】\n- 复述完时间\n- 客户要改天\n\n【结束语】\n- 已约好：“好的，那就{时间}见，再见！”\n- 改时间：“好的，我明天再打给您，再见。”\n`);
    expect(zh.caller.endConditions.slice(0, 2)).toEqual(["已约好", "改时间"]);
    expect(zh.caller.closingLines).toEqual(["好的，那就{时间}见，再见！", "好的，我明天再打给您，再见。"]);
    const en = parseScenarioText(`${EN_HEAD}## End conditions\n- The time is read back\n- They want another day\n\n## Closings\n- Booked: "Great, see you then. Bye!"\n- Call back: "No problem, I'll ring you tomorrow. Bye!"\n`);
    expect(en.caller.endConditions.slice(0, 2)).toEqual(["Booked", "Call back"]);
    expect(en.caller.endConditions).toHaveLength(4);
  });
});
