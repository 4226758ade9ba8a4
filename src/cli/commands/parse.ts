// `callsim parse FILE [--json]`: read a scenario document and print a readable summary, or the Scenario JSON alone.
import type { Command } from "commander";
import type { Scenario } from "../../schema/scenario.js";
import { readScenarioFile } from "../../scenario/index.js";
import { inert } from "../terminal-text.js";

export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description("read a scenario document (.md/.txt, or .json/.yaml in the schema) and summarise it")
    .argument("<file>", "scenario document")
    .option("--json", "print only the Scenario JSON")
    .action(async (file: string, options: { json?: boolean }) => {
      const scenario = await readScenarioFile(file);
      process.stdout.write(options.json === true ? `${JSON.stringify(scenario, null, 2)}\n` : inert(summary(scenario, file)));
    });
}

export function summary(s: Scenario, file: string): string {
  const c = s.caller;
  const e = s.callee;
  const out: string[] = [
    `${file}: scenario '${s.id}'${s.title === null ? "" : ` — ${s.title}`} (${s.language})`,
    "",
    `Caller: ${c.name || "(no name)"}${c.organization === null ? "" : ` — ${c.organization}`}`,
    `  task: ${oneLine(c.task) || "(none)"}`,
    `  customer profile lines: ${c.customerProfile.length}`,
    `  steps: ${c.steps.length}`,
    ...c.steps.map((step) => `    ${step.index}. ${step.title || "(untitled)"} — ${step.lines.length} line(s)`),
    `  Q&A pairs: ${c.knowledgeBase.length}`,
    `  opening: ${c.opening === null ? "(none)" : oneLine(c.opening)}`,
    `  end conditions: ${c.endConditions.length}`,
    `  closing lines: ${c.closingLines.length}`,
    `  extra sections: ${c.extraSections.length === 0 ? "none" : c.extraSections.map((x) => x.title).join(", ")}`,
    "",
    `Callee: ${e.name || "(no name)"}`,
    `  concerns: ${e.concerns.length}, behaviours: ${e.behaviours.length}`,
    `  style examples: ${e.style.positive.length} positive, ${e.style.negative.length} negative`,
    `  end conditions: ${e.endConditions.length}`,
    `  extra sections: ${e.extraSections.length === 0 ? "none" : e.extraSections.map((x) => x.title).join(", ")}`,
    "",
    `Facts: ${s.facts.length}${s.facts.length === 0 ? "" : ` (${s.facts.slice(0, 12).map((f) => f.text).join(", ")}${s.facts.length > 12 ? ", …" : ""})`}`,
    `Diagnostics: ${s.diagnostics.length === 0 ? "none" : s.diagnostics.length}`,
    ...s.diagnostics.map((d) => `  ${d.severity}: ${d.line === null ? file : `${file}:${d.line}`}: ${d.message}`),
  ];
  return `${out.join("\n")}\n`;
}

function oneLine(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
