// A start loads what its command needs and no more: a rule run (en, zh) and the library's imports load no model
// code (the AI SDK comes with the first model seat), through the bundled command and through tsc's library output.
import { describe, expect, it } from "vitest";
import { loadedSources } from "./fakes/loaded-sources.js";

/** The AI SDK and its providers (the bundle leaves them outside, so loading one shows as a package file). */
const MODEL_PACKAGES = /^node_modules\/(ai|@ai-sdk\/(?!provider\/)[^/]+)\//;
/** The bundle loaded as a plain module (no code cache), so its loading shows too. */
const PLAIN = { ...process.env, CALLSIM_CACHE_DIR: "" };

describe("what a start loads", () => {
  it.each([
    ["en", "examples/06-saas-renewal-checkin-en.md"],
    ["zh", "examples/00-seed-service-followup.md"],
  ])("a rule run (%s) goes through the bundled command and loads no model package", (_language, file) => {
    const run = loadedSources(["dist/cli/main.js", "run", file], PLAIN);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.sources).toContain("src/seats/rule/rule-caller.ts");
    expect(run.sources.filter((source) => MODEL_PACKAGES.test(source))).toEqual([]);
  });

  it("importing the library and callsim/testing loads no model code", () => {
    const run = loadedSources(["--input-type=module", "-e", 'await import("./dist/index.js"); await import("./dist/testing/index.js");']);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.sources).toContain("dist/testing/index.js");
    expect(run.sources.filter((source) => MODEL_PACKAGES.test(source) || source === "dist/models/ai-sdk-calls.js")).toEqual([]);
  });

  it("a model seat does load the AI SDK, so the checks above can fail", () => {
    const run = loadedSources(["--input-type=module", "-e", 'await import("./dist/models/ai-sdk-calls.js");']);
    expect(run.status).toBe(0);
    expect(run.sources.some((source) => MODEL_PACKAGES.test(source))).toBe(true);
  });
});
