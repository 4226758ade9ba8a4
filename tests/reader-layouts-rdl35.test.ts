// Layouts teams write that the reader35 engineer taught the reader: a record pasted from a two-column table as TAB
// rows, FAQ paragraphs each headed by a bold question, objection pairs wrapped over lines, a conditional quote on a
// line of its own after the step's line (a branch), a bracket-labelled example exchange, and an export's
// first-speaker settings giving the opening. Invented documents only.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { withTabbedFields } from "../src/scenario/tabbed-fields.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-rdl35-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const en = [
  "# Example Lamps Ltd — bulb recall call",
  "",
  "You are Pat Quill, calling for Example Lamps Ltd.",
  "",
  "## Customer",
  "Name\tRobin Example",
  "Model\tDesk lamp A1",
  "Bought\tlast spring",
  "",
  "## Steps",
  "1. \"Hello Robin, it's Pat from Example Lamps about your desk lamp.\"",
  "2. \"We're replacing one batch of bulbs for free. Can we post you one?\"",
  "If they live abroad: \"Then we'll refund the bulb instead.\"",
  "3. \"Thanks, it will arrive within a week.\"",
  "",
  "## Things buyers wonder",
  "",
  "**Is the lamp safe to use meanwhile?**",
  "Yes, just switch it off when you leave the room.",
  "",
  "**Do I send the old bulb back?**",
  "No, recycle it at any shop that sells bulbs.",
  "",
  "## When they object",
  "",
  "If they say \"I never use that lamp\" → \"No problem, the new bulb",
  "is yours to keep anyway.\"",
  "",
  "## Closing",
  "\"Bye for now, Robin.\"",
  "",
].join("\n");

describe("layouts taught in reader35", () => {
  it("two-cell TAB rows in a run are 'label: value' fields; a lone tabbed line and a mostly tabbed sheet stay", () => {
    expect(withTabbedFields("Record\nName\tAda\nCity\tOslo\nCall her soon.\n")).toBe("Record\nName: Ada\nCity: Oslo\nCall her soon.\n");
    expect(withTabbedFields("intro\nName\tAda\nmore text\n")).toBe("intro\nName\tAda\nmore text\n");
    const sheet = "a\tb\nc\td\ne\tf\n";
    expect(withTabbedFields(sheet)).toBe(sheet);
  });

  it("reads the record, the branch, the bold-question FAQ and the wrapped objection", async () => {
    const s = await readScenarioFile(file("lamps.md", en));
    expect(s.caller.customerProfile).toHaveLength(3);
    expect(s.caller.steps.map((st) => st.branches?.length ?? 0)).toEqual([0, 1, 0]);
    expect(s.caller.steps.map((st) => st.lines.length)).toEqual([1, 1, 1]);
    const kb = s.caller.knowledgeBase;
    expect(kb.map((e) => e.question)).toEqual(["Is the lamp safe to use meanwhile?", "Do I send the old bulb back?", "I never use that lamp"]);
    expect(kb[2]?.kind).toBe("objection");
    expect(kb[2]?.answer).toContain("is yours to keep anyway");
  });

  it("a bracket-labelled example exchange under a step illustrates it; a bracketed aside quoting a word is not said", async () => {
    const doc = en.replace(
      "3. \"Thanks, it will arrive within a week.\"",
      "3. \"Thanks, it will arrive within a week.\"\n[Example] Customer says \"Great\" → \"Glad to help.\"\n(retired wording: \"urgent recall\")",
    );
    const s = await readScenarioFile(file("lamps-example.md", doc));
    expect(s.caller.steps[2]?.lines).toEqual(["Thanks, it will arrive within a week."]);
  });

  it("an export's first-speaker settings give the opening", async () => {
    const data = { agentName: "example", callTemplate: { systemPrompt: en, firstSpeakerSettings: { agent: { uninterruptible: false, text: "Hi, this is Pat from Example Lamps." } } } };
    const s = await readScenarioFile(file("export.json", JSON.stringify(data, null, 2)));
    expect(s.caller.opening).toBe("Hi, this is Pat from Example Lamps.");
  });
});
