// The customer's record read by where it sits and what it holds, not by one heading word: a heading naming only the
// person called inside the caller's part, a caller-only prompt, and an unnamed block of fields about the customer.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { readMarkdownDraft } from "../src/scenario/read-markdown.js";

describe("customer record by structure", () => {
  it("reads '### About the client' under '## Agent' as the caller's record of the client, not the client's side", () => {
    const s = parseScenarioText(`# Window cleaning follow-up

## Agent

### Who you are
You are Priya Lomax from Clearpane Windows.

### About the client
- Name: Howard Ebdon
- Last clean: 2 May

### Script
1. Check: "Were the windows all right after our visit?"
2. Book: "Shall I put you down for June?"
`);
    expect(s.caller.customerProfile).toEqual(["Name: Howard Ebdon", "Last clean: 2 May"]);
    expect(s.caller.name).toBe("Priya Lomax");
    expect(s.callee.name).toBe("Howard Ebdon");
  });

  it("reads a bare capitals title naming a trade's customer word ('TENANT') as the profile", () => {
    const s = parseScenarioText(`ROLE
You are Omar Kell, a lettings assistant at Brickline Lets.

TENANT
Name: Greta Voss
Lease ends: 30 June

OPENING LINE
"Hi Greta, it's Omar from Brickline Lets about your lease."

FAQ
Q: Can I stay a month longer? A: Yes, ask us in writing.
`);
    expect(s.caller.customerProfile.length).toBe(2);
    expect(s.caller.name).toBe("Omar Kell");
    expect(s.callee.name).toBe("Greta Voss");
  });

  it("reads '# Customer (from the booking system)' in a prompt that is the caller's alone as the profile", () => {
    const draft = readMarkdownDraft(`# Identity
You are Lena Ruiz, a coordinator for Tidewater Boat Storage.

# Customer (from the booking system)
Name: Piet Vandeberg
Berth: 14

# Steps
Step 1: "Hi Piet, it's Lena from Tidewater about your winter berth."
`, {}, [], "caller");
    expect(draft.scenario.caller.customerProfile).toEqual(["Name: Piet Vandeberg", "Berth: 14"]);
    expect(draft.scenario.caller.name).toBe("Lena Ruiz");
  });

  it("reads an unnamed block of fields about the customer as the profile, in either language", () => {
    const en = parseScenarioText(`You are Cal Briggs from Northgate Roofing.

**Site sheet**
- Customer: Ivy Tremlett
- Roof: slate, north side

**Opening:** "Hi Ivy, it's Cal from Northgate Roofing about your roof."
`);
    expect(en.caller.customerProfile.length).toBe(2);
    expect(en.callee.name).toBe("Ivy Tremlett");
    const zh = parseScenarioText(`## 角色
你是青橙洗衣的店员小麦，给衣服洗好还没取的顾客打电话。

## 取件单
| 字段 | 内容 |
|---|---|
| 称呼 | 邹女士 |
| 衣物 | 羊毛大衣 1 件 |

## 开场白
“邹女士您好，我是青橙洗衣的小麦，您的大衣洗好了。”
`);
    expect(zh.caller.customerProfile.length).toBe(2);
    expect(zh.callee.name).toBe("邹女士");
  });

  it("leaves an example exchange's speaker lines and the caller's own card alone", () => {
    const s = parseScenarioText(`You are Ada Nunn from Larch Dental.

**Sample**
- AI: Is Tuesday fine?
- User: Yes

**Opening:** "Hi, it's Ada from Larch Dental."
`);
    expect(s.caller.customerProfile).toEqual([]);
  });
});
