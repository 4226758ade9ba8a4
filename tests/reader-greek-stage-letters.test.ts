// Steps lettered in Greek after a step word ("Stage α — …", "Phase β: …") count 1, 2, 3 like digits; a Greek letter
// elsewhere stays as written. And "name => …" is a field whose value names the person called.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { plainStepNumber } from "../src/scenario/number-glyphs.js";
import { calleeNameFromFields } from "../src/scenario/callee-name-fields.js";

describe("Greek stage letters", () => {
  it("rewrites the letter after a step word to its number", () => {
    expect(plainStepNumber("Stage γ — Book")).toBe("Stage 3 — Book");
    expect(plainStepNumber("**Phase β:** Check")).toBe("**Phase 2:** Check");
    expect(plainStepNumber("The α particle count")).toBe("The α particle count");
  });

  it("reads a prompt of Greek-lettered stages as steps", () => {
    const doc = ["You are Ben Cole, desk at Example Windows.", "", "CALL STAGES", "", "Stage α — Hello", '  Line: "Hi, is that Mara?"', "", "Stage β — Date", '  Line: "Does Tuesday suit?"', ""];
    expect(parseScenarioText(doc.join("\n")).caller.steps.map((s) => s.title)).toEqual(["Hello", "Date"]);
  });

  it("reads 'name => …' as a name field", () => {
    const section = { kind: null, title: "x", line: 1, level: 2, intro: false, body: [{ no: 2, text: "name => Mara Quist" }] };
    expect(calleeNameFromFields([section], "")).toBe("Mara Quist");
  });
});
