// A whole scenario written as one fenced YAML or JSON block, with the keys a team would choose (two wordings).
import { stringify } from "yaml";
import type { Canon } from "./canon.js";
import type { Features } from "./features.js";

const KEYS = {
  canonical: { caller: "caller", callee: "callee", steps: "steps", title: "title", lines: "lines", kb: "faq", q: "question", a: "answer", profile: "customer_profile", org: "organization", examples: "examples", good: "positive", bad: "negative" },
  other: { caller: "agent", callee: "customer", steps: "script", title: "step", lines: "say", kb: "knowledge_base", q: "q", a: "a", profile: "customer_info", org: "company", examples: "style", good: "do_say", bad: "dont_say" },
} as const;

export function structuredDocument(canon: Canon, f: Features): string {
  const k = KEYS[f.wording];
  const c = canon.caller;
  const e = canon.callee;
  const caller = {
    name: c.name, [k.org]: c.organization, role: c.role, task: c.task, [k.profile]: c.profile,
    [k.steps]: c.steps.map((s) => ({ [k.title]: s.title, [k.lines]: s.lines })),
    [k.kb]: c.kb.map((x) => ({ [k.q]: x.q, [k.a]: x.a })),
    opening: c.opening, end_conditions: c.endConditions, closing_lines: c.closingLines,
  };
  const callee = {
    name: e.name, role: e.role, background: e.background.join("\n"), concerns: e.concerns, behaviours: e.behaviours,
    [k.examples]: { [k.good]: e.positive, [k.bad]: e.negative }, end_conditions: e.endConditions,
  };
  const body = f.order === "caller-first" ? { language: canon.language, [k.caller]: caller, [k.callee]: callee } : { language: canon.language, [k.callee]: callee, [k.caller]: caller };
  const lead = canon.language === "en" ? "The scenario, as our config:" : "场景配置如下：";
  if (f.container === "json-fence") return `${lead}\n\n\`\`\`json\n${JSON.stringify(body, null, 2)}\n\`\`\`\n`;
  return `${lead}\n\n\`\`\`yaml\n${stringify(body, { lineWidth: 0 })}\`\`\`\n`;
}
