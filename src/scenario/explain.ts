// `--explain`: every reading decision with its evidence and the source lines it rests on, as plain text.

import type { Decision } from "./trace.js";

const MAX_SHOWN = 3;

/** One block per decision: "field — evidence", then up to three source lines ("  12│ text"). */
export function explainText(decisions: readonly Decision[], source: readonly string[]): string {
  const out: string[] = [];
  for (const d of decisions) {
    out.push(`${d.field} — ${d.evidence}`);
    const [from, to] = d.lines;
    if (from === undefined) continue;
    const last = Math.min(to ?? from, from + MAX_SHOWN - 1);
    for (let no = from; no <= last; no++) out.push(`  ${String(no).padStart(4)}│ ${(source[no - 1] ?? "").slice(0, 120)}`);
    if ((to ?? from) > last) out.push(`      │ … to line ${to}`);
  }
  return `${out.join("\n")}\n`;
}

/** Comment lines for one field: where it came from ("from line 12: 你是…"). */
export function sourceComment(decisions: readonly Decision[], field: string, source: readonly string[]): string | null {
  const mine = decisions.filter((d) => d.field === field);
  if (mine.length === 0) return null;
  return mine
    .map((d) => {
      const from = d.lines[0];
      const line = from === undefined ? undefined : source[from - 1];
      const text = line === undefined ? "" : `: ${line.trim().slice(0, 100)}`;
      const where = from === undefined ? "" : d.lines[1] === undefined ? ` (line ${from}${text})` : ` (lines ${from}-${d.lines[1]}${text})`;
      return ` ${d.evidence}${where}`;
    })
    .join("\n");
}
