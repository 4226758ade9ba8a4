// Which closing line the rule caller says for each end condition, on the examples through the real reader.
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { closingFor, conditionFor } from "../src/seats/rule/closing.js";

async function planOf(example: string): Promise<ReturnType<typeof callerPlan>> {
  return callerPlan(await readScenarioFile(`examples/${example}.md`));
}

describe("closing lines", () => {
  it("uses the document's closing written for the condition", async () => {
    const bank = await planOf("01-bank-instalment");
    expect(closingFor(bank, 2, "cancel")).toBe(bank.scenario.caller.closingLines[1]);
    expect(closingFor(bank, 4, "fraud")).toBe(bank.scenario.caller.closingLines[2]);
    const saas = await planOf("06-saas-renewal-checkin-en");
    expect(closingFor(saas, 2, "busy")).toBe(saas.scenario.caller.closingLines[1]);
    expect(closingFor(saas, 3, "refuse")).toBe(saas.scenario.caller.closingLines[2]);
  });

  it("falls back to a plain goodbye when no closing fits, and never tells a wrong person about the account", async () => {
    const car = await planOf("08-car-maintenance-booking");
    expect(closingFor(car, 3, "refuse")).toBe("好的，尊重您的选择，感谢您抽时间接听，再见。");
    const seed = await planOf("00-seed-service-followup");
    expect(closingFor(seed, 4, "identity")).toBe("抱歉打扰，再见。");
  });

  it("picks the condition by the situation's classes", async () => {
    const seed = await planOf("00-seed-service-followup");
    expect(conditionFor(seed, ["identity"], "")).toBe(4);
    expect(conditionFor(seed, ["busy", "written", "done"], "")).toBe(3);
    expect(conditionFor(seed, ["done", "written"], "")).toBe(1);
    expect(conditionFor(seed, ["suggestion", "done", "written"], "")).toBe(2);
    const car = await planOf("08-car-maintenance-booking");
    expect(conditionFor(car, ["identity", "interrupted", "escalate", "hostile", "busy"], "")).toBe(4);
  });
});
