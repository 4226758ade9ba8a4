// Lightweight markups other than Markdown, read on documents written for this test: AsciiDoc "==" titles, org-mode
// "*" headings, reStructuredText underlined titles; their comments, drawers, directives and block marks are no content.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { asMarkdown } from "../src/scenario/markup-dialects.js";

describe("markup dialects read as Markdown", () => {
  it("reads an AsciiDoc document: '==' titles, a comment block, quote blocks, '. ' steps and a '|===' table", () => {
    const text = `= Lakeside Pottery: class reminder
:toc!:

== Role

You are Mira Holt, the studio manager at Lakeside Pottery. You call students before their wheel class.

== Opening

[quote]
____
"Hi, it's Mira from Lakeside Pottery, calling about your wheel class on Saturday."
____

== Steps

. Confirm the class
+
"Are you still able to make Saturday at ten?"
. Aprons
+
"Please bring an apron, clay gets everywhere."

////
. Retired step
"Would you like to buy a glaze kit?"
////

== FAQ

[%header,cols="1,2"]
|===
|Question |Answer
|Is parking free? |Yes, behind the studio.
|Can I bring a friend? |Only if they book a seat.
|===
`;
    const s = parseScenarioText(text);
    expect(s.caller.name).toBe("Mira Holt");
    expect(s.caller.steps).toHaveLength(2);
    expect(s.caller.opening).not.toBeNull();
    expect(s.caller.knowledgeBase).toHaveLength(2);
    expect(asMarkdown(text).text.split("\n")).toHaveLength(text.split("\n").length);
  });

  it("reads an org-mode document: '*' headings, a property drawer, and a COMMENT subtree left out", () => {
    const s = parseScenarioText(`#+TITLE: 书法班续课回访

* 角色
你是墨香书法的课程顾问钟一然，给学员家长打电话聊续课。

* 客户资料
:PROPERTIES:
:姓名: 詹晓岚
:课程: 少儿楷书
:END:

* 开场白
「詹女士您好，我是墨香书法的小钟，想跟您聊聊孩子的续课。」

* 流程
** 了解进度
「孩子最近练字还积极吗？」
** 介绍续课
「续一学期送两节课。」

* COMMENT 旧版
** 推荐字帖
「要不要买一套字帖？」
`);
    expect(s.caller.steps).toHaveLength(2);
    expect(s.caller.customerProfile).toHaveLength(2);
    expect(s.callee.name).toBe("詹晓岚");
  });

  it("reads a reStructuredText document: overlined title, underlined sections, a directive set aside, '#.' steps", () => {
    const s = parseScenarioText(`=====================
 Harbour Dental recall
=====================

Role
----

You are Owen Pratt, a receptionist at Harbour Dental. You call patients due a check-up.

.. note:: Internal only, never read this out.

Opening
-------

"Hello, it's Owen from Harbour Dental, you're due your six-month check-up."

Steps
-----

#. Offer a slot.
   Say: "Would Tuesday at nine suit you?"

#. Confirm.
   Say: "Lovely, I'll text you a reminder."
`);
    expect(s.caller.name).toBe("Owen Pratt");
    expect(s.caller.steps).toHaveLength(2);
    expect(s.caller.opening).not.toBeNull();
    expect(JSON.stringify(s)).not.toContain("Internal only");
  });

  it("reads a grid table's wrapped rows as one row each, a 'Say' column as the lines, CJK wraps joined without a space", () => {
    const en = parseScenarioText(`# Role

You are Pia Lund from Northgate Bikes, calling about a service.

# Call script

+---+---------+----------------------------+--------------------------+
| # | Stage   | Say                        | Notes                    |
+===+=========+============================+==========================+
| 1 | Check   | "Is the bike still making  | If the chain is rusty,   |
|   |         | that clicking noise?"      | then offer a new one.    |
+---+---------+----------------------------+--------------------------+
| 2 | Book    | "Could you drop it in on   |                          |
|   |         | Friday morning?"           |                          |
+---+---------+----------------------------+--------------------------+
`);
    expect(en.caller.steps.map((st) => st.lines)).toEqual([["Is the bike still making that clicking noise?"], ["Could you drop it in on Friday morning?"]]);
    expect(en.caller.steps[0]?.branches).toHaveLength(1);
    const zh = parseScenarioText(`你是青禾眼镜的店员温可，给配镜的客户打电话。

通话话术

+------+----------+------------------------------+
| 序号 | 环节     | 话术                         |
+======+==========+==============================+
| 一   | 取镜     | “您好，您配的眼镜已经到了，  |
|      |          | 这周方便来取吗？”            |
+------+----------+------------------------------+
`);
    expect(zh.caller.steps.map((st) => st.lines)).toEqual([["您好，您配的眼镜已经到了，这周方便来取吗？"]]);
  });

  it("reads a fenced CSV block as a table: quoted cells keep their commas, an if/then column holds the branch", () => {
    const s = parseScenarioText(`You are Ravi Shah from Brightline Solar, calling back about a roof survey.

Call steps:

\`\`\`csv
step,title,say,if_then
1,Roof,"Is your roof facing south, or east and west?","If it faces north, then say panels will not pay back"
2,Book,"Could our surveyor come on Monday, at ten?",
\`\`\`
`);
    expect(s.caller.steps.map((st) => st.lines)).toEqual([["Is your roof facing south, or east and west?"], ["Could our surveyor come on Monday, at ten?"]]);
    expect(s.caller.steps[0]?.branches).toHaveLength(1);
  });

  it("leaves a Markdown document as it is", () => {
    const text = "## Role\n\n* one bullet\n* two bullet\n\n# Heading";
    expect(asMarkdown(text)).toEqual({ text, dialect: null });
  });
});
