// Text converted from a PDF: running headers and footers with a page count recur on every page and cut the sheet's
// sections; printed section titles stand as "4  IF ASKED". The furniture is set aside and the titles read as titles.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const RULE = "-".repeat(60);
const EN = [
  "BRIGHTSIDE WINDOWS            Callback sheet            Page 1 of 2",
  RULE,
  "Ref: BW-7   Owner: Ops desk   Printed: 01/12/2026",
  "Converted from PDF",
  "",
  "1  WHO YOU ARE",
  "You are Tom, calling from Brightside Windows.",
  "",
  "2  CALL STEPS (in order)",
  "   2.1 Greet: \"Hi, it's Tom from Brightside Windows - is that Mrs Dale?\"",
  "   2.2 Date: offer Monday or Friday for the fitting.",
  RULE,
  "BW-7                          Uncontrolled copy          Page 1 of 2",
  "",
  "BRIGHTSIDE WINDOWS            Callback sheet            Page 2 of 2",
  RULE,
  "   2.3 Close: read back the day.",
  "",
  "3  IF ASKED",
  "   How long does it take? ..... about half a day.",
  "   Is there a mess? ........... we clean up after.",
  RULE,
  "BW-7                          Uncontrolled copy          Page 2 of 2",
].join("\n");

describe("text converted from a PDF", () => {
  it("sets the page headers and footers aside and reads the printed section titles", () => {
    const s = parseScenarioText(EN, { file: "sheet.txt" });
    expect(s.caller.name).toBe("Tom");
    expect(s.caller.steps).toHaveLength(3);
    expect(s.caller.steps[2]?.title).toBe("Close");
    expect(s.caller.knowledgeBase).toHaveLength(2);
  });
});
