// The reader's entry points: a Markdown document (text, bytes or file) or a Scenario JSON/YAML file → a validated Scenario.

import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { DEFAULTS } from "../defaults.js";
import { isUserError, systemError, userError } from "../errors.js";
import { Scenario, type Diagnostic } from "../schema/scenario.js";
import { detectLanguage } from "../text/tokenize.js";
import { buildCallee } from "./callee.js";
import { buildCaller } from "./caller.js";
import { decodeBytes } from "./decode.js";
import { collectFacts } from "./facts.js";
import { cleanName } from "./identity.js";
import { toLines } from "./lines.js";
import { bodyText } from "./lists.js";
import { outline } from "./sections.js";

/** How a warning names an encoding: GB18030 decodes GBK files too. */
const ENCODING_NAMES: Record<string, string> = { gb18030: "GB18030/GBK", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE" };

export interface ParseOptions {
  /** Scenario id; defaults to the file's base name without extension. */
  id?: string;
  /** File name used in error messages. */
  file?: string;
}

/** Markdown text → validated Scenario; a document that is not a usable scenario throws a user error with file and line. */
export function parseScenarioText(text: string, options: ParseOptions = {}): Scenario {
  return parseWithNotes(text, options, []);
}

/** Bytes of a Markdown document in any supported encoding → Scenario (a warning names a non-UTF-8 encoding). */
export function parseScenarioBytes(bytes: Uint8Array, options: ParseOptions = {}): Scenario {
  const decoded = decodeBytes(bytes, options.file);
  const notes: Diagnostic[] = [];
  if (decoded.encoding !== "utf-8") notes.push({ severity: "warning", message: `decoded as ${ENCODING_NAMES[decoded.encoding] ?? decoded.encoding.toUpperCase()} (not UTF-8)`, line: null });
  if (decoded.replaced > 0) notes.push({ severity: "warning", message: `${decoded.replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD`, line: null });
  return parseWithNotes(decoded.text, options, notes);
}

/** A scenario file: .md/.markdown/.txt (any other extension is read as Markdown too), or .json/.yaml/.yml in the schema. */
export async function readScenarioFile(path: string): Promise<Scenario> {
  const where = { file: path };
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw userError("not-a-file", "not a file", where);
    size = info.size;
  } catch (error) {
    if (isUserError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw userError("file-unreadable", code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? "error"})`, where);
  }
  if (size > DEFAULTS.maxDocumentBytes) {
    throw userError("file-too-large", `the file is ${(size / 1048576).toFixed(1)} MB; the limit is ${DEFAULTS.maxDocumentBytes / 1048576} MB`, where);
  }
  const bytes = await readFile(path);
  const id = basename(path, extname(path));
  const ext = extname(path).toLowerCase();
  if (ext === ".json" || ext === ".yaml" || ext === ".yml") return loadStructured(decodeBytes(bytes, path).text, ext, path);
  return parseScenarioBytes(bytes, { id, file: path });
}

function loadStructured(text: string, ext: string, file: string): Scenario {
  let data: unknown;
  try {
    data = ext === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw userError("scenario-syntax", `not valid ${ext === ".json" ? "JSON" : "YAML"}: ${(error as Error).message.split("\n")[0]}`, { file });
  }
  const result = Scenario.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue === undefined || issue.path.length === 0 ? "" : `${issue.path.join(".")}: `;
    throw userError("scenario-invalid", `not a valid Scenario: ${at}${issue?.message ?? "invalid"}`, { file });
  }
  return result.data;
}

function parseWithNotes(text: string, options: ParseOptions, notes: Diagnostic[]): Scenario {
  const file = options.file;
  const where = file === undefined ? {} : { file };
  if (text.trim() === "") throw userError("empty-document", "the document is empty", where);
  const lines = toLines(text);
  const doc = outline(lines);
  if (doc.caller.length === 0) {
    throw userError("no-caller-side", "no caller side found: expected a caller heading (拨打方 / Caller) or caller sections (角色, 分步流程, 开场白 / Role, Steps, Opening line)", { ...where, line: 1 });
  }
  const diagnostics: Diagnostic[] = [...notes];
  const warn = (message: string, line: number | null): void => { diagnostics.push({ severity: "warning", message, line }); };
  const built = buildCaller(doc.caller, warn);
  // Text before the first side (a scenario description under the title) is kept with the caller's extras.
  const preface = doc.preface.map((p) => ({ title: p.title, body: bodyText(p.body) })).filter((p) => p.body !== "");
  const caller = { ...built, extraSections: [...preface, ...built.extraSections] };
  if (caller.steps.length === 0 && caller.opening === null) {
    const line = doc.sideLine.caller ?? doc.caller[0]?.line ?? 1;
    throw userError("no-script", "the caller side has neither steps (分步流程 / Steps) nor an opening line (开场白 / Opening line)", { ...where, line });
  }
  if (doc.callee.length === 0) warn("no callee side found (接听方 / Callee); callee fields left empty", null);
  const profileName = calleeNameFromProfile(caller.customerProfile);
  const callee = buildCallee(doc.callee, profileName, doc.callee.length === 0 ? () => undefined : warn);
  for (const section of [...doc.caller, ...doc.callee]) {
    if (section.kind === null && !section.intro) warn(`unknown section '${section.title}' kept as an extra section`, section.line);
  }
  const factLines = doc.caller.flatMap((s) => s.body);
  const scenario = {
    schemaVersion: 1 as const,
    id: options.id ?? (file === undefined ? "scenario" : basename(file, extname(file))),
    title: doc.title,
    // A sample decides the language as well as the whole text and keeps big documents fast.
    language: detectLanguage(text.slice(0, 1500)),
    caller,
    callee,
    facts: collectFacts(factLines, (no) => lines[no - 1]?.text ?? ""),
    diagnostics,
  };
  const checked = Scenario.safeParse(scenario);
  if (!checked.success) throw systemError("scenario-shape", `the reader built an invalid Scenario: ${checked.error.message}`);
  return checked.data;
}

/** "姓名及电话：如王伟先生，号码已知" → "王伟": the callee's name when its own role paragraph does not give one. */
function calleeNameFromProfile(profile: readonly string[]): string {
  for (const item of profile) {
    const m = /^(?:姓名|名字|称呼|客户姓名|name)[^:：]{0,6}[:：]\s*([^，,；;。(（]{1,30})/i.exec(item);
    if (m !== null) return cleanName(m[1] ?? "");
  }
  return "";
}
