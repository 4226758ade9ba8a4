// A definition (a term and its text) from a markup's table of terms, as Markdown: a field when the term is a label,
// a question and its answer when the term asks; shared by the Texinfo and troff readings.

/** The term ends in a question mark: the entry is a question and its answer. */
const ASKS = /[?？]["”'’]?\s*$/u;

/** A term written whole in quotes is something said (a customer's line), answered by its text. */
const SAID = /^\s*["“].*["”]\s*$/u;

/** The two lines a term and the first line of its text become (same count as the source's two). */
export function definitionLines(term: string, text: string): [string, string] {
  const bare = term.replace(/^\s*["“]|["”]\s*$/gu, "").trim();
  // A saying and its reply on one line as an arrow pair: an objection, unless it asks outside an objections section.
  if (SAID.test(term)) return ["", `“${bare}” → ${text}`];
  if (ASKS.test(bare)) return [`Q: ${bare}`, `A: ${text}`];
  return ["", `- ${bare}: ${text}`];
}
