// A document written in a markup or timed-text format (SubStation Alpha, LRC, Perl POD, Typst): the words the markup
// spells are what the reader reads, not its timings, commands, comments or set-up lines.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-markup-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const ASS_EN = `[Script Info]
Title: kiln call training
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, Bold
Style: Default,Arial,40,&H00FFFFFF,0

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:04.00,Default,Trainer,0,0,0,,ROLE
Dialogue: 0,0:00:04.00,0:00:08.00,Default,Trainer,0,0,0,,You are Tamsin Oakhurst from Old Mill Kilns.
Dialogue: 0,0:00:08.00,0:00:10.00,Default,Trainer,0,0,0,,STEPS
Dialogue: 0,0:00:10.00,0:00:14.00,Default,Trainer,0,0,0,,{\\i1}1. Greet: "Hello, it's Tamsin, your kiln is repaired."{\\i0}
Comment: 0,0:00:14.00,0:00:16.00,Default,Trainer,0,0,0,,2. Upsell: "A new shelf set, perhaps?"
Dialogue: 0,0:00:16.00,0:00:20.00,Default,Trainer,0,0,0,,2. Book: "Could we bring it round on Friday,\\Nor would Saturday suit?"
`;

const LRC_ZH = `[ti:钢琴调律回访]
[by:转写]
[00:00.50]角色
[00:02.00]你是松韵琴行的客服，叫闵若溪。
[00:05.00]步骤
[00:07.10]1. 问好：“您好，我是松韵琴行的闵若溪。”
[00:12.40]2. 约下次：“半年后再来调一次，您看行吗？”
`;

describe("timed text that is not SRT/WebVTT", () => {
  it("reads SubStation Alpha dialogue: override tags dropped, hard breaks kept, Comment events left out (en)", async () => {
    const s = await readScenarioFile(file("en.ass", ASS_EN));
    expect(s.language).toBe("en");
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.lines[0]).toBe("Hello, it's Tamsin, your kiln is repaired.");
  });

  it("reads LRC timed lines without their timestamps (zh)", async () => {
    const s = await readScenarioFile(file("zh.lrc", LRC_ZH));
    expect(s.caller.name).toBe("闵若溪");
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[1]?.lines[0]).toBe("半年后再来调一次，您看行吗？");
  });
});

const POD_EN = `package Kiln::Call;
use strict;

=pod

=head1 ROLE

You are Tamsin Oakhurst from B<Old Mill Kilns>.

=head1 STEPS

=over 4

=item 1. Greet

"Hello, it's Tamsin from Old Mill Kilns E<mdash> your kiln is I<repaired>."

=begin comment

=item 2. Upsell

"A new shelf set, perhaps?"

=end comment

=item 2. Book

"Could we bring it round on Friday?"

=back

=cut

sub run { return 1 }
`;

const POD_ZH = `=head1 角色

你是松韵琴行的客服，叫闵若溪。

=head1 客户信息

=over 4

=item 姓名

冯雪

=item 琴型

立式钢琴

=back

=head1 步骤

=over 4

=item 1. 问好

“您好，我是松韵琴行的闵若溪。”

=item 2. 约下次

“半年后再来调一次，您看行吗？”

=back

=cut
`;

describe("a document written as Perl POD", () => {
  it("reads its headings and items; =begin comment blocks and the code after =cut left out (en)", async () => {
    const s = await readScenarioFile(file("en.pod", POD_EN));
    expect(s.caller.name).toBe("Tamsin Oakhurst");
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[1]?.lines[0]).toBe("Could we bring it round on Friday?");
  });

  it("joins a field item's label to its value (zh)", async () => {
    const s = await readScenarioFile(file("zh.pod", POD_ZH));
    expect(s.caller.name).toBe("闵若溪");
    expect(s.caller.customerProfile.length).toBe(2);
    expect(s.caller.steps.length).toBe(2);
  });
});

const TYPST_EN = `// call sheet
#set page(paper: "a4")
#let agent = "Tamsin Oakhurst"
#let shop = "Old Mill Kilns"

= Kiln collection call
_Caller: #agent, #shop_

== Steps
+ Greet: "Hello, it's Tamsin from Old Mill Kilns, your kiln is repaired."
/* + Upsell: "A new shelf set, perhaps?" */
+ Book: "Could we bring it round on Friday?"
  #block(inset: 4pt)[*If* they are out on Friday, *then* offer Saturday morning.]
`;

const TYPST_ZH = `#set text(lang: "zh")
#let 坐席 = "闵若溪"
#let 店名 = "松韵琴行"

= 钢琴调律回访
你是#店名 的客服，叫#坐席。

== 客户信息
#table(
  columns: 2,
  [姓名], [冯雪],
  [琴型], [立式钢琴],
)

== 步骤
+ 问好：“您好，我是松韵琴行的闵若溪。”
+ 约下次：“半年后再来调一次，您看行吗？”
`;

describe("a document written as Typst markup", () => {
  it("fills #let values in, numbers + items, drops comments and emphasis marks, keeps block content (en)", async () => {
    const s = await readScenarioFile(file("en.typ", TYPST_EN));
    expect(s.caller.name).toBe("Tamsin Oakhurst");
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[1]?.branches?.length).toBe(1);
  });

  it("reads a two-column #table as fields (zh)", async () => {
    const s = await readScenarioFile(file("zh.typ", TYPST_ZH));
    expect(s.caller.name).toBe("闵若溪");
    expect(s.caller.customerProfile.length).toBe(2);
    expect(s.caller.steps.length).toBe(2);
  });
});
