// Scenario reader throughput over the example scenarios: documents parsed per second on one core.
// The reader is synchronous and single-threaded, so process CPU time is one core's time; wall time is shown too
// because a shared machine inflates it.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseScenarioBytes, parseScenarioText } from "../src/scenario/index.js";
import { hostileDocuments } from "../tests/fixtures/hostile-documents.js";
import { MAX_TREE_CHARS } from "../src/scenario/tree-blocks.js";

const examples = join(dirname(fileURLToPath(import.meta.url)), "..", "examples");
const BUDGET_MS = 2500;

function measure(label: string, parse: (i: number) => void): number {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let count = 0;
  while (performance.now() - wallStart < BUDGET_MS) {
    for (let k = 0; k < 50; k++, count++) parse(count);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - wallStart) / 1000;
  console.log(
    `${label}: ${Math.round(count / cpuSeconds)} documents/s per CPU-second (one core); ` +
      `${Math.round(count / wallSeconds)} documents/s wall; ${count} parses, ${((cpuSeconds * 1e6) / count).toFixed(0)} µs CPU each`,
  );
  return count / cpuSeconds;
}

export async function run(): Promise<void> {
  const files = readdirSync(examples).filter((f) => f.endsWith(".md")).sort();
  const texts = files.map((f) => readFileSync(join(examples, f), "utf8"));
  const bytes = texts.map((t) => Buffer.from(t, "utf8"));
  const sizeKb = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / texts.length / 1024;
  console.log(`${files.length} example documents, ${sizeKb.toFixed(1)} KB on average`);
  // Warm up both paths so the JIT has settled; then two rounds each, since a shared machine makes single runs noisy.
  for (let i = 0; i < 2000; i++) parseScenarioBytes(bytes[i % bytes.length] ?? Buffer.alloc(0));
  const rates: number[] = [];
  for (let round = 1; round <= 2; round++) {
    rates.push(measure(`round ${round}, parse text → Scenario`, (i) => parseScenarioText(texts[i % texts.length] ?? "")));
    rates.push(measure(`round ${round}, decode bytes + parse`, (i) => parseScenarioBytes(bytes[i % bytes.length] ?? Buffer.alloc(0))));
  }
  console.log(`best: ${Math.round(Math.max(...rates))} documents/s per CPU-second; worst: ${Math.round(Math.min(...rates))}`);
  // Near the size limit: all examples repeated to ~4.5 MB, read as one document.
  const big = Buffer.from(texts.join("\n").repeat(Math.floor((4.5 * 1048576) / Buffer.byteLength(texts.join("\n"), "utf8"))), "utf8");
  const cpuStart = process.cpuUsage();
  parseScenarioBytes(big);
  const cpu = process.cpuUsage(cpuStart);
  console.log(`one ${(big.length / 1048576).toFixed(1)} MB document: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
  // At the size limit, and documents built to make a line reader backtrack (issue: 80k spaces took 15 s, 2,000 levels 37 s).
  const limit = Buffer.concat([big, big]).subarray(0, 5 * 1048576 - 16);
  for (let round = 1; round <= 2; round++) console.log(`a 5.0 MB document, round ${round}: ${cpuMs(() => parseScenarioBytes(limit))} ms CPU`);
  // The largest document the Markdown tree still reads (larger ones take the line pass): script, tables and comments.
  const unit = "## 分步流程\n1. 开场：“您好，我是小王。”\n| 问题 | 回答 |\n|---|---|\n| 价格？ | 100元 |\n<!-- x -->\n";
  const treeSized = unit.repeat(Math.floor((MAX_TREE_CHARS - 64) / unit.length));
  for (let round = 1; round <= 2; round++) console.log(`a ${(treeSized.length / 1024).toFixed(0)} KB document read by the Markdown tree, round ${round}: ${cpuMs(() => { try { parseScenarioText(treeSized); } catch { /* a user error is an answer too */ } })} ms CPU`);
  for (const [name, text] of hostileDocuments()) console.log(`${name}: ${cpuMs(() => { try { parseScenarioText(text); } catch { /* a user error is an answer too */ } })} ms CPU`);
}

function cpuMs(work: () => void): string {
  const start = process.cpuUsage();
  work();
  const cpu = process.cpuUsage(start);
  return ((cpu.user + cpu.system) / 1000).toFixed(0);
}
