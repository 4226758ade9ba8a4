// Data containers written as text (plist, SQL dump, gettext PO, JSON Lines) are read through the tree they hold: the
// human-written script inside reaches the reader. Each document here failed to read (or read no steps) before.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-containers-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const PLIST = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>CallerName</key><string>Tobias Wrenfield</string>
  <key>Company</key><string>Lantern Glassblowing</string>
  <key>Customer</key>
  <dict><key>Name</key><string>Imelda Crouse</string><key>Order</key><string>two amber pendant shades</string></dict>
  <key>Steps</key>
  <array>
    <dict><key>Title</key><string>Hello</string><key>Say</key><string>Hi Imelda, it's Tobias from Lantern Glassblowing about your pendant shades.</string></dict>
    <dict><key>Title</key><string>Old colour</string><key>Say</key><string>Would you still like the amber tint?</string><key>Disabled</key><true/></dict>
    <dict><key>Title</key><string>Collection</string><key>Say</key><string>They are cooled and wrapped; can you collect on Friday?</string></dict>
  </array>
  <key>Closing</key><string>Lovely, see you Friday. Bye now.</string>
</dict>
</plist>
`;

const SQL = `-- dump
CREATE TABLE \`agent\` (\`id\` int, \`caller_name\` varchar(40), \`company\` varchar(80));
INSERT INTO \`agent\` VALUES (1,'岳青禾','松石琴行');
CREATE TABLE \`step\` (\`agent_id\` int, \`title\` varchar(40), \`say\` text, \`active\` tinyint);
INSERT INTO \`step\` VALUES
 (1,'问候','您好，我是松石琴行的小岳，您送修的古筝已经调好弦了。',1),
 (1,'推荐','顺便给您推荐一套新琴码，好吗？',0),
 (1,'约取','您这周六下午方便来店里取吗？',1);
CREATE TABLE \`faq\` (\`agent_id\` int, \`kind\` enum('faq','objection'), \`q\` text, \`a\` text);
INSERT INTO \`faq\` VALUES
 (1,'faq','调音收费吗？','这次保修期内免费。'),
 (1,'faq','能寄过来吗？','可以，运费到付。');
`;

const PO = `msgid ""
msgstr ""
"X-Agent-Name: Oriel Danvers\\n"

msgctxt "step"
msgid "STEP_1"
msgstr ""
"Hello, this is Oriel from Kestrel Chimney Sweeps about your "
"autumn sweep."

msgctxt "step"
msgid "STEP_2"
msgstr "Is the stove still drawing well?"

msgctxt "step"
msgid "STEP_3"
msgstr "Could we come on the ninth of next month?"

#~ msgctxt "step"
#~ msgid "STEP_4"
#~ msgstr "Would you like a bird guard fitted?"
`;

const JSONL = `{"role": "system", "content": "你是青檀家政的回访员。\\n\\n## 通话步骤\\n1. 问好：“您好，我是青檀家政的回访员，上周的深度保洁您还满意吗？”\\n2. 约下次：“下个月还给您约同一位阿姨可以吗？”\\n\\n## 结束语\\n好的，祝您生活愉快，再见。"}
{"role": "assistant", "content": "您好，我是青檀家政的回访员。"}
{"role": "user", "content": "挺好的。"}
`;

describe("text containers read through their tree", () => {
  it("reads an Apple plist's steps, leaving out the one marked Disabled", async () => {
    const s = await readScenarioFile(file("glass.plist.xml", PLIST));
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.closingLines.length).toBe(1);
  });

  it("reads a SQL dump's rows as steps and Q&A, leaving out an inactive row", async () => {
    const s = await readScenarioFile(file("qin.sql", SQL));
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.knowledgeBase.length).toBe(2);
    expect(s.language).toBe("zh");
  });

  it("reads a gettext catalogue's msgstr texts as steps, not its obsolete entries", async () => {
    const s = await readScenarioFile(file("sweep.po", PO));
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.steps[0]?.lines.join(" ")).toContain("autumn sweep");
  });

  it("reads a JSON Lines chat log's system prompt as the script", async () => {
    const s = await readScenarioFile(file("clean.jsonl", JSONL));
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.closingLines.length).toBe(1);
  });
});
