// `callsim run --score`: a trainee in the caller seat sees the scorecard of the call right after it.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("callsim run --score", () => {
  it("prints the scorecard after the summary and flags the trainee's invented figure at its turn", () => {
    const input = [
      "Hi, is this Priya Raman? This is Daniel from Cobaltix.",
      "Your renewal price will drop to 25 dollars.",
      "/end 2 Thanks, I will send it by email.",
      "",
    ].join("\n");
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "run", "examples/06-saas-renewal-checkin-en.md", "--caller", "human", "--seed", "4", "--score"],
      { encoding: "utf8", input, env: { ...process.env, NO_COLOR: "1" } },
    );
    expect(run.status).toBe(0);
    const card = run.stdout.slice(run.stdout.indexOf("verdict "));
    expect(card).toMatch(/^verdict FAIL \(invented-figure@2/);
    expect(card).toContain('FAIL  invented-figure    critical turn 2: invented "25 dollars" [turn 2]');
    expect(card).toContain("PASS  sensitive-info");
  });

  it("--json stays the record alone", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "run", "examples/00-seed-service-followup.md", "--json", "--score"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});
