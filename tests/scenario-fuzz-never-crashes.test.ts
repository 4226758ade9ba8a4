// Thousands of mutated documents (lines deleted, duplicated, shuffled, truncated, bytes flipped, markup injected):
// each either parses to a valid Scenario or fails with a user error that names the file. Seeded, so reproducible.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CallsimError } from "../src/errors.js";
import { Scenario } from "../src/schema/scenario.js";
import { parseScenarioBytes } from "../src/scenario/index.js";
import { createRandom, type Random } from "../src/util/random.js";

const root = join(import.meta.dirname, "..");
const sources = [
  ...readdirSync(join(root, "examples")).filter((f) => f.endsWith(".md")).map((f) => join(root, "examples", f)),
  ...readdirSync(join(root, "tests", "fixtures", "scenarios")).filter((f) => f.endsWith(".md")).map((f) => join(root, "tests", "fixtures", "scenarios", f)),
].sort();
const MUTANTS_PER_SOURCE = 200;
const INJECTIONS = ["## ", "### ", "**", "- ", "1. ", "步骤", "Q：", "A：", "| a | b |", "【拨打方】", "## 电话接听方", "“", "”", "\"", "\t", "\r", "（一）", "一、", "---", "\u0000", "\uFEFF"];

function mutateLines(lines: string[], random: Random): string[] {
  const out = [...lines];
  const ops = 1 + random.int(4);
  for (let k = 0; k < ops && out.length > 0; k++) {
    const i = random.int(out.length);
    switch (random.int(6)) {
      case 0: out.splice(i, 1 + random.int(5)); break;
      case 1: out.splice(i, 0, ...out.slice(i, i + 1 + random.int(3))); break;
      case 2: { const j = random.int(out.length); const a = out[i] ?? ""; out[i] = out[j] ?? ""; out[j] = a; break; }
      case 3: out.length = i; break;
      case 4: { const line = out[i] ?? ""; const at = random.int(line.length + 1); out[i] = line.slice(0, at) + random.pick(INJECTIONS) + line.slice(at); break; }
      default: { const start = random.int(out.length); const slice = out.splice(start, 1 + random.int(10)); out.splice(random.int(out.length + 1), 0, ...slice.reverse()); }
    }
  }
  return out;
}

function mutateBytes(bytes: Buffer, random: Random): Buffer {
  const out = Buffer.from(bytes);
  const flips = 1 + random.int(20);
  for (let k = 0; k < flips; k++) out[random.int(out.length)] = random.int(256);
  return random.chance(0.3) ? out.subarray(0, random.int(out.length)) : out;
}

describe("fuzzed documents", () => {
  it("never crash the reader: a valid Scenario or a user error naming the file", () => {
    const random = createRandom("scenario-fuzz");
    let parsed = 0;
    let rejected = 0;
    const codes = new Map<string, number>();
    for (const source of sources) {
      const text = readFileSync(source, "utf8");
      const lines = text.split("\n");
      for (let n = 0; n < MUTANTS_PER_SOURCE; n++) {
        const mutantLines = random.chance(0.25) ? null : mutateLines(lines, random);
        const bytes = mutantLines === null ? mutateBytes(Buffer.from(text, "utf8"), random) : Buffer.from(mutantLines.join(random.chance(0.2) ? "\r\n" : "\n"), "utf8");
        const file = `${source}#${n}`;
        try {
          const scenario = parseScenarioBytes(bytes, { file });
          expect(Scenario.safeParse(scenario).success).toBe(true);
          expect(scenario.caller.steps.length > 0 || scenario.caller.opening !== null).toBe(true);
          expect(scenario.caller.steps.map((step) => step.index)).toEqual(scenario.caller.steps.map((_, i) => i + 1));
          if (mutantLines !== null) {
            // Every fact and diagnostic points at a real line of the mutated document (CR, LF or CRLF ends a line).
            const written = bytes.toString("utf8").replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
            for (const fact of scenario.facts) expect(written[fact.line - 1]?.trim()).toBe(fact.source);
            for (const d of scenario.diagnostics) if (d.line !== null) expect(d.line).toBeLessThanOrEqual(written.length);
          }
          parsed++;
        } catch (error) {
          if (!(error instanceof CallsimError) || error.kind !== "user") throw error;
          expect(error.file).toBe(file);
          codes.set(error.code, (codes.get(error.code) ?? 0) + 1);
          rejected++;
        }
      }
    }
    expect(parsed + rejected).toBe(sources.length * MUTANTS_PER_SOURCE);
    expect(parsed).toBeGreaterThan(rejected);
    expect(rejected).toBeGreaterThan(0);
    expect([...codes.keys()].every((code) => ["empty-document", "binary-document", "no-caller-side", "no-script"].includes(code))).toBe(true);
    console.log(`fuzz: ${parsed + rejected} mutated documents, ${parsed} parsed, ${rejected} rejected (${[...codes].map(([c, k]) => `${c} ${k}`).join(", ")})`);
  }, 240_000); // 3,600 documents: ~25 s alone here; a time bound, not a speed test (speed is in bench/fuzz.bench.ts)
});
