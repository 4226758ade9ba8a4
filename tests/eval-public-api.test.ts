// The public face of src/eval: other stages import exactly these names; this fails when the surface drifts.
import { describe, expect, it } from "vitest";
import * as evalApi from "../src/eval/index.js";
import { CRITICAL_CAP, PASS_FLOOR, SEVERITY, scoreOf } from "../src/eval/index.js";
import { CallerFaultKind, SimulatorFaultKind, type Check } from "../src/schema/index.js";

describe("src/eval/index.ts", () => {
  it("exports the scoring, loading and agreement functions", () => {
    expect(Object.keys(evalApi).sort()).toEqual([
      "CRITICAL_CAP", "PASS_FLOOR", "RULE_CHECKS", "SEVERITY", "VERDICT_RULE", "agreement", "evaluateCall", "formatAgreement",
      "judgementOf", "loadCall", "parseCall", "ruleJudge", "runAgreement", "scoreOf", "withExtraChecks",
    ]);
    expect(evalApi.RULE_CHECKS).toHaveLength(CallerFaultKind.options.length);
    expect(Object.keys(SEVERITY).sort()).toEqual([...CallerFaultKind.options, ...SimulatorFaultKind.options].sort());
  });

  it("scores as documented: passed calls 100, any caller fault below 80, critical capped at 59", () => {
    const check = (id: string, passed: boolean, severity: Check["severity"] = "major"): Check => ({ id, passed, severity, message: "", turns: [] });
    expect(scoreOf([check("opening", true)])).toBe(100);
    expect(scoreOf([check("repetition", false, "minor")])).toBe(PASS_FLOOR - 1);
    expect(scoreOf([check("repetition", false, "minor"), check("order", false, "minor")])).toBe(74);
    expect(scoreOf([check("opening", false, "info")])).toBe(100);
    expect(scoreOf([check("opening", false)])).toBe(79);
    expect(scoreOf([check("opening", false), check("identity", false), check("order", false, "minor")])).toBe(64);
    expect(scoreOf([check("invented-figure", false, "critical")])).toBe(CRITICAL_CAP);
    expect(scoreOf([check("invented-figure", false, "critical"), check("disclosure", false, "critical")])).toBe(49);
  });
});
