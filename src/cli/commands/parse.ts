// `callsim parse FILE [--persona P]... [--json] [--explain]`: read a scenario document and print a readable summary,
// the Scenario JSON alone, or every reading decision with its source lines.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { Scenario } from "../../schema/scenario.js";
import { explainText, readWithPersonas } from "../../scenario/index.js";
import { inert } from "../terminal-text.js";

const collect = (value: string, list: string[]): string[] => [...list, value];

export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description("read a scenario document (.md/.txt, .json/.yaml in the schema, or a Vapi/Retell/Pipecat/OpenAI export) and summarise it")
    .argument("<file>", "scenario document, or an agent prompt with --persona")
    .option("--persona <file>", "a customer persona document for an agent-only file (repeat for several)", collect, [])
    .option("--json", "print only the Scenario JSON (an array with several personas)")
    .option("--explain", "print every field with the source lines and evidence it was read from")
    .action(async (file: string, options: { json?: boolean; explain?: boolean; persona: string[] }) => {
      const { scenarios, decisions } = await readWithPersonas(file, options.persona);
      if (options.json === true) {
        process.stdout.write(`${JSON.stringify(scenarios.length === 1 ? scenarios[0] : scenarios, null, 2)}\n`);
        return;
      }
      if (options.explain === true) {
        const source = /\.(?:json|ya?ml)$/i.test(file) ? [] : (await readFile(file, "utf8")).split(/\r\n|\r|\n/);
        process.stdout.write(inert(explainText(decisions, source)));
        return;
      }
      process.stdout.write(inert(scenarios.map((s) => summary(s, file)).join("\n")));
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
    ...c.steps.map((step) => `    ${step.index}. ${step.title || "(untitled)"} — ${step.lines.length} line(s)${step.instructions === undefined ? "" : `, ${step.instructions.length} instruction(s)`}${step.branches === undefined ? "" : `, ${step.branches.length} branch(es)`}`),
    `  Q&A pairs: ${c.knowledgeBase.length}${c.knowledgeBase.some((e) => e.kind === "objection") ? ` (${c.knowledgeBase.filter((e) => e.kind === "objection").length} objection handling)` : ""}`,
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
