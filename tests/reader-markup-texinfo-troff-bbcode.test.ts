// Texinfo, troff (man page) and BBCode sources read as the Markdown they mean: their headings, numbered items and
// terms reach the reader. Each document here read no steps (or not at all) before these markups were known.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const TEXINFO = `\\input texinfo
@setfilename kiln.info
@node Top
@top Kiln firing reminders

@node Role
@chapter Role
You are Wilhelmina Strand from Emberly Pottery Studio.

@node Steps
@chapter Call steps
@enumerate
@item
Greet. Say: @samp{Hello, it's Wilhelmina from Emberly Pottery Studio --- your bowls come out of the kiln on Thursday.}
@item
Ask about glaze. Say: @samp{Did you want the celadon glaze on all four?}
@end enumerate

@node Questions
@chapter Questions
@table @strong
@item Can I watch the firing?
Yes, from behind the safety line.
@end table
@bye
`;

const TROFF = `.\\" an internal call sheet
.TH BELLCALL 1 "March 2027"
.SH ROLE
You are Peregrine Oduya from Quillon Bell Foundry.
.SH STEPS
.IP 1. 4
Greet. Say: "Hello, it's Peregrine from Quillon Bell Foundry \\- the handbell set is tuned."
.IP 2. 4
Delivery. Say: "Shall we bring it on Monday?"
.SH FAQ
.TP
.I "Is the case included?"
Yes, a padded oak case.
`;

const BBCODE = `[b]【内部】陶笛工坊回访话术[/b]

[b]角色[/b]
你是青陶笛坊的客服，叫蔺晓禾。

[b][u]通话步骤[/u][/b]
[list=1]
[*][b]问好[/b]：[color=blue]“您好，我是青陶笛坊的蔺晓禾，您订的十二孔陶笛已经烧好了。”[/color]
[*][b]约取货[/b]：[color=blue]“您周末方便来取吗？”[/color]
[list]
[*]如果客户说没空，就问要不要寄过去。
[/list]
[/list]

[quote=网友甲]这个话术好用吗？[/quote]
`;

describe("markups read as Markdown", () => {
  it("Texinfo: @enumerate items are steps, @table question terms are Q&A", () => {
    const s = parseScenarioText(TEXINFO);
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.lines.join(" ")).toContain("kiln on Thursday");
    expect(s.caller.knowledgeBase.length).toBe(1);
  });

  it("troff: .IP items under .SH STEPS are steps, escapes become characters", () => {
    const s = parseScenarioText(TROFF);
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.lines.join(" ")).toContain("Foundry - the handbell");
  });

  it("BBCode: [list=1] items are steps, a nested [list] item is a branch, tags are no text", () => {
    const s = parseScenarioText(BBCODE);
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[0]?.lines.join("")).not.toContain("[color");
    expect(s.caller.steps.reduce((n, step) => n + (step.branches?.length ?? 0), 0)).toBe(1);
  });
});
