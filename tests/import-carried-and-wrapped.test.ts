// A document carried by a patch or a calendar, held in protobuf text / HCL blocks, or wrapped by an API (GraphQL
// connections, JSON written as text with {{placeholders}}): the human text inside is what the reader reads.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-carried-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const branches = (s: { caller: { steps: { branches?: unknown[] }[] } }): number => s.caller.steps.reduce((n, st) => n + (st.branches?.length ?? 0), 0);

const PATCH = `From 1111 Mon Sep 17 00:00:00 2001
Subject: [PATCH] 话术：改第二步

---
diff --git a/call.md b/call.md
--- a/call.md
+++ b/call.md
@@ -1,9 +1,10 @@
 # 竹编灯笼 取货提醒
 
 你是篾香工坊的客服，叫卜清岚。
 
 ## 步骤
 1. 问好：“您好，我是篾香工坊的卜清岚，您订的竹编灯笼编好了。”
-2. 推荐：“要不要再配一对流苏？”
+2. 约取货：“您这周哪天方便来取？”
+3. 付尾款：“尾款一百二，到店付就行。”
 
 ## 结束语
 好的，那到时候见。
`;

const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:call\r\nDESCRIPTION:ROLE\\nYou are Anselm Fairweather from Brindle Clock Repairs.\\n\\nSTE\r\n PS\\n1. Greet: \"Hello\\, it's Anselm from Brindle Clock Repairs - your mant\r\n el clock is running again.\"\\n2. Collect: \"Could you call in on Saturday?\"\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSTATUS:CANCELLED\r\nDESCRIPTION:STEPS\\n1. Say: \"An old script.\"\\n2. Say: \"Another.\"\\n3. Say: \"And more.\"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

const TEXTPROTO = `# a config
caller_name: "柏语桐"
org: "云杉乐器行"
step {
  title: "问好"
  say: "您好，我是云杉乐器行的柏语桐，您的手风琴修好了。"
}
step {
  title: "约取"
  say: "您周几方便来取？"
  branch { if: "客户说要寄" then: "问清地址，说明运费到付" }
}
# step { title: "推荐" say: "..." }
faq { q: "保修多久" a: "修好的部位保修半年。" }
objection { customer_says: "修得太慢了" reply: "配件是从厂家调的，耽误您了。" }
`;

const HCL = `locals {
  shop = "Marlow Kite Works"
}
resource "agent" "pickup" {
  name = "Isadora Penhallow"
  organisation = local.shop
  step {
    say = "Hello, it's Isadora from \${local.shop} - your kite is restrung."
  }
  step {
    say = "Could you pick it up on Sunday?"
    enabled = false
  }
  step {
    say = "Would Saturday morning suit you instead?"
  }
}
`;

const GRAPHQL = JSON.stringify({ data: { agent: { __typename: "Agent", displayName: "Rosalind Achterberg", org: { name: "Quayside Bell Ringers" } },
  script: { steps: { totalCount: 3, edges: [
    { cursor: "YTA=", node: { title: "Hello", utterance: "Hi, it's Rosalind from Quayside Bell Ringers - your practice night has moved.", archived: false } },
    { cursor: "YTE=", node: { title: "Old", utterance: "Would you like a tower tour?", archived: true } },
    { cursor: "YTI=", node: { title: "Confirm", utterance: "Can you make Thursday at seven instead?", archived: false } },
  ] } } } });

const POSTMAN = JSON.stringify({ info: { name: "bot debug" }, variable: [{ key: "owner", value: "鲍书萍" }], item: [{ name: "start", request: { body: { mode: "raw",
  raw: JSON.stringify({ messages: [{ role: "system", content: "## 身份\n你是星桥琴房的回访员，叫晏秋实。\n\n## 客户\n- 姓名：{{owner}}\n\n## 流程\n1. 问好：“{{owner}}您好，我是星桥琴房的晏秋实，上周的钢琴调律您还满意吗？”\n2. 约下次：“半年后再给您约一次调律好吗？”\n\n## 结束语\n好的，祝您生活愉快。" }] }) } } }] });

const XML = `<?xml version="1.0"?>
<pack company="Harrowgate Clock Menders">
  <role>You are Cosima Ellery from Harrowgate Clock Menders.</role>
  <customer><field name="Name">Ambrose Lytton</field><field name="Clock">longcase</field></customer>
  <steps>
    <step title="Hello"><speak>Hello Mr Lytton, <break time="200ms"/>it's Cosima from <emphasis>Harrowgate Clock Menders</emphasis>.</speak></step>
    <step title="Old offer" enabled="false"><speak>Would you like a new pendulum?</speak></step>
    <step title="Collect"><speak>Your longcase clock is ready; could you collect on Friday?</speak></step>
  </steps>
  <faq><item q="Is it guaranteed?">Yes, for a year.</item><objection says="That took ages.">The movement parts came from Germany.</objection></faq>
</pack>
`;

describe("documents carried, held in blocks or wrapped", () => {
  it("an XML prompt pack: elements as the tree, SSML tags no text, the disabled step left out", async () => {
    const s = await readScenarioFile(file("clocks.xml", XML));
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.lines.join(" ")).toContain("it's Cosima from Harrowgate Clock Menders");
    expect(s.caller.knowledgeBase.length).toBe(2);
    expect(s.caller.customerProfile.length).toBe(2);
  });

  it("a patch email: the file after the patch (a removed step gone, added steps in)", async () => {
    const s = await readScenarioFile(file("lantern.patch", PATCH));
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.steps.map((st) => st.lines.join("")).join(" ")).not.toContain("流苏");
  });

  it("an iCalendar event: the live event's folded, escaped description", async () => {
    const s = await readScenarioFile(file("clock.ics", ICS));
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.lines.join(" ")).toContain("mantel clock");
  });

  it("protobuf text: repeated step blocks are steps, the commented one is not; branch, FAQ and objection blocks read", async () => {
    const s = await readScenarioFile(file("accordion.textproto", TEXTPROTO));
    expect(s.caller.steps.length).toBe(2);
    expect(branches(s)).toBe(1);
    expect(s.caller.knowledgeBase.length).toBe(2);
    expect(s.caller.knowledgeBase.filter((e) => e.kind === "objection").length).toBe(1);
  });

  it("HCL: step blocks (one disabled) with local values interpolated", async () => {
    const s = await readScenarioFile(file("kite.tf", HCL));
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.lines.join(" ")).toContain("from Marlow Kite Works");
  });

  it("a GraphQL response: connection edges are the steps, the archived node left out", async () => {
    const s = await readScenarioFile(file("bells.json", GRAPHQL));
    expect(s.caller.steps.length).toBe(2);
  });

  it("a Postman collection: the JSON body held as text is opened and its {{placeholders}} filled", async () => {
    const s = await readScenarioFile(file("piano.json", POSTMAN));
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.lines.join("")).toContain("鲍书萍");
  });
});
