import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReportData, renderReportHtml, writeReport } from "../src/report/index.js";
import { writeSyntheticBatch } from "./fixtures/batch-dir.js";
import { makeLine, makeScenario } from "./fixtures/batch-lines.js";

describe("report data", () => {
  it("embeds every call of a small batch, sorted by scenario and seed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-report-"));
    writeSyntheticBatch(dir, 5);
    const data = await buildReportData(dir);
    expect(data.embedded).toEqual({ calls: 10, total: 10, capped: false });
    expect(data.calls.map((call) => `${call.sc}:${call.seed}`)).toEqual([
      "en-demo:1", "en-demo:2", "en-demo:3", "en-demo:4", "en-demo:5", "zh-demo:1", "zh-demo:2", "zh-demo:3", "zh-demo:4", "zh-demo:5",
    ]);
    expect(data.scenarios["zh-demo"]?.steps).toEqual(["开场确认身份", "询问使用情况", "告知优惠"]);
    const five = data.calls.find((call) => call.k === "zh-demo#5#rule~rule");
    expect(five?.pass).toBe(0);
    expect(five?.ch[0]).toEqual(["grounding", 0, "critical", "invented figure 99元", [2]]);
    expect(five?.t[0]).toEqual([0, "您好，我是示例公司的小王。请问是张先生吗？", 1, [], 0, 0]);
  });

  it("caps a large batch: linked calls always, then failing calls and a passing sample per group", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-report-"));
    writeSyntheticBatch(dir, 400); // 800 calls, 160 failing (every fifth seed)
    const data = await buildReportData(dir, { maxEmbeddedCalls: 100 });
    expect(data.embedded.total).toBe(800);
    expect(data.embedded.capped).toBe(true);
    const keys = new Set(data.calls.map((call) => call.k));
    for (const group of data.summary.groups) for (const check of group.failedChecks) for (const key of check.calls) expect(keys.has(key)).toBe(true);
    // 40 linked (20 per group) + per group share floor((100-40)/2)=30: 23 failing + 7 passing.
    expect(data.calls).toHaveLength(40 + 2 * 30);
    const zh = data.calls.filter((call) => call.sc === "zh-demo");
    expect(zh.filter((call) => call.pass === 0)).toHaveLength(20 + 23);
    expect(zh.filter((call) => call.pass === 1).map((call) => call.seed)).toEqual([2, 3, 4, 6, 7, 8, 11]); // seeds 1 and 9 score below 80
    const html = renderReportHtml(data);
    expect(html).toContain("embedded.capped");
  });

  it("keeps transcript text that looks like HTML inert inside the page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-report-"));
    writeFileSync(join(dir, "scenarios.json"), JSON.stringify([makeScenario("demo")]));
    const line = makeLine({ texts: [["</script><script>alert(1)</script>", "<!-- & \u2028"]] });
    writeFileSync(join(dir, "calls.jsonl"), `${JSON.stringify(line)}\n`);
    const result = await writeReport(dir);
    const html = readFileSync(result.path, "utf8");
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).not.toContain("<!--");
    expect(html).toContain("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
    expect(html).not.toMatch(/https?:\/\/cdn/);
    expect(JSON.parse(readFileSync(join(dir, "summary.json"), "utf8"))).toMatchObject({ calls: 1, passed: 1 });
  });
});

describe("report embedding when few calls fail", () => {
  it("fills a group's unused failing share with passing calls", async () => {
    const { planSelection, CallSelector } = await import("../src/report/select-calls.js");
    const plan = planSelection(1000, 1, 40, new Set());
    expect(plan).toMatchObject({ all: false, perGroup: 40, failingQuota: 30 });
    const selector = new CallSelector(plan);
    for (let seed = 1; seed <= 1000; seed++) {
      const pass = seed % 100 !== 0; // 10 failing calls
      selector.offer("g", seed, `s#${seed}`, pass, () => ({ k: `s#${seed}`, sc: "s", seed, ca: "rule", ce: "rule", score: pass ? 90 : 10, pass: pass ? 1 : 0, end: ["callee", 1, ""], t: [], ch: [], o: { id: true, st: [], q: [], fu: null } }));
    }
    const picked = selector.result();
    expect(picked).toHaveLength(40);
    expect(picked.filter((call) => call.pass === 0)).toHaveLength(10);
    expect(picked.filter((call) => call.pass === 1).at(-1)?.seed).toBe(30);
  });
});
