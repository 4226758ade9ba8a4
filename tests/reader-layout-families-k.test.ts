// Layout families the reader refused before (learnt from the heldout-k documents, now opened; this document is written
// for this test): a plain-text memo whose numbered section titles are in capitals, written twice in two languages
// joined by " / ", with a comma inside ("THE CALL, IN ORDER"), and whose last part is headed for the training
// simulator (the person playing the customer).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { classifyHeading } from "../src/scenario/section-names.js";

describe("a bilingual plain-text memo with numbered capital titles", () => {
  const doc = [
    "NORDVIK BOILERS  |  NORDVIK KJELER",
    "",
    "1. WHO IS CALLING / HVEM RINGER",
    "You are Tove, calling for Nordvik Boilers about the yearly boiler check.",
    "",
    "2. THE CALL, IN ORDER / SAMTALEN, I REKKEFØLGE",
    "  a) Greet and ask for Mr Lars Dahl.",
    "  b) Confirm the house number.",
    "  c) Offer Tuesday or Thursday morning.",
    "",
    "3. IF THEY ASK / HVIS DE SPØR",
    "  - How long does it take? About an hour.",
    "",
    "4. CLOSES / AVSLUTNING",
    '  Booked:  "Thanks, see you on the day. Bye."',
    "",
    "5. FOR THE TRAINING SIMULATOR ONLY / KUN FOR SIMULATOREN",
    "  Lars Dahl, 70, retired. Worries about the cost. Ends the call when a day is set.",
  ].join("\n");

  it("reads the steps, the questions, the closing line and a callee side", () => {
    const s = parseScenarioText(doc, { file: "memo.txt" });
    expect(s.caller.steps.length).toBe(3);
    expect(s.caller.knowledgeBase.length).toBe(1);
    expect(s.caller.closingLines.some((l) => l.includes("see you on the day"))).toBe(true);
    expect(s.callee.role + s.callee.background).toContain("retired");
  });

  it("names a part by the first half of a bilingual title and a simulator's part as the callee", () => {
    expect(classifyHeading("THE CALL, IN ORDER / SAMTALEN, I REKKEFØLGE", false).kind).toBe("steps");
    expect(classifyHeading("CLOSES / AVSLUTNING", false).kind).toBe("closingLines");
    expect(classifyHeading("FOR THE TRAINING SIMULATOR ONLY / KUN FOR SIMULATOREN", false).side).toBe("callee");
  });
});

describe("an outliner's OPML export", () => {
  const doc = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    "  <head>",
    "    <title>地板打蜡 回访话术</title>",
    "    <ownerName>文档作者甲</ownerName>",
    "  </head>",
    "  <body>",
    '    <outline text="&lt;b&gt;拨打方&lt;/b&gt;" _note="坐席看这里">',
    '      <outline text="角色">',
    '        <outline text="身份：客服专员，自称“小顾”"/>',
    "      </outline>",
    '      <outline text="通话步骤">',
    '        <outline text="1 开场" _note="“您好，请问是韩先生吗？我是洁亮家政的小顾。”">',
    '          <outline text="对方忙 → 约好回拨就结束"/>',
    "        </outline>",
    '        <outline text="2 约时间" _note="“打蜡可以约周六上午，您看方便吗？”"/>',
    "      </outline>",
    '      <outline text="常见问题">',
    '        <outline text="问：要多久？" _note="答：大约三个小时。"/>',
    "      </outline>",
    "    </outline>",
    '    <outline text="接听方（陪练）">',
    '      <outline text="人设：韩先生，45岁，上班族"/>',
    "    </outline>",
    "  </body>",
    "</opml>",
  ].join("\n");

  it("reads each node's text and note: the steps with their lines and branches, the questions, both sides", () => {
    const s = parseScenarioText(doc, { file: "flow.opml" });
    expect(s.caller.steps.map((st) => st.lines[0])).toEqual(["您好，请问是韩先生吗？我是洁亮家政的小顾。", "打蜡可以约周六上午，您看方便吗？"]);
    expect(s.caller.steps[0]?.branches?.length).toBe(1);
    expect(s.caller.knowledgeBase.length).toBe(1);
    expect(s.callee.role).toContain("上班族");
    // The export's owner is the document's author, not the caller.
    expect(s.caller.name).not.toContain("作者");
  });
});

describe("a whole HTML document saved from a word processor", () => {
  const doc = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office">',
    "<head>",
    '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
    "<style><!--",
    "p.MsoNormal {margin:0cm;}",
    "--></style>",
    "</head>",
    "<body lang=EN-GB>",
    "<p class=MsoNormal><b><u>WHO YOU ARE<o:p></o:p></u></b></p>",
    "<p class=MsoNormal>You&#8217;re <b>Priya</b> from <b>Harbour Pianos</b>, calling to book a tuning visit.</p>",
    "<p class=MsoNormal><b><u>THE CALL<o:p></o:p></u></b></p>",
    "<p class=MsoNormal style='margin-left:18.0pt;text-indent:-18.0pt'><![if !supportLists]>1.<span>&nbsp;&nbsp; </span><![endif]><b>Opening</b>: &quot;Hello, is that Mr Alan Reid? It&#8217;s Priya from Harbour Pianos.&quot;</p>",
    "<p class=MsoNormal style='margin-left:18.0pt;text-indent:-18.0pt'><![if !supportLists]>2.<span>&nbsp;&nbsp; </span><![endif]><b>Date</b>: &quot;We can come on Monday or Friday morning. Which suits you?&quot;</p>",
    "<p class=MsoNormal style='margin-left:36.0pt'>&#8211; Neither: note what he&#8217;d like.</p>",
    "<p class=MsoNormal><b><u>IF THEY ASK&#8230;</u></b></p>",
    "<ul>",
    "<li class=MsoNormal><i>How long does it take?</i> &#8211; About an hour.</li>",
    "</ul>",
    "<p class=MsoNormal><b>ROLE-PLAY CUSTOMER (training only)</b></p>",
    "<p class=MsoNormal>You are Alan Reid, 58, a church organist.<br>",
    "You hang up: once the date is read back.</p>",
    "</body>",
    "</html>",
  ].join("\n");

  it("reads its titles, numbered paragraphs, list and role-play part; names the caller from a curly 'You’re'", () => {
    const s = parseScenarioText(doc, { file: "mail.htm" });
    expect(s.caller.name).toBe("Priya");
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.knowledgeBase.length).toBe(1);
    expect(s.callee.role).toContain("church organist");
    expect(s.callee.endConditions.length).toBeGreaterThan(0);
  });
});
