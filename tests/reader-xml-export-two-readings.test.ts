// A document that is also XML (a script library's export of <section>/<step>/<close> elements) has two readings: the
// element tree and the text as a document. The one finding more of the scenario's parts is kept (the document's on a tie); the tree alone read
// step attributes as titles ("no: 1 / title: …") and dropped the end conditions and the callee's behaviours.
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const DIR = "tests/fixtures/xml-sections";

describe("an XML export read by whichever reading finds more parts", () => {
  for (const file of ["zh-calligraphy-class-export.md", "en-boat-licence-export.md"]) {
    it(file, async () => {
      const scenario = await readScenarioFile(`${DIR}/${file}`);
      expect(scenario.caller.steps).toHaveLength(3);
      for (const step of scenario.caller.steps) expect(step.title).not.toMatch(/title:|no:/u);
      expect(scenario.caller.knowledgeBase).toHaveLength(2);
      expect(scenario.callee.behaviours.length).toBeGreaterThan(0);
    });
  }

  it("keeps the closings the document reading finds (zh)", async () => {
    const scenario = await readScenarioFile(`${DIR}/zh-calligraphy-class-export.md`);
    expect(scenario.caller.endConditions).toHaveLength(2);
    expect(scenario.caller.closingLines).toHaveLength(2);
  });
});
