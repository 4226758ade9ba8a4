import { describe, expect, it } from "vitest";
import { withoutLeadingTitle } from "../src/scenario/identity.js";

// A customer field writes the courtesy title apart, before an English name or after a Chinese one: the name is the
// person's, the title only how they are addressed.
describe("a courtesy title written apart from a full name", () => {
  it.each([
    ["zh", "寇立群 先生", "寇立群"],
    ["zh", "宁素芬 女士", "宁素芬"],
    ["en", "Mrs Alvina Treharne", "Alvina Treharne"],
  ])("%s: '%s' names %s", (_, written, name) => {
    expect(withoutLeadingTitle(written)).toBe(name);
  });

  it("a job written before a name still gives the name; a surname with its title stays whole", () => {
    expect(withoutLeadingTitle("物业经理 寇立群")).toBe("寇立群");
    expect(withoutLeadingTitle("寇先生")).toBe("寇先生");
  });
});
