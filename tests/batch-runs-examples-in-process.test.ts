// startBatch from the TypeScript sources (vitest): the worker file is a .ts, so rule jobs run in this thread.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startBatch } from "../src/batch/start-batch.js";
import { silentProgress } from "../src/batch/progress.js";
import type { BatchLine } from "../src/batch/types.js";

describe("startBatch from sources", () => {
  it("runs real rule calls with scorecards, skipping folder files that are not scenarios", async () => {
    const root = mkdtempSync(join(tmpdir(), "callsim-src-batch-"));
    const folder = join(root, "scenarios");
    mkdirSync(folder);
    copyFileSync("examples/06-saas-renewal-checkin-en.md", join(folder, "06-saas-renewal-checkin-en.md"));
    copyFileSync("examples/06-saas-renewal-checkin-en.truth.json", join(folder, "06-saas-renewal-checkin-en.truth.json"));
    writeFileSync(join(folder, "notes.txt"), "just a note, no roles here\n");
    const skipped: string[] = [];
    const out = join(root, "out");
    const result = await startBatch({
      inputs: [folder],
      seeds: [1, 2, 3],
      callers: ["rule"],
      callees: ["rule"],
      outDir: out,
      concurrency: 2,
      progress: silentProgress,
      onSkipped: (line) => skipped.push(line),
    });
    expect(result).toMatchObject({ total: 3, ran: 3, failed: 0 });
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain("notes.txt");
    const lines = readFileSync(join(out, "calls.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as BatchLine);
    expect(lines.map((line) => line.job.key).sort()).toEqual([1, 2, 3].map((seed) => `06-saas-renewal-checkin-en#${seed}#rule~rule`));
    for (const line of lines) {
      expect(line.call.seed).toBe(line.job.seed);
      expect(line.call.turns[0]?.speaker).toBe("caller");
      expect(line.score.checks.map((check) => check.id)).toContain("invented-figure");
      expect(typeof line.score.passed).toBe("boolean");
    }
    expect(result.summary.groups[0]?.funnel[0]).toBe(3);
  });

  it("refuses two scenarios with one id", async () => {
    const root = mkdtempSync(join(tmpdir(), "callsim-src-batch-"));
    mkdirSync(join(root, "a"));
    copyFileSync("examples/01-bank-instalment.md", join(root, "a", "x.md"));
    copyFileSync("examples/08-car-maintenance-booking.md", join(root, "x.md"));
    await expect(
      startBatch({ inputs: [join(root, "a"), join(root, "x.md")], seeds: [1], callers: ["rule"], callees: ["rule"], outDir: join(root, "out"), concurrency: 1, progress: silentProgress }),
    ).rejects.toThrow(`scenario id 'x' is also the id of ${join(root, "a", "x.md")}; rename one of them`);
  });
});
