// "Q 疼不疼？→ 有点疼", "Q Is it free? -> Yes": a question marked by a bare Q (no colon), its answer after an arrow. Read
// as "Q: …? A: …", the marked pair the knowledge base knows, line for line.
import type { SourceLine } from "./lines.js";

/** A bare Q mark (or 问) and a space, a question ending in its mark, an arrow, the answer. */
const BARE_Q_ARROW = /^(\s*(?:[-*+•]\s+)?)(?:Q|问)[ \t\u3000]+([^→:：]{1,120}?[？?])\s*(?:→|->|=>|➜)\s*(\S.*)$/u;

export function bareQuestionArrows(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((line) => {
    const m = BARE_Q_ARROW.exec(line.text);
    return m === null ? line : { ...line, text: `${m[1] ?? ""}Q: ${(m[2] ?? "").trim()} A: ${m[3] ?? ""}` };
  });
}
