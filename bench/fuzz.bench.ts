// The large fuzz run: 100,000 hostile documents through the reader (pieces up to 5 KB planted in the examples),
// 1,000 full-size ones (up to ~400 KB) and 2,000 hostile transcripts through the scorer. Prints the counts:
// parsed, user errors, crashes, cases over their CPU budget, and the slowest case per KB.
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { CallsimError } from "../src/errors.js";
import { evaluateCall } from "../src/eval/index.js";
import { parseCall } from "../src/eval/load-call.js";
import { parseScenarioText } from "../src/scenario/index.js";
import { budgetMs, hostileTranscript, plantedDocument } from "../tests/fuzz/generators.js";

interface Tally {
  ok: number;
  userErrors: number;
  crashes: string[];
  overBudget: number;
  worstMsPerKb: number;
}

function tally(): Tally {
  return { ok: 0, userErrors: 0, crashes: [], overBudget: 0, worstMsPerKb: 0 };
}

function attempt(counts: Tally, size: number, work: () => void): void {
  const start = process.cpuUsage();
  try {
    work();
    counts.ok++;
  } catch (error) {
    if (error instanceof CallsimError && error.kind === "user") counts.userErrors++;
    else if (counts.crashes.length < 5) counts.crashes.push(error instanceof Error ? error.message.slice(0, 100) : String(error));
    else counts.crashes.push("");
  }
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  if (ms > budgetMs(size)) counts.overBudget++;
  counts.worstMsPerKb = Math.max(counts.worstMsPerKb, ms / Math.max(1, size / 1024));
}

function print(label: string, counts: Tally, cases: number, seconds: number): void {
  console.log(
    `${label}: ${cases} cases in ${seconds.toFixed(0)} s: ${counts.ok} parsed, ${counts.userErrors} user errors, ${counts.crashes.length} crashes, ` +
      `${counts.overBudget} over budget; worst ${counts.worstMsPerKb.toFixed(2)} ms CPU per KB${counts.crashes.length > 0 ? `; e.g. ${counts.crashes.filter((c) => c !== "").join(" | ")}` : ""}`,
  );
}

export async function run(): Promise<void> {
  const examples = new URL("../examples/", import.meta.url);
  const bases = readdirSync(examples).filter((name) => name.endsWith(".md")).map((name) => readFileSync(new URL(name, examples), "utf8"));
  const big = Number(process.env["CALLSIM_FUZZ_CASES"] ?? 100_000);
  for (const [label, count, maxPiece] of [["reader, small pieces", big, 5_000], ["reader, full-size pieces", Math.ceil(big / 100), Infinity]] as const) {
    const counts = tally();
    const started = Date.now();
    const perBase = Math.ceil(count / bases.length);
    bases.forEach((base, index) => {
      for (const text of fc.sample(plantedDocument(base, maxPiece), { numRuns: perBase, seed: 1000 + index })) {
        attempt(counts, text.length, () => parseScenarioText(text, { file: "fuzz.md" }));
      }
    });
    print(label, counts, perBase * bases.length, (Date.now() - started) / 1000);
  }
  const scenario = parseScenarioText(bases[0] ?? "", { file: "base.md" });
  const counts = tally();
  const started = Date.now();
  const transcripts = fc.sample(hostileTranscript, { numRuns: Math.ceil(big / 50), seed: 99 });
  for (const text of transcripts) attempt(counts, text.length, () => evaluateCall(scenario, parseCall(text, "fuzz.txt", scenario)));
  print("scorer, hostile transcripts", counts, transcripts.length, (Date.now() - started) / 1000);
  await Promise.resolve();
}
