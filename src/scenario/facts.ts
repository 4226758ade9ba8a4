// Every figure the caller side states, with the line it comes from: what engines and the evaluator treat as grounded.

import type { Fact } from "../schema/scenario.js";
import { extractFigures } from "../text/figures.js";
import type { SourceLine } from "./lines.js";

/** Figures of the given lines in reading order, one per distinct text (the first occurrence keeps its line). */
export function collectFacts(lines: readonly SourceLine[]): Fact[] {
  const seen = new Set<string>();
  const facts: Fact[] = [];
  for (const line of lines) {
    if (!/[0-9０-９零〇一二两三四五六七八九十百千万]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(line.text)) continue;
    // A table's leading row number ("| 1 | …") is structure, like list numbering.
    const text = line.text.replace(/^(\s*\|\s*)\d{1,3}(\s*\|)/, (_, a: string, b: string) => `${a}${" ".repeat(_.length - a.length - b.length)}${b}`);
    for (const figure of extractFigures(text)) {
      const written = figure.text.trim();
      if (written === "" || seen.has(written)) continue;
      seen.add(written);
      facts.push({ text: written, value: figure.value, unit: figure.unit, line: line.no, source: line.text.trim() });
    }
  }
  return facts;
}
