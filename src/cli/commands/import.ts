// `callsim import FILE [--persona P] [-o scenario.yaml] [--model P:M]`: any document the reader takes → the canonical
// Scenario YAML, each field preceded by comments naming the source lines and evidence it was read from, for a person
// to correct; with --model, a model's reading fills what the offline reader left empty and the differences are printed.
import { rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { Document, isMap, isScalar, type YAMLMap } from "yaml";
import { userError } from "../../errors.js";
import { inert } from "../terminal-text.js";
import type { Scenario } from "../../schema/scenario.js";
import { readWithPersonas, sourceComment, type Decision } from "../../scenario/index.js";
import { readDocumentBytes } from "../../scenario/read-scenario.js";
import { decodeBytes } from "../../scenario/decode.js";
import { DEFAULTS } from "../../defaults.js";
import type { ModelImportOptions } from "./import-model.js";

const collect = (value: string, list: string[]): string[] => [...list, value];

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("read a document or a platform export and write the canonical Scenario YAML, with its source lines as comments")
    .argument("<file>", "scenario document, agent prompt or platform export (Vapi, Retell, Pipecat Flows, OpenAI messages)")
    .option("--persona <file>", "a customer persona document for an agent-only file", collect, [])
    .option("-o, --out <file>", "write the YAML to this file instead of printing it")
    .option("--force", "with -o: replace an existing file")
    .option("--model <provider:model>", "let a model read the document too: it fills what the offline reader left empty, and the differences are printed")
    .option("--base-url <url>", "endpoint of an OpenAI-compatible server (required for provider 'compatible')")
    .option("--record <file>", "save the model exchange (JSONL)")
    .option("--replay <file>", "use the model exchange of a --record file, offline")
    .option("--timeout-ms <ms>", "time limit of the model request", String(DEFAULTS.modelTimeoutMs))
    .option("--max-retries <n>", "retries of the model request on 408/429/5xx/timeouts", String(DEFAULTS.modelMaxRetries))
    .action(async (file: string, options: { persona: string[]; out?: string; force?: boolean } & ModelImportOptions) => {
      // Checked before reading: a typo in -o must not replace a file the user wrote (README.md, the source itself).
      if (options.out !== undefined && options.force !== true && existsSync(options.out)) {
        throw userError("exists", `${options.out} already exists; pass --force to replace it`, { file: options.out });
      }
      if (options.persona.length > 1) throw userError("bad-flag", "import writes one scenario: give at most one --persona");
      const { scenarios, decisions } = await readWithPersonas(file, options.persona);
      const text = decodeBytes(await readDocumentBytes(file), file).text;
      const source = /\.(?:json|ya?ml)$/i.test(file) ? [] : text.split(/\r\n|\r|\n/);
      let scenario = scenarios[0] as Scenario;
      let report = "";
      // The model code loads only when asked for.
      if (options.model !== undefined || options.replay !== undefined) {
        const { withModelReading } = await import("./import-model.js");
        const merged = await withModelReading(scenario, text, file, options.persona.length > 0, options);
        scenario = merged.scenario;
        decisions.push(...merged.decisions);
        report = merged.report;
      }
      const yaml = scenarioYaml(scenario, decisions, source, file);
      if (options.out === undefined) {
        // The YAML is the output; the differences go beside it.
        process.stderr.write(inert(report));
        process.stdout.write(yaml);
        return;
      }
      await writeAtomically(options.out, yaml);
      process.stdout.write(`${inert(report)}wrote ${options.out}\n`);
    });
}

/** The Scenario as YAML; each caller and callee field carries the evidence it was read from as a comment. */
export function scenarioYaml(scenario: Scenario, decisions: readonly Decision[], source: readonly string[], file: string): string {
  const doc = new Document(scenario);
  doc.commentBefore = ` Scenario read from ${file} by callsim import. Correct it here, then run it: callsim run THIS.yaml`;
  for (const side of ["caller", "callee"] as const) {
    const map = doc.get(side, true);
    if (!isMap(map)) continue;
    for (const pair of (map as YAMLMap).items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      const comment = sourceComment(decisions, `${side}.${key}`, source);
      if (comment !== null && isScalar(pair.key)) pair.key.commentBefore = comment;
    }
  }
  const sides = decisions.filter((d) => /side|format|block|callee$/.test(d.field)).map((d) => ` ${d.field}: ${d.evidence}`);
  if (sides.length > 0) doc.comment = ["", " How the document was read:", ...sides].join("\n");
  return doc.toString({ lineWidth: 0 });
}

async function writeAtomically(path: string, text: string): Promise<void> {
  if (path.trim() === "") throw userError("bad-flag", "--out expects a file name");
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw userError("cannot-write", `cannot write the YAML (${code})`, { file: path });
  }
}
