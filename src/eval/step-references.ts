// A script step written only as pointers to text kept elsewhere in the document (a voice platform's "{{greeting.ask}}",
// "closings.booked"), or by the name of one of the document's endings ("Close with 「booked」" read as the line "booked"):
// it has no words of its own for a turn to match.
import type { Scenario } from "../schema/index.js";
import { closingTable } from "./closing-said.js";
import { perScenario } from "./context.js";

/** A line that only points at text kept elsewhere in the document ("{{greeting.ask}}", "closings.booked"). */
const REFERENCE_ONLY = /^\s*(?:\{\{\s*[\w.-]+\s*\}\}|\$\{[\w.-]+\}|[a-z_]+(?:\.[a-z_]+)+)\s*$/iu;

/** The names of the document's endings (the conditions its closing lines are written for), trimmed and lower-cased. */
function endingNames(scenario: Scenario): ReadonlySet<string> {
  return perScenario(scenario, "endingNames", () => new Set(closingTable(scenario).conditions.map((c) => c.trim().toLowerCase()).filter((c) => c !== "")));
}

/** A line that is a pointer, or only the name of one of the document's endings: nothing to be said in its words. */
export function pointsElsewhere(scenario: Scenario, line: string): boolean {
  return REFERENCE_ONLY.test(line) || endingNames(scenario).has(line.trim().toLowerCase());
}

/** A step given only as such pointers has no words of its own to be matched by: it is not charged as missing. */
export function onlyReferences(scenario: Scenario, step: { lines: readonly string[] }): boolean {
  return step.lines.length > 0 && step.lines.every((line) => pointsElsewhere(scenario, line));
}
