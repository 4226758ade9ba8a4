// The opening's check asked only after the errand was told is out of order where the errand was told (a supervisor
// marks the telling before the check), not where the check came. Documents invented for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function orderFaultTurns(doc: string, lines: readonly string[], zh: boolean): number[] {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  const check = evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "order");
  return check?.passed === false ? [...check.turns] : [];
}

const EN = "## Caller\n\n### Role\nSam from Example Opticians.\n\n### Steps\n1. Opening: \"Hello, it's Sam from Example Opticians. Am I speaking with Ms Ruth Lane?\"\n2. Check: \"Before I go on, could you confirm your postcode?\"\n3. Purpose: \"Your new glasses are ready to collect at the Market Street shop.\"\n4. Time: \"You can collect them any weekday from 9am to 5pm.\"\n\n### Ending\n- Done: \"Thanks, goodbye.\"\n";
const ZH = "## 拨打方\n\n### 角色\n示例眼镜店的小林。\n\n### 步骤\n1. 开场：“您好，我是示例眼镜店的小林，请问是周芳女士吗？”\n2. 核对：“麻烦您说一下手机号后四位，我核对一下。”\n3. 来意：“您配的新眼镜已经到店了，可以来取。”\n4. 时间：“工作日上午9点到下午5点都可以来取。”\n\n### 结束语\n- 完成：“好的，谢谢，再见。”\n";

describe("the errand told before the check", () => {
  it("en: charged where the errand was told", () => {
    const turns = orderFaultTurns(EN, ["Hello, it's Sam from Example Opticians. Am I speaking with Ms Ruth Lane?", "Yes.", "Your new glasses are ready to collect at the Market Street shop.", "Oh good.", "You can collect them any weekday from 9am to 5pm.", "Fine.", "Before I go on, could you confirm your postcode?", "NR2 4AB.", "Thanks, goodbye.", "Bye."], false);
    expect(turns).toEqual([2]);
  });
  it("zh: 在先说来意的那一轮记", () => {
    const turns = orderFaultTurns(ZH, ["您好，我是示例眼镜店的小林，请问是周芳女士吗？", "是我。", "您配的新眼镜已经到店了，可以来取。", "好的。", "工作日上午9点到下午5点都可以来取。", "行。", "麻烦您说一下手机号后四位，我核对一下。", "3391。", "好的，谢谢，再见。", "再见。"], true);
    expect(turns).toEqual([2]);
  });
});
