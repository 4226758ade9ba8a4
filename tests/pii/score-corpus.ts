// Scores the PII masker on one corpus file: PII strings masked, figures kept, and what leaked.
import { readFileSync } from "node:fs";
import { maskPii } from "../../src/export/mask-pii.js";

export interface PiiCase {
  text: string;
  pii: string[];
  keep: string[];
  names: string[];
}

export interface PiiScore {
  cases: number;
  pii: number;
  masked: number;
  keep: number;
  kept: number;
  leaks: string[];
  lost: string[];
}

export function scorePiiCorpus(file: string): PiiScore {
  const cases = JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), "utf8")) as PiiCase[];
  const score: PiiScore = { cases: cases.length, pii: 0, masked: 0, keep: 0, kept: 0, leaks: [], lost: [] };
  for (const item of cases) {
    const out = maskPii(item.text, item.names);
    for (const value of item.pii) {
      score.pii++;
      if (out.includes(value)) score.leaks.push(value);
      else score.masked++;
    }
    for (const value of item.keep) {
      score.keep++;
      if (out.includes(value)) score.kept++;
      else score.lost.push(`${value} in ${out}`);
    }
  }
  return score;
}
