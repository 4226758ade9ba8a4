// Files of other trades that carry a scenario in their own fields: a playlist's track titles, a citation library's
// records, a unit's Environment= keys, a launcher's action groups, a GPS route's points, a configuration's split
// string literals. Each is read by its format's structure, never by the words it holds (invented examples).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { joinAdjacentLiterals } from "../src/scenario/adjacent-literals.js";
import { classifyContent } from "../src/scenario/step-content.js";
import { classifyHeading } from "../src/scenario/section-names.js";

describe("an M3U playlist", () => {
  const M3U = [
    "#EXTM3U",
    "#PLAYLIST:Bike fitting callbacks",
    "# every title is a line of the script",
    '#EXTINF:5 group-title="Caller",Caller: Noor from Spoke Lab',
    "audio/caller.mp3",
    '#EXTINF:8 group-title="Steps",Step 1 Opening｜Agent: Hi, is that Mr Tal Brenner? It is Noor from Spoke Lab.',
    "audio/s1.mp3",
    '#EXTINF:8 group-title="Steps",Step 2 Slot｜Agent: Would Monday at 9 suit you?',
    "audio/s2.mp3",
    '#EXTINF:6 group-title="FAQ",Q: Is parking free?｜A: Yes, behind the shop.',
    "audio/faq1.mp3",
  ].join("\n");

  it("reads its track titles: groups as parts, a title's bar-joined fields as its content", () => {
    const scenario = parseScenarioText(M3U);
    expect(scenario.caller.steps.map((s) => [s.title, s.lines])).toEqual([
      ["Opening", ["Hi, is that Mr Tal Brenner? It is Noor from Spoke Lab."]],
      ["Slot", ["Would Monday at 9 suit you?"]],
    ]);
    expect(scenario.caller.knowledgeBase).toEqual([{ question: "Is parking free?", answer: "Yes, behind the shop." }]);
  });
});

describe("a RIS citation export", () => {
  const RIS = [
    "TY  - GEN", "TI  - Kiln studio call library", "AU  - Desk", "KW  - calls", "ER  - ", "",
    "TY  - GEN", "TI  - Script Step 1 Opening", "N1  - Agent: Hello, is that Ms Ivy Hart? It's Bo from Kiln Studio.", "N1  - Branch: busy → ask when to call back", "ER  - ", "",
    "TY  - GEN", "TI  - Script Step 2 Pickup", "N1  - Agent: Could you come on Friday at 4pm?", "ER  - ", "",
    "TY  - GEN", "TI  - Is parking free?", "AB  - Yes, behind the studio.", "KW  - FAQ", "ER  - ", "",
  ].join("\n");

  it("reads one part a record: numbered titles sharing a word as that part's items, a question record as an entry", () => {
    const scenario = parseScenarioText(RIS);
    expect(scenario.caller.steps.map((s) => [s.title, s.lines])).toEqual([
      ["Opening", ["Hello, is that Ms Ivy Hart? It's Bo from Kiln Studio."]],
      ["Pickup", ["Could you come on Friday at 4pm?"]],
    ]);
    expect(scenario.caller.knowledgeBase).toEqual([{ question: "Is parking free?", answer: "Yes, behind the studio." }]);
  });
});

describe("a systemd unit holding a script in Environment= keys", () => {
  const UNIT = [
    "[Unit]", "Description=call agent", "", "[Service]", "ExecStart=/opt/agent/run",
    "# ----- steps -----",
    'Environment="STEP_1_TITLE=Opening"',
    'Environment="STEP_1_SAY=Hello, is that Mr Ade Cole? It is Sam from Pine Glazing."',
    'Environment="STEP_1_BRANCH_1=busy: ask when to ring back"',
    'Environment="STEP_2_TITLE=Slot"',
    'Environment="STEP_2_SAY=Would Tuesday at 10 suit you?"',
    "# ----- knowledge -----",
    'Environment="KB_1_Q=Do I need to be in?"',
    'Environment="KB_1_A=Yes, someone over 18."',
    "# ----- endings -----",
    'Environment="END_BOOKED=Lovely, see you then. Bye."',
    'Environment="CALL_END_WHEN=slot booked | message left | complaint logged"',
    "", "[Install]", "WantedBy=multi-user.target",
  ].join("\n");

  it("reads the key families: a step's title, say and branches on one item, questions and answers paired", () => {
    const scenario = parseScenarioText(UNIT);
    expect(scenario.caller.steps.map((s) => [s.title, s.lines, s.branches ?? []])).toEqual([
      ["Opening", ["Hello, is that Mr Ade Cole? It is Sam from Pine Glazing."], ["busy: ask when to ring back"]],
      ["Slot", ["Would Tuesday at 10 suit you?"], []],
    ]);
    expect(scenario.caller.knowledgeBase).toEqual([{ question: "Do I need to be in?", answer: "Yes, someone over 18." }]);
    expect(scenario.caller.closingLines).toContain("Lovely, see you then. Bye.");
    expect(scenario.caller.endConditions).toEqual(expect.arrayContaining(["slot booked", "message left", "complaint logged"]));
  });
});

describe("a freedesktop desktop entry", () => {
  const ENTRY = [
    "[Desktop Entry]", "Type=Application", "Name=Trainer", "Name[de]=Rückruf Übung", "Exec=trainer %f", "",
    "[Desktop Action step1]", "Name[de]=Step 1 Greeting", "X-Say[de]=Hallo, spreche ich mit Frau Lena Voss? Hier ist Jan von Radhaus.", "Exec=trainer --step 1", "",
    "[Desktop Action step2]", "Name[de]=Step 2 Slot", "X-Say[de]=Passt Ihnen Montag um 9 Uhr?", "X-Branch-1[de]=keine Zeit → Rückruf anbieten", "Exec=trainer --step 2", "",
    "[X-FAQ]", "Q1[de]=Ist Parken frei?", "A1[de]=Ja, hinter dem Laden.",
  ].join("\n");

  it("reads its action groups as the script and its localised keys, launcher keys left out", () => {
    const scenario = parseScenarioText(ENTRY);
    expect(scenario.caller.steps.map((s) => [s.title, s.lines])).toEqual([
      ["Greeting", ["Hallo, spreche ich mit Frau Lena Voss? Hier ist Jan von Radhaus."]],
      ["Slot", ["Passt Ihnen Montag um 9 Uhr?"]],
    ]);
    expect(scenario.caller.knowledgeBase).toEqual([{ question: "Ist Parken frei?", answer: "Ja, hinter dem Laden." }]);
  });
});

describe("a GPX route", () => {
  const GPX = [
    '<?xml version="1.0"?>',
    '<gpx version="1.1" creator="planner">',
    "  <metadata><name>Hedge round</name></metadata>",
    "  <rte>",
    "    <name>Call script</name>",
    '    <rtept lat="1" lon="2">',
    "      <name>Step 1 – Opening</name>",
    "      <desc>Hello, is that Mr Otto Lind? It's Rae from Hedgeworks.</desc>",
    "      <cmt>Branch – busy: ask when to ring back. Branch – wrong person: apologise.</cmt>",
    "    </rtept>",
    '    <rtept lat="1" lon="2">',
    "      <name>Step 2 – Slot</name>",
    "      <desc>Would Thursday at 9 suit you?</desc>",
    "    </rtept>",
    "  </rte>",
    "  <trk><name>noise</name><trkseg><trkpt lat=\"1\" lon=\"2\"><ele>3</ele></trkpt></trkseg></trk>",
    "</gpx>",
  ].join("\n");

  it("reads its route points as steps: the name the title, the description said, the comment's branches one each", () => {
    const scenario = parseScenarioText(GPX);
    expect(scenario.caller.steps.map((s) => [s.title, s.lines, s.branches ?? []])).toEqual([
      ["Opening", ["Hello, is that Mr Otto Lind? It's Rae from Hedgeworks."], ["busy: ask when to ring back.", "wrong person: apologise."]],
      ["Slot", ["Would Thursday at 9 suit you?"], []],
    ]);
  });
});

describe("adjacent string literals", () => {
  it("are joined on the key's line, the lines they came from left blank", () => {
    const text = ['a = "1";', 'b = "2";', 'c = "3";', 'd = "4";', 'say = "first half "', '      "second half";', 'e = "5";'].join("\n");
    expect(joinAdjacentLiterals(text).split("\n")).toEqual(['a = "1";', 'b = "2";', 'c = "3";', 'd = "4";', 'say = "first half second half";', "", 'e = "5";']);
  });

  it("leave a document that is no such configuration as it was", () => {
    const text = 'Say: "first"\n"second"';
    expect(joinAdjacentLiterals(text)).toBe(text);
  });
});

describe("a step line labelled with the caller's side", () => {
  it("is the caller's line, without the label", () => {
    expect(classifyContent("坐席：请问您周一方便吗？")).toEqual({ kind: "line", texts: ["请问您周一方便吗？"] });
  });

  it("a role part under a side named first in parentheses belongs to that side", () => {
    expect(classifyHeading("Role card (callee; agent skips it)", false).side).toBe("callee");
  });
});
