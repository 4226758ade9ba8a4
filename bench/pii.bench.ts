// PII masking against its corpus: share of PII strings masked and figures kept, development and held-back parts
// apart (the held-back part is read only here), and masking speed.
import { maskPii } from "../src/export/mask-pii.js";
import { scorePiiCorpus } from "../tests/pii/score-corpus.js";

function score(file: string): string {
  const result = scorePiiCorpus(file);
  return `${result.masked}/${result.pii} PII strings masked (${((100 * result.masked) / result.pii).toFixed(1)}%), ${result.kept}/${result.keep} figures kept${result.leaks.length > 0 ? `; left: ${result.leaks.join(" | ")}` : ""}`;
}

export async function run(): Promise<void> {
  console.log(`PII corpus, development: ${score("corpus.dev.json")}`);
  console.log(`PII corpus, held back:   ${score("corpus.heldout.json")}`);
  console.log(`PII corpus, hand-written after the masker (never tuned on): ${score("corpus.fresh.json")}`);
  const text = "张先生您好，手机138 1234 5678，邮箱 zhang.wei@example.com，卡号 6222 0212 3456 7890 128，地址北京市朝阳区建国路88号3号楼501室。".repeat(20);
  const start = process.cpuUsage();
  let chars = 0;
  for (let i = 0; i < 300; i++) chars += maskPii(text, ["张建国"]).length;
  const cpu = process.cpuUsage(start);
  console.log(`masking speed: ${((300 * text.length) / ((cpu.user + cpu.system) / 1e6) / 1e6).toFixed(2)} M characters per CPU-second (${chars > 0 ? "ok" : ""})`);
  await Promise.resolve();
}
