// A script step written only as pointers to text kept elsewhere in the document (a voice platform's "{{greeting.ask}}",
// "closings.booked"): it has no words of its own for a turn to match.

/** A line that only points at text kept elsewhere in the document ("{{greeting.ask}}", "closings.booked"). */
const REFERENCE_ONLY = /^\s*(?:\{\{\s*[\w.-]+\s*\}\}|\$\{[\w.-]+\}|[a-z_]+(?:\.[a-z_]+)+)\s*$/iu;

/** A step given only as such pointers has no words of its own to be matched by: it is not charged as missing. */
export function onlyReferences(step: { lines: readonly string[] }): boolean {
  return step.lines.length > 0 && step.lines.every((line) => REFERENCE_ONLY.test(line));
}
