// General layout causes the reader once ignored, each on a document written for this test: emoji-led bold labels,
// a knowledge base as a definition list or as "question? — answer" items, sub-step branches, a script table's notes
// column, identity fields, a negated style label and a persona "you are playing" sentence.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { readPersonaDraft } from "../src/scenario/read-markdown.js";

describe("layout causes", () => {
  it("ends a script at an emoji-led bold label of its own style, and reads a Q/A table under it", () => {
    const s = parseScenarioText(`🙋 **You are** Nia Holt, a planner with Sunbeam Removals.

📞 **Opening:** "Hi, it's Nia from Sunbeam Removals about your move."

🪜 **Steps**
- **1. Date** → "Which day are you moving?"
* **2. Rooms** → "How many rooms are we packing?"

🧱 **Hurdles**

| Objection | Response |
| --- | --- |
| "It's too dear" | "We can skip packing and save you a third." |

💡 **Handy facts**
• Q: Do you bring boxes? A: Yes, twenty are included.
• Q: Is insurance included? A: Yes, up to ten thousand pounds.
`);
    expect(s.caller.steps.map((step) => step.lines.length)).toEqual([1, 1]);
    expect(s.caller.knowledgeBase.length).toBe(3);
    expect(s.caller.knowledgeBase.filter((e) => e.kind === "objection").length).toBe(1);
  });

  it("reads a definition list as a knowledge base and '? — answer' items under an unknown label as one", () => {
    const zh = parseScenarioText(`## 角色\n你是青禾净水的客服阿禾。\n\n## 步骤\n1. 问水质：“最近出水还好吗？”\n\n## 知识库\n滤芯寿命：一般六个月换一次。\n保修：整机两年。\n`);
    expect(zh.caller.knowledgeBase.map((e) => e.question)).toEqual(["滤芯寿命", "保修"]);
    const en = parseScenarioText(`You are Sam from Brook Dental.\n\nStep 1 — Confirm\n"Is Tuesday at nine still good?"\n\nThings people ask\n- Is parking free? — Yes, behind the building.\n- Can I bring my child? — Of course.\n`);
    expect(en.caller.steps.length).toBe(1);
    expect(en.caller.knowledgeBase.map((e) => e.question)).toEqual(["Is parking free?", "Can I bring my child?"]);
  });

  it("keeps a sub-step's branch and a notes column's branch as branches", () => {
    const sub = parseScenarioText(`## Role\nYou are Ola from Pine Books.\n\n## Flow\n1. Check\n   1.1 Say: "Did the parcel arrive?"\n   1.2 If it did not, then offer a resend.\n2. Close\n   2.1 Say: "Thanks, bye."\n`);
    expect(sub.caller.steps.map((step) => step.branches?.length ?? 0)).toEqual([1, 0]);
    const table = parseScenarioText(`## Role\nYou are Ola from Pine Books.\n\n## Script\n| # | Stage | What to say | Notes |\n| --- | --- | --- | --- |\n| 1 | Check | "Did the parcel arrive?" | If it did not, then offer a resend. |\n| 2 | Close | "Thanks, bye." | |\n`);
    expect(table.caller.steps.map((step) => step.branches?.length ?? 0)).toEqual([1, 0]);
  });

  it("reads unnumbered stage headings inside a script as its steps, the bullets under each as its content", () => {
    const s = parseScenarioText(`# 角色\n你是安泰物业的管家小乔。\n\n## Workflow\n### [OPEN] 开场\n- 先核实身份\n- 话术："您好，请问是王先生吗？我是安泰物业的小乔。"\n### [FEE] 物业费\n- 话术："今年的物业费下周截止缴纳。"\n- 若业主说要分期，则告诉他可以分两次交。\n`);
    expect(s.caller.steps.map((step) => [step.title, step.lines.length, step.branches?.length ?? 0])).toEqual([["开场", 1, 0], ["物业费", 1, 1]]);
  });

  it("reads a bare 'Profile' whose fields are labelled with the customer's word as the customer profile", () => {
    const s = parseScenarioText(`# Role\n你是恒达保险的续保专员小何。\n\n## Profile\n- 客户姓名：孔先生\n- 保单到期：下月3号\n\n## 步骤\n1. 开场：“您好，我是恒达保险的小何。”\n`);
    expect(s.caller.customerProfile.length).toBe(2);
    expect(s.caller.name).toBe("小何");
  });

  it("takes the caller's name from a caller-word field, never an organisation field's label", () => {
    const s = parseScenarioText(`ROUND CHECK (brief)\nCompany: Orchard Water Co.\nCaller: Dana Pryce, account manager\n\nYou are Dana Pryce from Orchard Water Co. You call offices about their coolers.\n\nStep 1 — Check\n"Any trouble with the cooler?"\n`);
    expect(s.caller.name).toBe("Dana Pryce");
    expect(s.caller.organization).toBe("Orchard Water Co.");
  });

  it("prefers 'you are NAME' over a title's label and drops a leading 'the' from an organisation", () => {
    const s = parseScenarioText(`Hilltop Kennels: boarding follow-up\n\nYou are Rhea, the manager at the Hilltop Kennels. You call owners after a stay.\n\nCall plan:\n1) Ask: "How has he settled back home?"\n`);
    expect(s.caller.name).toBe("Rhea");
    expect(s.caller.organization).toBe("Hilltop Kennels");
  });

  it("reads a negated style label and a 'you are playing' persona", () => {
    const warn = (): void => {};
    const persona = readPersonaDraft(`You are playing Tom Reyes, 40, a night-shift nurse.\n\n**Sounds like**\n- "yeah, sorry, just woke up"\n\n**Never sounds like**\n- "I am delighted to assist."\n`, warn, []);
    expect(persona.name).toBe("Tom Reyes");
    expect([persona.style.positive.length, persona.style.negative.length]).toEqual([1, 1]);
  });
});
