// Closing lines a program keys by the outcome they end (`{"key": "booked", "say": "…"}` under "ending"): written as
// "outcome: line", as a person lists closings by outcome, so each outcome keeps its own line.
import { describe, expect, it } from "vitest";
import { jsonOutline } from "../src/import/json-outline.js";

describe("closings keyed by outcome", () => {
  it("en: each {key, say} record under ending is one 'outcome: line'", () => {
    const outline = jsonOutline({ ending: [{ key: "booked", say: "Great, see you Monday. Goodbye!" }, { key: "busy", say: "No problem, I'll call back later. Bye!" }] });
    expect(outline).toContain("- booked: Great, see you Monday. Goodbye!");
    expect(outline).toContain("- busy: No problem, I'll call back later. Bye!");
  });
  it("zh: 结束语记录 {key, say} 各写成「结果: 话术」", () => {
    const outline = jsonOutline({ ending: [{ key: "约好", say: "好的，那周一见，再见！" }, { key: "忙碌", say: "好的不打扰，回头再打给您，再见！" }] });
    expect(outline).toContain("- 约好: 好的，那周一见，再见！");
    expect(outline).toContain("- 忙碌: 好的不打扰，回头再打给您，再见！");
  });
});
