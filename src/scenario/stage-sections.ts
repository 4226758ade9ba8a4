// A 话术 flow written as stages ("【二、核对】", "第一阶段：寒暄") each holding numbered sub-steps ("2.1 …",
// "● 1.1 …"): the stage sections beside the script section are parts of the script. Their sub-steps are the steps;
// a stage's own title is never said.
import type { SourceLine } from "./lines.js";
import type { RawSection } from "./sections.js";
import type { Decision } from "./trace.js";

/** "2.1 核对", "● 1.2 询问", "**3.1 Pricing**": a sub-step's number at the start of a line. */
const SUB_STEP = /^[\s\u3000]*(?:[●•■◆▪○◦-]\s*)?(?:\*\*|__)?\d{1,2}\.\d{1,2}\.?\s+\S/u;

function subSteps(section: RawSection, heading: string): boolean {
  return SUB_STEP.test(heading) || section.body.some((l) => SUB_STEP.test(l.text));
}

/** The steps section with the unnamed stage sections around it folded in, in line order. */
export function foldStageSections(sections: RawSection[], lines: readonly SourceLine[], decisions: Decision[]): RawSection[] {
  // The script section holding sub-steps, else an empty one (a title naming the script heads nothing else).
  const scripts = sections.filter((s) => s.kind === "steps");
  const chosen = scripts.find((s) => subSteps(s, "")) ?? scripts.find((s) => s.body.every((l) => l.text.trim() === ""));
  const at = chosen === undefined ? -1 : sections.indexOf(chosen);
  const script = sections[at];
  if (script === undefined) return sections;
  const text = new Map(lines.map((l) => [l.no, l.text]));
  const part = (s: RawSection | undefined): boolean => s !== undefined && s.kind === null && !s.intro && s.title !== "";
  let from = at;
  while (part(sections[from - 1])) from--;
  let to = at;
  while (part(sections[to + 1])) to++;
  const around = [...sections.slice(from, at), ...sections.slice(at + 1, to + 1)];
  const staged = around.filter((s) => subSteps(s, text.get(s.line) ?? ""));
  if (staged.length === 0 || !(subSteps(script, "") || script.body.every((l) => l.text.trim() === ""))) return sections;
  // Only the contiguous run that holds sub-steps: a notes section after the script stays where it is.
  const first = sections.indexOf(staged[0] as RawSection);
  const last = sections.indexOf(staged[staged.length - 1] as RawSection);
  const lo = Math.min(first, at);
  const hi = Math.max(last, at);
  const run = sections.slice(lo, hi + 1);
  const body = run.flatMap((s) => {
    const head = text.get(s.line) ?? "";
    return [...(s !== script && SUB_STEP.test(head) ? [{ no: s.line, text: head }] : []), ...s.body];
  });
  decisions.push({ field: "caller.steps", lines: run.map((s) => s.line), evidence: `${run.length - 1} stage section(s) holding numbered sub-steps beside the script: their sub-steps are its steps` });
  const merged: RawSection = { ...script, line: Math.min(...run.map((s) => s.line)), body };
  return [...sections.slice(0, lo), merged, ...sections.slice(hi + 1)];
}
