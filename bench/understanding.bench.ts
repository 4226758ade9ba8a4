// Act and answer accuracy of the rule understanding on the labelled utterances, each part apart (bench/parts.ts).
import { scoreUnderstanding } from "../tests/understanding-score.js";
import { benchParts } from "./parts.js";

export async function run(): Promise<void> {
  const parts = benchParts("tests/understanding");
  for (const part of parts) {
    const start = performance.now();
    const s = await scoreUnderstanding(part);
    const ms = performance.now() - start;
    const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
    console.log(`understanding ${part}: ${s.utterances} utterances, main act ${pct(s.actMain, s.utterances)}, act among labels ${pct(s.actAny, s.utterances)}, answer source ${pct(s.answers, s.questions)} of ${s.questions} questions (same content from another source ${pct(s.sameContent, s.questions)}) (${ms.toFixed(0)} ms)`);
    // By labelled answer kind (aggregate only: which kind was found instead), to see where a part's misses lie.
    const missed = Object.entries(s.actKinds).filter(([, v]) => v.ok < v.n).sort(([, a], [, b]) => b.n - b.ok - (a.n - a.ok));
    const top = (got: Record<string, number>): string => Object.entries(got).sort(([, a], [, b]) => b - a).slice(0, 3).map(([g, n]) => `${g} ${n}`).join(", ");
    console.log(`  main act by label: ${missed.map(([k, v]) => `${k} ${v.ok}/${v.n} (else ${top(v.got)})`).join("; ")}`);
    const kinds = Object.entries(s.answerKinds).sort(([a], [b]) => a.localeCompare(b));
    console.log(`  answers by kind: ${kinds.map(([k, v]) => `${k} ${v.ok}/${v.n} (else ${Object.entries(v.got).map(([g, n]) => `${g} ${n}`).join(", ") || "-"})`).join("; ")}`);
  }
}
