// Lines under a step that open on a short situation and then say what to do ("- 不在：…", "- No answer: …",
// "打错 → 道歉") are the step's branches, not lines to say; a branch wrapped onto the next line is one branch.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { conditionBranch } from "../src/scenario/condition-labels.js";

describe("situation branches", () => {
  it("reads a situation label or arrow as a branch, a field or speaker label as not", () => {
    expect(conditionBranch("   - 不在家：请家人转告，然后结束。")).toBe("不在家：请家人转告，然后结束。");
    expect(conditionBranch("  - No answer: try again tomorrow.")).toBe("No answer: try again tomorrow.");
    expect(conditionBranch("     打错 → 道歉，结束。")).toBe("打错 → 道歉，结束。");
    expect(conditionBranch("  ✗ Wrong? → close politely.")).toBe("Wrong? → close politely.");
    expect(conditionBranch('  - Say: "Hi, is that Ann?"')).toBeNull();
    expect(conditionBranch("  - 重点问大件：冰箱、洗衣机。")).toBeNull();
    expect(conditionBranch("  - 客户：“我没空。”")).toBeNull();
    expect(conditionBranch("  不在：请家人转告。")).toBeNull();
  });

  it("keeps sub-bullet branches apart from the step's line", () => {
    const doc = [
      "外呼：示例琴行 顾问 王一", "", "## 流程", "",
      "1. 问候", "   > \"您好，我是示例琴行的王一。\"", "   - 不是本人：说\"麻烦转告\"，然后结束。", "   - 在开车：约晚上再打。",
      "2. 结束", "   > \"再见。\"", "",
    ];
    const [first] = parseScenarioText(doc.join("\n")).caller.steps;
    expect(first?.lines).toEqual(["您好，我是示例琴行的王一。"]);
    expect(first?.branches).toEqual(["不是本人：说\"麻烦转告\"，然后结束。", "在开车：约晚上再打。"]);
  });

  it("joins a branch wrapped over two lines", () => {
    const doc = [
      "You are Ann Lee from Example Optics.", "", "## Call flow", "",
      "1. **Hello**", '   - Say: "Hi, is that Bo?"', "2. **Check**", '   - Say: "How is it going?"',
      "   - If she says it is blurry, offer a", "     free check on Saturday.", "3. **Close**", '   - Say: "Bye now."', "",
    ];
    const steps = parseScenarioText(doc.join("\n")).caller.steps;
    expect(steps[1]?.lines).toEqual(["How is it going?"]);
    expect(steps[1]?.branches).toEqual(["If she says it is blurry, offer a free check on Saturday."]);
  });
});
