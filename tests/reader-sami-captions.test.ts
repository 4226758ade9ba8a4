// A SAMI caption file (.smi) of a staged training call is read as subtitles: its head carries no content, each
// <SYNC> is a cue, <br> breaks a cue's lines, and numbered part tags title the steps.
import { describe, expect, it } from "vitest";
import { samiAsSrt } from "../src/scenario/sami-cues.js";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const SAMI = [
  "<SAMI>",
  "<HEAD>",
  "<TITLE>Lantern Lane Bakery: order pickup call</TITLE>",
  "<STYLE TYPE=\"text/css\"><!--",
  "P { font-size: 20pt; }",
  ".ENCC { Name: English; lang: en-GB; }",
  "--></STYLE>",
  "</HEAD>",
  "<BODY>",
  "<SYNC Start=0><P Class=ENCC>[NARRATOR] Caller: Priya from Lantern Lane Bakery.",
  "<SYNC Start=2500><P Class=ENCC>&nbsp;",
  "<SYNC Start=3000><P Class=ENCC>[Step 1 Opening] Agent: Hello, is that Mr Okafor? It's Priya from Lantern Lane Bakery.",
  "<SYNC Start=6000><P Class=ENCC>(If busy: ask when to call back)",
  "<SYNC Start=8000><P Class=ENCC>[Step 2 Pickup time] Agent: Your cake is ready; would Friday at 4pm suit you?",
  "<SYNC Start=11000><P Class=ENCC>[Step 3 Goodbye] Agent: Thank you, see you on Friday.",
  "</BODY>",
  "</SAMI>",
].join("\n");

describe("SAMI captions", () => {
  it("are rewritten as the SRT they would be: blank cues dropped, head left out but its title", () => {
    const srt = samiAsSrt(SAMI) ?? "";
    const lines = srt.split("\n");
    expect(lines[0]).toBe("# Lantern Lane Bakery: order pickup call");
    expect(lines).toContain("00:00:03,000 --> 00:00:06,000");
    expect(srt).not.toContain("font-size");
    expect(srt).not.toContain("&nbsp;");
    expect(lines.filter((line) => line.includes("-->"))).toHaveLength(5);
  });

  it("splits a cue's <br> breaks into lines", () => {
    const srt = samiAsSrt(SAMI.replace("Lantern Lane Bakery.", "Lantern Lane Bakery.<br>Task: book the pickup.")) ?? "";
    expect(srt).toContain("Lantern Lane Bakery.\nTask: book the pickup.");
  });

  it("give the steps titled by their tags", () => {
    const scenario = parseScenarioText(SAMI);
    expect(scenario.caller.steps.map((step) => step.title)).toEqual(["Opening", "Pickup time", "Goodbye"]);
  });

  it("is not taken for a file that is not SAMI", () => {
    expect(samiAsSrt("<html><body><p>Hello</p></body></html>")).toBeNull();
  });
});
