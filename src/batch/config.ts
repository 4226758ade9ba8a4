// callsim.config.yaml (or .js/.mjs): a batch suite for CI in one file, checked with zod; a mistake is a user
// error at the file and line of the offending key.
import { existsSync } from "node:fs";
import { dirname, extname, isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { LineCounter, parseDocument, isNode } from "yaml";
import { z } from "zod";
import { describedAs, readInputFileSync } from "../util/read-input.js";
import { userError } from "../errors.js";

/** Looked for in the working directory when `batch` gets neither scenarios nor --config. */
export const CONFIG_FILES = ["callsim.config.yaml", "callsim.config.yml", "callsim.config.mjs", "callsim.config.js"] as const;

const seatList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const seedList = z.union([z.string().min(1), z.number().int().min(0), z.array(z.number().int().min(0)).min(1)]);

export const BatchConfig = z.strictObject({
  /** Files or folders, relative to the config file. */
  scenarios: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  seeds: seedList.optional(),
  caller: seatList.optional(),
  callee: seatList.optional(),
  /** Output directory, relative to the config file. */
  out: z.string().min(1).optional(),
  model: z.string().optional(),
  callerModel: z.string().optional(),
  calleeModel: z.string().optional(),
  baseUrl: z.string().optional(),
  concurrency: z.number().int().min(1).optional(),
  /** Requests and tokens per minute to each provider (0: no limit); default: the provider's preset. */
  rpm: z.number().int().min(0).optional(),
  tpm: z.number().int().min(0).optional(),
  workers: z.number().int().min(1).max(1024).optional(),
  maxTurns: z.number().int().min(1).optional(),
  thresholds: z
    .strictObject({
      /** Score at or above which a call passes (with no critical check failed). */
      passScore: z.number().min(0).max(100).optional(),
      /** Exit 1 when the share of calls passing is below this (0-1). */
      failUnder: z.number().min(0).max(1).optional(),
    })
    .optional(),
  /** JUnit XML report, relative to the config file. */
  junit: z.string().min(1).optional(),
});
export type BatchConfig = z.infer<typeof BatchConfig>;

export interface LoadedConfig {
  path: string;
  config: BatchConfig;
}

/** The first config file of CONFIG_FILES in `dir`, or null. */
export function findConfig(dir: string): string | null {
  for (const name of CONFIG_FILES) {
    const path = resolve(dir, name);
    if (existsSync(path)) return path;
  }
  return null;
}

function problem(issue: z.core.$ZodIssue): string {
  const where = issue.path.length === 0 ? "" : `${issue.path.join(".")}: `;
  return `${where}${issue.message}`;
}

function loadYaml(path: string, text: string): BatchConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    throw userError("bad-config", syntax.message.split("\n")[0] ?? "bad YAML", { file: path, line: lineCounter.linePos(syntax.pos[0]).line });
  }
  const result = BatchConfig.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw userError("bad-config", "not a callsim config", { file: path });
  throw userError("bad-config", problem(issue), { file: path, line: issueLine(doc, issue, lineCounter) });
}

type YamlDoc = ReturnType<typeof parseDocument>;

/** The line of an unknown key itself, else of the deepest node the issue's path reaches. */
function issueLine(doc: YamlDoc, issue: z.core.$ZodIssue, lineCounter: LineCounter): number {
  const path = issue.path as (string | number)[];
  if (issue.code === "unrecognized_keys") {
    const line = findKeyLine(path.length === 0 ? doc.contents : doc.getIn(path, true), issue.keys[0] ?? "", lineCounter);
    if (line !== null) return line;
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range != null) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

/** The line of `key` inside a YAML map node, or null. */
function findKeyLine(node: unknown, key: string, lineCounter: LineCounter): number | null {
  if (!isNode(node) || !("items" in node) || !Array.isArray(node.items)) return null;
  for (const item of node.items as { key?: unknown }[]) {
    const k = item.key;
    if (isNode(k) && "value" in k && String(k.value) === key && k.range != null) return lineCounter.linePos(k.range[0]).line;
  }
  return null;
}

async function loadModule(path: string): Promise<BatchConfig> {
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (error) {
    throw userError("bad-config", `cannot load: ${(error as Error).message.split("\n")[0] ?? ""}`, { file: path, cause: error });
  }
  const result = BatchConfig.safeParse(module.default);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw userError("bad-config", issue === undefined ? "export default a callsim config" : `default export: ${problem(issue)}`, { file: path });
}

/** A config lists scenarios and seats: anything near this size is not a config. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Reads and checks a config file; relative paths inside it are made absolute from its folder. */
export async function loadConfig(file: string): Promise<LoadedConfig> {
  const path = resolve(file);
  if (!existsSync(path)) throw userError("no-config", `no such config file`, { file });
  const ext = extname(path).toLowerCase();
  if (ext === ".ts") throw userError("bad-config", "a .ts config needs a TypeScript loader: compile it to .mjs or use callsim.config.yaml", { file });
  const config = ext === ".js" || ext === ".mjs" ? await loadModule(path) : loadYaml(path, readInputFileSync(path, describedAs("config file", MAX_CONFIG_BYTES)).toString("utf8"));
  const base = dirname(path);
  const from = (value: string): string => (isAbsolute(value) ? value : resolve(base, value));
  const scenarios = (Array.isArray(config.scenarios) ? config.scenarios : [config.scenarios]).map(from);
  return {
    path,
    config: {
      ...config,
      scenarios,
      ...(config.out === undefined ? {} : { out: from(config.out) }),
      ...(config.junit === undefined ? {} : { junit: from(config.junit) }),
    },
  };
}
