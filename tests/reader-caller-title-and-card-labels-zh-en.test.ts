// Two things real team documents write (invented documents, zh and en): a caller field giving a job title before the
// name ("外呼人：前台 某某", "客服专员 小某（某某）", "Caller: Scheduler Amy Booth"); a persona card's one-word labels
// 当前 / 挂电话 (the situation, when to hang up).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const ZH_FIELD = (value: string): string => `回访话术
外呼人：${value}，青松家政

开场白
“您好，我是青松家政的小林，跟您约一下保洁时间。”

流程
1. “周三上午还是周四下午方便？”
2. “好的，那就这么定了。”
`;

describe("a job title before the caller's name", () => {
  it("zh: the name after the title, the full form for a short form in brackets", () => {
    expect(parseScenarioText(ZH_FIELD("前台 欧阳青")).caller.name).toBe("欧阳青");
    expect(parseScenarioText(ZH_FIELD("客服专员 小林（林可）")).caller.name).toBe("林可");
  });
  it("en: a title the caller never says of itself is left off", () => {
    const en = parseScenarioText(`# Booking call\n\nCaller: Scheduler Amy Booth, Brightpane Windows\n\n## Opening\n"Hi, it's Amy from Brightpane Windows."\n\n## Script\n1. "Would Tuesday suit?"\n2. "Great, see you then."\n`);
    expect(en.caller.name).toBe("Amy Booth");
  });
});

describe("a persona card's one-word labels", () => {
  it("zh: 当前 is the situation, 挂电话 when to end", () => {
    const s = parseScenarioText(`# 拨打方\n## 开场白\n“您好，我是青松家政的林可。”\n## 流程\n1. “周三方便吗？”\n2. “好的，再见。”\n\n# 接听方\n身份 ：庞丽，退休教师。\n当前 ：在菜市场买菜，有点吵。\n说话 ：慢，爱说“哎呀”。\n挂电话 ：约好时间就挂；对方要验证码就挂。\n`);
    expect(s.callee.situation).toContain("菜市场");
    expect(s.callee.endConditions).toHaveLength(2);
  });
  it("en: 'Right now' is the situation", () => {
    const s = parseScenarioText(`# Caller\n## Opening\n"Hi, it's Amy from Brightpane Windows."\n## Script\n1. "Would Tuesday suit?"\n2. "Great, bye."\n\n# Callee\nWho: Ruth Kemp, retired.\nRight now: at the allotment, a bit out of breath.\nHang up: once a day is agreed.\n`);
    expect(s.callee.situation).toContain("allotment");
  });
});
