// Hostile documents (long runs of one character, deep nesting, unclosed fences and comments) read to a Scenario or a
// user error: never a crash. How long they take is measured in bench/parse.bench.ts, not here.
import { expect, it } from "vitest";
import { isUserError } from "../src/errors.js";
import { parseScenarioText } from "../src/scenario/index.js";
import { hostileDocuments } from "./fixtures/hostile-documents.js";

it.each(hostileDocuments())("%s reads to a Scenario or a user error", (_name, text) => {
  try {
    expect(parseScenarioText(text).schemaVersion).toBe(1);
  } catch (error) {
    expect(isUserError(error)).toBe(true);
  }
});
