// Turns every labelled line into a side. Labels the scenario names are taken as they are; what is left is resolved
// by elimination (one unknown label opposite a known side) or, for two unknown labels ("Speaker 1"/"Speaker 2"),
// by which one sounds like the caller's script. Anything else is a user error pointing at the first such line.
import type { Scenario, Speaker } from "../schema/index.js";
import { userError } from "../errors.js";
import { attributeLabel, cleanLabel } from "./speakers.js";
import { bestLine } from "./segments.js";
import { callerScriptOf } from "./context.js";
import type { AttributedLine, RawLine } from "./transcript-record.js";

const other = (speaker: Speaker): Speaker => (speaker === "caller" ? "callee" : "caller");

export function attributeLines(lines: readonly RawLine[], scenario: Scenario, file: string): AttributedLine[] {
  const sides = new Map<string, Speaker | null>();
  for (const line of lines) {
    const key = cleanLabel(line.label);
    if (!sides.has(key)) sides.set(key, attributeLabel(line.label, scenario));
  }
  const unknown = [...sides].filter(([, side]) => side === null).map(([label]) => label);
  const known = new Set([...sides.values()].filter((side): side is Speaker => side !== null));
  if (unknown.length === 1 && known.size === 1) {
    const [label] = unknown;
    const [side] = [...known];
    if (label !== undefined && side !== undefined) sides.set(label, other(side));
  } else if (unknown.length === 2 && known.size === 0) {
    resolveByContent(unknown, lines, scenario, sides);
  }
  return lines.map((line) => {
    const speaker = sides.get(cleanLabel(line.label));
    if (speaker === null || speaker === undefined) {
      const names = `${scenario.caller.name} / ${scenario.callee.name}`;
      throw userError(
        "transcript-unattributed",
        `cannot tell whether "${line.label}" is the caller or the callee (use ${names}, caller/callee, 拨打方/接听方 or A/B)`,
        { file, line: line.line },
      );
    }
    return { speaker, text: line.text, line: line.line };
  });
}

/** Two anonymous labels: the one whose lines sound more like the caller's script is the caller. */
function resolveByContent(labels: readonly string[], lines: readonly RawLine[], scenario: Scenario, sides: Map<string, Speaker | null>): void {
  const script = callerScriptOf(scenario);
  const mean = (label: string): number => {
    const own = lines.filter((l) => cleanLabel(l.label) === label);
    return own.reduce((sum, l) => sum + bestLine(l.text, script).score, 0) / Math.max(1, own.length);
  };
  const [a, b] = labels;
  if (a === undefined || b === undefined) return;
  const sa = mean(a);
  const sb = mean(b);
  if (sa === sb) return;
  sides.set(a, sa > sb ? "caller" : "callee");
  sides.set(b, sa > sb ? "callee" : "caller");
}
