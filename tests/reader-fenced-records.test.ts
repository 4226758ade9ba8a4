// A scenario or persona written as one fenced YAML/JSON block: the caller's own record under a side key, the
// customer's record under theirs, keys named like the reader's headings, and the text after the fence kept apart.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { readPersonaDraft } from "../src/scenario/read-markdown.js";
import type { Decision } from "../src/scenario/trace.js";

describe("fenced records", () => {
  it("reads the caller's identity and the customer's record from side keys of a fenced JSON scenario", () => {
    const s = parseScenarioText(`# 回访配置

\`\`\`json
{
  "agent": { "name": "钟予安", "company": "蓝鲸家电清洗", "role": "你是蓝鲸家电清洗的客服钟予安。" },
  "customer": { "姓名": "乔立群", "项目": "空调深度清洗" },
  "opening": "乔先生您好，我是蓝鲸家电清洗的小钟。",
  "steps": [{ "title": "问效果", "say": "清洗完制冷好些了吗？" }],
  "closing": ["好的，祝您生活愉快，再见！"]
}
\`\`\`

备注：周日不打电话，客户说在忙就说“那我改天再打”。
`);
    expect(s.caller.name).toBe("钟予安");
    expect(s.caller.organization).toBe("蓝鲸家电清洗");
    expect(s.caller.customerProfile.length).toBe(2);
    expect(s.callee.name).toBe("乔立群");
    // The note after the fence is not one more closing line.
    expect(s.caller.closingLines).toEqual(["好的，祝您生活愉快，再见！"]);
  });

  it("reads a persona written as one fenced YAML block whose keys name its parts", () => {
    const decisions: Decision[] = [];
    const callee = readPersonaDraft(`# The person called

\`\`\`yaml
name: Moira Quill
age: 52
concerns:
  - The delivery date moved twice
  - She may be out on Friday
behaviour:
  - Short answers
hang_up_when:
  - She has a new date
\`\`\`
`, () => {}, decisions);
    expect(callee.name).toBe("Moira Quill");
    expect(callee.concerns.length).toBe(2);
    expect(callee.behaviours.length).toBe(1);
    expect(callee.endConditions.length).toBe(1);
  });
});
