// A script kept as BibTeX entries (a reference manager's export): @string macros filled in, `#` concatenation joined,
// entries sorted by their first keyword into parts, an entry moved into @comment left out.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { bibtexTree } from "../src/import/bibtex-tree.js";

const BIB = `% exported by a reference manager
@string{who = "Wendeline Ashgrove"}
@string{firm = "Lantern Lane Clock Repairs"}

@misc{agent, author = who, organization = firm}

@misc{s1, title = {Step 1 Greet}, note = "Hello, it's Wendeline from " # firm # " about your longcase clock.", keywords = {step}}
@misc{s2, title = {Step 2 Book}, note = {Could we collect the movement on {Wednesday}?}, keywords = {step}}
@comment{
@misc{s3old, title = {Step 3 Upsell}, note = {We also sell barometers.}, keywords = {step}}
}
@misc{s3, title = {Step 3 Confirm}, note = {We'll ring the day before we come.}, keywords = {step}}
@misc{q1, title = {How long does a service take?}, note = {About three weeks in the workshop.}, keywords = {faq}}
`;

describe("BibTeX entries", () => {
  it("fills macros and concatenations and leaves @comment out", () => {
    const tree = bibtexTree(BIB) ?? {};
    expect(tree["agent"]).toEqual({ author: "Wendeline Ashgrove", organization: "Lantern Lane Clock Repairs" });
    expect(JSON.stringify(tree)).not.toMatch(/barometer/u);
    expect(JSON.stringify(tree["step"])).toContain("from Lantern Lane Clock Repairs about");
  });

  it("reads the entries as the script", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-bib-"));
    const path = join(dir, "clocks.bib");
    writeFileSync(path, BIB);
    const s = await readScenarioFile(path);
    expect(s.caller.steps).toHaveLength(3);
    expect(s.caller.name).toBe("Wendeline Ashgrove");
    expect(s.caller.organization).toBe("Lantern Lane Clock Repairs");
  });
});
