// The scenario module's public surface: exactly these exports, so other modules can rely on them.
import { expect, it } from "vitest";
import * as scenario from "../src/scenario/index.js";

it("exports the reader's entry points and nothing else", () => {
  expect(Object.keys(scenario).sort()).toEqual(["explainText", "parseScenarioBytes", "parseScenarioText", "readPersonaFile", "readScenarioFile", "readScenarioWithTrace", "readWithPersonas", "sourceComment", "withPersonas"]);
});

it("names the scenario after the file, or as given", () => {
  const text = "## 拨打方\n### 开场白\n“您好。”\n";
  expect(scenario.parseScenarioText(text).id).toBe("scenario");
  expect(scenario.parseScenarioText(text, { file: "/x/y/bank-visit.md" }).id).toBe("bank-visit");
  expect(scenario.parseScenarioText(text, { id: "given", file: "/x/y/bank-visit.md" }).id).toBe("given");
});
