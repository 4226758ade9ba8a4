// The callee's name from a labelled field in any layout the reader does not take as a profile ("Contact: …" in a
// callout, "| 委托人 | … |", "name=…" inline, a persona's front matter), never from a quoted line, a conversation's
// speaker line or a message header ("From: …").
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseScenarioText, readPersonaFile } from "../src/scenario/index.js";
import { calleeNameFromFields } from "../src/scenario/callee-name-fields.js";
import type { RawSection } from "../src/scenario/sections.js";

function section(body: string[], kind: RawSection["kind"] = null): RawSection {
  return { kind, title: "x", line: 100, level: 2, body: body.map((text, i) => ({ no: 200 + i, text })), intro: false };
}

describe("callee name from fields", () => {
  it("reads a contact in a callout, a table row, a dot leader and an inline name= field", () => {
    expect(calleeNameFromFields([section(["> - Contact: Mara Quist (manager)"])], "Ben Cole")).toBe("Mara Quist");
    expect(calleeNameFromFields([section(["| 委托人 | 司马青 |"])], "小周")).toBe("司马青");
    expect(calleeNameFromFields([section(["  contact person ..... Tomas Ruiz"])], "")).toBe("Tomas Ruiz");
    expect(calleeNameFromFields([section(["Order: name=Ines Varga; size=large"])], "")).toBe("Ines Varga");
  });

  it("skips the caller's own name, quoted words, staff labels and a conversation's speaker lines", () => {
    expect(calleeNameFromFields([section(["Name: Ben Cole"], "role")], "Ben Cole")).toBe("");
    expect(calleeNameFromFields([section(["学员：“我有点忙”", "回应：“没事”"])], "")).toBe("");
    expect(calleeNameFromFields([section(["负责人：欧阳明"])], "")).toBe("");
    expect(calleeNameFromFields([section(["助手：您好", "用户：那行，周末吧"])], "")).toBe("");
  });

  it("names the default persona of a caller document whose record is not a profile section", () => {
    const doc = ["# Window cleaning follow-up", "", "## Who you are", "You are Ben Cole from Example Windows.", "", "> [!info] Account", "> - Contact: Mara Quist (manager)", "", "## Steps", "1. Hello", '   - "Hi, is that Mara?"', ""];
    expect(parseScenarioText(doc.join("\n")).callee.name).toBe("Mara Quist");
  });

  it("reads a persona's name from its front matter, and never a message header's label as a name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-persona-"));
    writeFileSync(join(dir, "front.md"), ["---", "name: Mara Quist", "age: 50", "---", "", "# You are Mara", "", "## On your mind", "- The price", ""].join("\n"));
    writeFileSync(join(dir, "mail.md"), ["From: Ben Cole <ben@example.test>", "Subject: customer for the tests", "", "Hi all, she runs a small shop and worries about the price.", ""].join("\n"));
    expect((await readPersonaFile(join(dir, "front.md"))).callee.name).toBe("Mara Quist");
    expect((await readPersonaFile(join(dir, "mail.md"))).callee.name).not.toBe("From");
  });
});
