// An Evernote export (.enex) carries its note's body as ENML inside CDATA, written on one line: the reader breaks it
// at its blocks and reads it as an HTML document; a two-column table headed question/answer is the FAQ.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const BODY = [
  "<en-note><div><b>Caller</b></div><div>Role: you are Priya, a receptionist at Lantern Lane Bakery.</div>",
  "<div><br/></div><div><b>Steps</b></div><ol><li><div>Opening: “Hello, it's Priya from Lantern Lane Bakery.”<br/>→ busy: ask when to call back</div></li>",
  "<li><div>Pickup: “Would Friday at 4pm suit you?”</div></li></ol>",
  "<div><b>FAQ</b></div><table><tr><td><div>Question</div></td><td><div>Answer</div></td></tr>",
  "<tr><td><div>Is parking free?</div></td><td><div>Yes, behind the shop.</div></td></tr>",
  "<tr><td><div>When do you open?</div></td><td><div>At eight every day.</div></td></tr></table>",
  "<hr/><div><b>Callee</b></div><div>Name: Mr Okafor</div></en-note>",
].join("");

const ENEX = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
  '<en-export export-date="20250101T000000Z" application="Evernote">',
  "  <note>",
  "    <title>Pickup call script</title>",
  "    <tag>scripts</tag>",
  "    <content>",
  `      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n${BODY}]]>`,
  "    </content>",
  "  </note>",
  "</en-export>",
].join("\n");

describe("Evernote export", () => {
  it("is read by its note's body: steps from the ordered list", () => {
    const scenario = parseScenarioText(ENEX);
    expect(scenario.caller.steps.map((step) => step.title)).toEqual(["Opening", "Pickup"]);
    expect(scenario.caller.name).toBe("Priya");
  });

  it("reads a table headed question/answer as the FAQ, its header row not a pair", () => {
    const scenario = parseScenarioText(ENEX);
    expect(scenario.caller.knowledgeBase).toEqual([
      { question: "Is parking free?", answer: "Yes, behind the shop." },
      { question: "When do you open?", answer: "At eight every day." },
    ]);
  });
});
