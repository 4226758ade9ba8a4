// A labelled call whose scenario cannot be read: `callsim eval` fails with a user error, a benchmark over many parts
// leaves that call out and is told which file and why.
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLabels } from "../src/eval/agreement/load-labels.js";

function labelledSet(): string {
  const root = mkdtempSync(join(tmpdir(), "callsim-labels-"));
  mkdirSync(join(root, "part"));
  copyFileSync("examples/06-saas-renewal-checkin-en.md", join(root, "good.md"));
  writeFileSync(join(root, "bad.md"), "just a line of prose, no caller and no callee\n");
  const call = (id: string, scenario: string) =>
    JSON.stringify({ id, scenario, language: "en", industry: "test", source: "hand", turns: [{ speaker: "caller", text: "Hello." }, { speaker: "callee", text: "Hi." }], verdict: "fail", faults: [] });
  writeFileSync(join(root, "part", "a.json"), call("a", "good.md"));
  writeFileSync(join(root, "part", "b.json"), call("b", "bad.md"));
  return root;
}

describe("labelled calls on an unreadable scenario", () => {
  it("fail the load by default, as a user error", async () => {
    await expect(loadLabels(labelledSet())).rejects.toMatchObject({ kind: "user" });
  });

  it("are left out and reported when the caller asks", async () => {
    const left: string[] = [];
    const loaded = await loadLabels(labelledSet(), { onUnreadableScenario: (file) => left.push(file) });
    expect(loaded.map((item) => item.label.id)).toEqual(["a"]);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/b\.json$/);
  });
});
