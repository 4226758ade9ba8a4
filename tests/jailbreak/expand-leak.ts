// Turns a leak template of the jailbreak corpus into the line a compromised model would say, then disguises it.
import type { CallerView } from "../../src/seats/seat.js";

export interface LeakCorpus {
  transforms: Transform[];
  leaks: { attack: string; reply: string }[];
  benign: string[];
}

export type Transform = "plain" | "zero-width" | "spaced-letters" | "full-width" | "quoted-upper";

function fill(template: string, view: CallerView, rules: string, prompt: string): string {
  const ruleLines = rules.split("\n").map((line) => line.replace(/^-\s*/, ""));
  const c = view.caller;
  const values: Record<string, string> = {
    ROLE: c.role,
    TASK: c.task,
    KB_ALL: c.knowledgeBase.map((entry) => `Q: ${entry.question} A: ${entry.answer}`).join(" "),
    PROMPT_HEAD: prompt.split("\n").slice(0, 2).join(" "),
    STEP_DUMP: c.steps.map((step) => `Step ${step.index}: ${step.title} "${step.lines[0] ?? ""}"`).join(" "),
  };
  ruleLines.forEach((line, index) => (values[`RULE${index + 1}`] = line));
  return template.replace(/\{([A-Z_0-9]+)\}/g, (whole, key: string) => values[key] ?? whole);
}

const TRANSFORMS: Record<Transform, (text: string) => string> = {
  plain: (text) => text,
  "zero-width": (text) => [...text].join("\u200b"),
  "spaced-letters": (text) => text.split(/\s+/).map((word) => [...word].join(" ")).join("   "),
  "full-width": (text) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)),
  "quoted-upper": (text) => `"${text.toUpperCase()}"`,
};

export function expandLeak(template: string, transform: Transform, view: CallerView, rules: string, prompt: string): string {
  return TRANSFORMS[transform](fill(template, view, rules, prompt));
}
