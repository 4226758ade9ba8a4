// Every sub-command by name, with what `callsim --help` shows of it and how to load it. Only the command a
// user runs is imported, so `callsim --help` starts without the scenario reader, scorer, engine or zod.
// tests/cli-help-lists-commands-lazily.test.ts fails when a line here drifts from the command's module.
import type { Command } from "commander";

export interface CommandEntry {
  readonly name: string;
  /** Arguments as commander writes them ("<file>", "[scenarios...]"). */
  readonly args: readonly string[];
  readonly hasOptions: boolean;
  readonly description: string;
  readonly load: () => Promise<(program: Command) => void>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: "parse", args: ["<file>"], hasOptions: true, description: "read a scenario document (.md/.txt, .json/.yaml in the schema, or a Vapi/Retell/Pipecat/OpenAI export) and summarise it", load: async () => (await import("./commands/parse.js")).registerParseCommand },
  { name: "import", args: ["<file>"], hasOptions: true, description: "read a document or a platform export and write the canonical Scenario YAML, with its source lines as comments", load: async () => (await import("./commands/import.js")).registerImportCommand },
  { name: "schema", args: ["<name>"], hasOptions: false, description: "print the JSON Schema of a type (scenario, call, score, labels)", load: async () => (await import("./commands/schema.js")).registerSchemaCommand },
  { name: "run", args: ["<file>"], hasOptions: true, description: "play one call between the caller and the callee of a scenario", load: async () => (await import("./commands/run.js")).registerRunCommand },
  { name: "eval", args: ["[scenario]", "[call]"], hasOptions: true, description: "score a call (record from `callsim run --json`, JSONL of {speaker, text}, or a `Name: text` transcript) against its scenario; or measure agreement with labelled calls (--labels)", load: async () => (await import("./commands/eval.js")).registerEvalCommand },
  { name: "batch", args: ["[scenarios...]"], hasOptions: true, description: "run every scenario × seed × seat choice; resumable; writes calls.jsonl, summary.json and report.html", load: async () => (await import("./commands/batch.js")).registerBatchCommand },
  { name: "worker", args: [], hasOptions: true, description: "run batch jobs from a queue (callsim batch … --queue) until stopped (Ctrl-C or SIGTERM)", load: async () => (await import("./commands/worker.js")).registerWorkerCommand },
  { name: "report", args: ["<dir>"], hasOptions: true, description: "rebuild report.html and summary.json of a batch directory", load: async () => (await import("./commands/report.js")).registerReportCommand },
  { name: "export", args: ["<dir>"], hasOptions: true, description: "write a batch's calls as fine-tuning JSONL: the chosen side is the assistant, the other the user", load: async () => (await import("./commands/export.js")).registerExportCommand },
  { name: "serve", args: [], hasOptions: true, description: "a local web console: practise, watch and review calls in the browser", load: async () => (await import("./commands/serve.js")).registerServeCommand },
  { name: "replay", args: ["<scenario>", "<transcript>"], hasOptions: true, description: "replay a real call's customer turns against an agent (a rule or LLM customer takes over where it diverges) and score it", load: async () => (await import("./commands/replay.js")).registerReplayCommand },
];
