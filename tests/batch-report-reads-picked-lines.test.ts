import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBatchJobs, readBatchLines } from "../src/batch/read-lines.js";
import { CallSelector, planSelection } from "../src/report/select-calls.js";
import type { CompactCall } from "../src/report/compact-call.js";
import { makeLine } from "./fixtures/batch-lines.js";

function callsFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "callsim-lazy-")), "calls.jsonl");
  writeFileSync(path, text);
  return path;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("calls.jsonl read job first", () => {
  it("gives each line's job from its first bytes and the same line as a whole read when asked", async () => {
    const lines = [1, 2, 3].map((seed) => makeLine({ seed, scenario: seed === 2 ? "a},\"call\":{b" : "demo" }));
    // A line written with its keys in another order, and a blank line, as a hand-edited file may have.
    const reordered = { score: lines[2]?.score, call: lines[2]?.call, job: { ...lines[2]?.job, seed: 9, key: "demo#9#rule~rule" } };
    const path = callsFile(`${lines.map((line) => JSON.stringify(line)).join("\n")}\n   \n${JSON.stringify(reordered)}\n`);
    const whole = await all(readBatchLines(path));
    const lazy: { job: unknown; line: number; read: unknown }[] = [];
    for await (const entry of readBatchJobs(path)) lazy.push({ job: entry.job, line: entry.line, read: entry.read() });
    expect(lazy.map((entry) => entry.job)).toEqual(whole.map((line) => line.job));
    expect(lazy.map((entry) => entry.read)).toEqual(whole);
    expect(lazy.map((entry) => entry.line)).toEqual([1, 2, 3, 5]);
  });

  it("a malformed line is still a user error when it is not shaped as the batch writes it", async () => {
    const path = callsFile(`${JSON.stringify(makeLine({ seed: 1 }))}\n{"job": nonsense\n`);
    await expect(all(readBatchJobs(path))).rejects.toThrow(/not a JSON line/);
  });
});

describe("report selection skips lines it cannot keep", () => {
  it("picks the same calls whether every line is offered or only those it wants", () => {
    const compact = (key: string, seed: number, pass: boolean): CompactCall => ({
      k: key, sc: key.split("#")[0] ?? "", seed, ca: "rule", ce: "rule", score: pass ? 90 : 40, pass: pass ? 1 : 0,
      end: ["caller", 0, ""], t: [], ch: [], o: { id: null, st: [], q: [], fu: null },
    });
    const offers: { group: string; seed: number; key: string; pass: boolean }[] = [];
    // Seeds out of order and repeated across groups, so the kept sets change over the stream.
    for (let i = 0; i < 600; i++) {
      const group = `g${i % 3}`;
      const seed = (i * 37) % 211;
      offers.push({ group, seed, key: `${group}#${seed}#${i}`, pass: (i * 7) % 5 !== 0 });
    }
    const linked = new Set(offers.filter((_, i) => i % 50 === 0).map((offer) => offer.key));
    const plan = planSelection(offers.length, 3, 60, linked);
    const everything = new CallSelector(plan);
    const skipping = new CallSelector(plan);
    let skipped = 0;
    for (const { group, seed, key, pass } of offers) {
      everything.offer(group, seed, key, pass, () => compact(key, seed, pass));
      if (!skipping.wants(group, seed, key)) {
        skipped++;
        continue;
      }
      skipping.offer(group, seed, key, pass, () => compact(key, seed, pass));
    }
    expect(skipped).toBeGreaterThan(0);
    expect(skipping.result()).toEqual(everything.result());
  });
});
