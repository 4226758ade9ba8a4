// The public face of src/eval: other stages import exactly these names; this fails when the surface drifts.
import { describe, expect, it } from "vitest";
import * as evalApi from "../src/eval/index.js";
import { WEIGHTS, CRITICAL_CAP, scoreOf } from "../src/eval/index.js";
import type { Check } from "../src/schema/index.js";

describe("src/eval/index.ts", () => {
  it("exports the scoring and loading functions", () => {
    expect(Object.keys(evalApi).sort()).toEqual(["CRITICAL_CAP", "RULE_CHECKS", "WEIGHTS", "evaluateCall", "loadCall", "parseCall", "scoreOf", "withExtraChecks"]);
    expect(evalApi.RULE_CHECKS).toHaveLength(12);
  });

  it("weighs checks as documented: partial credit, inapplicable checks left out, critical failures capped", () => {
    const check = (id: string, passed: boolean, extra: Partial<Check> = {}): Check => ({ id, passed, severity: "major", message: "", turns: [], ...extra });
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(scoreOf([check("steps", false, { details: { fraction: 0.5 } }), check("kb", true)])).toBe(71.4);
    expect(scoreOf([check("opening", true), check("marketing", true, { details: { applicable: false } }), check("negative-style", false)])).toBe(100);
    expect(scoreOf([check("opening", true), check("grounding", false, { severity: "critical" })])).toBe(40);
    expect(scoreOf([check("opening", true), check("identity", true), check("steps", true), check("grounding", true), check("sensitive-info", false, { severity: "critical" })])).toBe(CRITICAL_CAP);
  });
});
