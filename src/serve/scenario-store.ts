// The console's scenarios: the example documents (read-only) and the documents uploaded or pasted into
// DATA/scenarios. Every read goes through the project's reader, so diagnostics are the CLI's own.
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, writeFile, rm } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Diagnostic, Scenario } from "../schema/index.js";
import type { Decision } from "../scenario/index.js";
import { CallsimError, userError } from "../errors.js";
import { parseScenarioBytes, readScenarioFile, readScenarioWithTrace } from "../scenario/index.js";
import { decodeBytes } from "../scenario/decode.js";
import { briefOf, type ScenarioBrief } from "./call-events.js";

export interface ParseReport {
  ref: string | null;
  name: string;
  /** The error that stops the document being a scenario, with its line when known. */
  error: { message: string; line: number | null } | null;
  diagnostics: Diagnostic[];
  brief: ScenarioBrief | null;
  /** `parse --explain`: each reading decision with its evidence and source lines (saved documents). */
  decisions: Decision[];
}

export interface ScenarioEntry extends ParseReport {
  ref: string;
  source: "examples" | "uploads";
}

const SOURCES = ["examples", "uploads"] as const;
type Source = (typeof SOURCES)[number];
const DOCUMENT_EXTENSIONS = new Set([".md", ".markdown", ".txt", ".json", ".yaml", ".yml"]);
const STRUCTURED = new Set([".json", ".yaml", ".yml"]);
const SAFE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,120}$/u;

export class ScenarioStore {
  private readonly dirs: Record<Source, string | null>;

  constructor(examplesDir: string | null, dataDir: string) {
    this.dirs = { examples: examplesDir !== null && existsSync(examplesDir) ? examplesDir : null, uploads: join(dataDir, "scenarios") };
  }

  async list(): Promise<ScenarioEntry[]> {
    const entries: ScenarioEntry[] = [];
    for (const source of SOURCES) {
      const dir = this.dirs[source];
      if (dir === null || !existsSync(dir)) continue;
      const names = (await readdir(dir)).filter((n) => DOCUMENT_EXTENSIONS.has(extname(n).toLowerCase()) && !n.endsWith(".truth.json")).sort();
      for (const name of names) entries.push({ ...(await this.report(`${source}/${name}`)), ref: `${source}/${name}`, source });
    }
    return entries;
  }

  /** The file behind a ref, or null for a ref that names nothing here. */
  pathOf(ref: string): string | null {
    const [source, name, ...rest] = ref.split("/");
    if (rest.length > 0 || name === undefined || !SAFE_NAME.test(name) || !(SOURCES as readonly string[]).includes(source ?? "")) return null;
    const dir = this.dirs[source as Source];
    return dir === null ? null : join(dir, name);
  }

  async load(ref: string): Promise<{ scenario: Scenario; path: string }> {
    const path = this.pathOf(ref);
    if (path === null || !existsSync(path)) throw userError("no-scenario", `no scenario '${ref}'`);
    return { scenario: await readScenarioFile(path), path };
  }

  async report(ref: string): Promise<ParseReport> {
    const path = this.pathOf(ref);
    const name = ref.split("/").at(-1) ?? ref;
    if (path === null) return { ref, name, error: { message: "no such scenario", line: null }, diagnostics: [], brief: null, decisions: [] };
    return toReport(ref, name, () => readScenarioWithTrace(path));
  }

  /** Saves an uploaded or pasted document (replacing one of the same name) and reads it. */
  async save(name: string, bytes: Uint8Array): Promise<ParseReport> {
    checkName(name);
    const dir = this.dirs.uploads as string;
    await mkdir(dir, { recursive: true });
    const path = join(dir, name);
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, path);
    return this.report(`uploads/${name}`);
  }

  /** The document's text as the reader decodes it, for the editor. */
  async text(ref: string): Promise<string | null> {
    const path = this.pathOf(ref);
    if (path === null || !existsSync(path)) return null;
    return decodeBytes(await readFile(path), path).text;
  }

  async remove(ref: string): Promise<void> {
    const path = ref.startsWith("uploads/") ? this.pathOf(ref) : null;
    if (path === null) throw userError("no-scenario", `only uploaded scenarios can be removed`);
    await rm(path, { force: true });
  }

  /** Reads a document without saving it (the editor's live diagnostics). */
  async check(name: string, bytes: Uint8Array): Promise<ParseReport> {
    checkName(name);
    if (!STRUCTURED.has(extname(name).toLowerCase())) return toReport(null, name, async () => ({ scenario: parseScenarioBytes(bytes, { id: name.replace(/\.[^.]*$/, ""), file: name }), decisions: [] }));
    // JSON/YAML go through the file reader, which is the one place that validates them.
    const dir = join(this.dirs.uploads as string, ".check");
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${process.pid}-${Date.now()}-${name}`);
    await writeFile(path, bytes);
    try {
      const report = await toReport(null, name, () => readScenarioWithTrace(path));
      if (report.error !== null) report.error.message = report.error.message.replaceAll(path, name);
      return report;
    } finally {
      await rm(path, { force: true });
    }
  }
}

function checkName(name: string): void {
  if (!SAFE_NAME.test(name) || !DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())) {
    throw userError("bad-name", `'${name}' is not a document name here (letters, digits, spaces, . _ -; ending in .md, .txt, .json or .yaml)`);
  }
}

async function toReport(ref: string | null, name: string, read: () => Promise<{ scenario: Scenario; decisions: Decision[] }>): Promise<ParseReport> {
  try {
    const { scenario, decisions } = await read();
    return { ref, name, error: null, diagnostics: scenario.diagnostics, brief: briefOf(scenario, ref ?? name), decisions };
  } catch (error) {
    if (!(error instanceof CallsimError) || error.kind !== "user") throw error;
    return { ref, name, error: { message: error.message, line: error.line ?? null }, diagnostics: [], brief: null, decisions: [] };
  }
}
