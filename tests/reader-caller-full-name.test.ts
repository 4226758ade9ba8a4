// A caller who introduces itself by a short name ("it's Morven", "我是小沈") is named in full when the document
// writes that person out in full once (a name field, a header); two different full forms leave the short name.
import { describe, expect, it } from "vitest";
import { fullerName } from "../src/scenario/full-name.js";
import { parseScenarioText } from "../src/scenario/index.js";

describe("the caller's full name", () => {
  it("is the one full form the text writes of the short name (en, zh)", () => {
    expect(fullerName("Morven", "agent: Morven Sinclair\n\nSay: \"Hi, it's Morven from the club.\"")).toBe("Morven Sinclair");
    expect(fullerName("小沈", "坐席: 沈一鸣\n\n问候：“您好，我是小沈。”")).toBe("沈一鸣");
    expect(fullerName("老沈", "坐席：沈一鸣（早班）")).toBe("沈一鸣");
  });

  it("keeps the short name when no full form, or two, are written", () => {
    expect(fullerName("Morven", "Say: \"Hi, it's Morven from Morven's Club.\"")).toBe("Morven");
    expect(fullerName("Morven", "Morven Sinclair and Morven Blake share the desk.")).toBe("Morven");
    expect(fullerName("小沈", "我是小沈，沈先生您好")).toBe("小沈");
  });

  it("names the caller of a document in full (en)", () => {
    const s = parseScenarioText("# Club renewal — Morven Sinclair's calls\n\n## Steps\n1. Greet: \"Hi, it's Morven from Rowan Rowing Club.\"\n2. Ask: \"Shall I renew your membership?\"\n");
    expect(s.caller.name).toBe("Morven Sinclair");
  });

  it("names the caller of a document in full (zh)", () => {
    const s = parseScenarioText("# 续费外呼（沈一鸣 负责）\n\n## 步骤\n1. 问候：“您好，我是云帆船舶服务的小沈。”\n2. 询问：“您的终端服务费要续一年吗？”\n");
    expect(s.caller.name).toBe("沈一鸣");
  });
});
