// A document carried by a mail (an .eml with MIME parts, a mailbox of several messages) or written as RTF: the
// decoded plain text is what the reader reads, not headers, base64, quoted-printable escapes or control words.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-mail-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64").replace(/(.{76})/gu, "$1\n");

const ZH_SCRIPT = `# 钢琴调律 上门回访

你是松韵琴行的客服，叫闵若溪。

## 步骤
1. 问好：“您好，我是松韵琴行的闵若溪，上周给您家钢琴调过律。”
2. 问音准：“这几天弹着音准还稳吗？”
3. 约下次：“半年后再来调一次，您看行吗？”

## 结束语
好的，不打扰您了，再见。
`;

const EML = `From: =?utf-8?b?${Buffer.from("主管", "utf8").toString("base64")}?= <lead@example.test>
To: team@example.test
Subject: =?utf-8?b?${Buffer.from("回访话术", "utf8").toString("base64")}?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="OUTER"

--OUTER
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

${b64("各位：话术见附件，旧版第四步已经删掉了。\n")}
--OUTER
Content-Type: text/markdown
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="script.md"

${b64(ZH_SCRIPT)}
--OUTER
Content-Type: application/pdf
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--OUTER--
`;

const MBOX = `From lead@example.test Mon Mar  2 08:00:00 2026
From: Lead <lead@example.test>
Subject: kiln call script (draft)
Content-Type: text/plain; charset=utf-8

ROLE
You are Tamsin from Old Mill Kilns.

STEPS
1. Say: "An old draft line."

From lead@example.test Tue Mar  3 08:00:00 2026
From: Lead <lead@example.test>
Subject: Re: kiln call script (final)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

ROLE
You are Tamsin Oakhurst from Old Mill Kilns.

STEPS
1. Greet: "Hello, it's Tamsin from Old Mill Kilns =E2=80=94 your kiln is re=
paired."
2. Book: "Could we bring it round on Friday?"
3. Check: "Is the socket still in the garage?"

>From the rota: Tamsin is on all week.
`;

describe("a document carried by a mail", () => {
  it("reads the text document attached to an .eml, decoded from base64, not the cover note", async () => {
    const s = await readScenarioFile(file("zh.eml", EML));
    expect(s.caller.name).toBe("闵若溪");
    expect(s.caller.organization).toBe("松韵琴行");
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.closingLines.length).toBe(1);
  });

  it("reads a mailbox's latest message, quoted-printable soft breaks joined", async () => {
    const s = await readScenarioFile(file("en.mbox", MBOX));
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.steps[0]?.lines[0]).toContain("your kiln is repaired");
    expect(s.caller.steps[0]?.lines[0]).toContain("—");
  });
});

const RTF_EN = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}{\info{\title Old title}{\author Someone Else}}
\pard\b Role\b0\par
\pard You are Briony Hale from Larkspur Upholstery.\par
\pard\b Steps\b0\par
\pard\fi-360\li360 1. Greet: \ldblquote Hello, it\rquote s Briony from Larkspur Upholstery \endash  your armchair is ready.\rdblquote\par
{\v\pard\fi-360\li360 2. Upsell: \ldblquote Would you like a matching footstool?\rdblquote\par}
\pard\fi-360\li360 2. Book: \ldblquote Shall we deliver on Saturday?\rdblquote\par
\pard\b Customer profile\b0\par
\trowd\cellx2000\cellx6000\intbl Name\cell Odile Marsh\cell\row
\trowd\cellx2000\cellx6000\intbl Fabric\cell green velvet\cell\row
}`;

const RTF_ZH = String.raw`{\rtf1\ansi\ansicpg936\uc1{\fonttbl{\f0\fcharset134 SimSun;}}
\pard\b \'b2\'bd\'d6\'e8\b0\par
\pard\fi-360\li360 1. \'ce\'ca\'ba\'c3\'a3\'ba\ldblquote \u24744?\u22909?\'a3\'ac\'ce\'d2\'ca\'c7\'d4\'c6\'c9\'bc\'d0\'d0\'b5\'c4\'e3\'c9\'c8\'f4\'cf\'aa\'a1\'a3\rdblquote\par
\pard\fi-360\li360 2. \'d4\'bc\'ca\'b1\'bc\'e4\'a3\'ba\ldblquote \'c4\'fa\'d6\'dc\'c1\'f9\'b7\'bd\'b1\'e3\'c2\'f0\'a3\'bf\rdblquote\par
}`;

describe("a document written as RTF", () => {
  it("reads its plain text: hidden text left out, quotes decoded, a table row as one item (en)", async () => {
    const s = await readScenarioFile(file("en.rtf", RTF_EN));
    expect(s.caller.name).toBe("Briony Hale");
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.lines[0]).toBe("Hello, it’s Briony from Larkspur Upholstery – your armchair is ready.");
    expect(s.caller.customerProfile.length).toBe(2);
  });

  it("decodes code-page bytes and \\u escapes (zh, GBK)", async () => {
    const s = await readScenarioFile(file("zh.rtf", RTF_ZH));
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.lines[0]).toBe("您好，我是云杉行的闵若溪。");
  });
});
