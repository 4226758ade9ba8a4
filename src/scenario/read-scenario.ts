// The reader's entry points: a Markdown document (text, bytes or file), a Scenario JSON/YAML file or a voice-platform
// export → a validated Scenario; personas given apart (`--persona`) replace the callee side.

import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { DEFAULTS } from "../defaults.js";
import { isUserError, userError } from "../errors.js";
import type { Diagnostic, Scenario } from "../schema/scenario.js";
import { decodeBytes } from "./decode.js";
import { withJoinedLiterals } from "./adjacent-literals.js";
import { finishDraft, type Reading } from "./finish.js";
import { loadStructured } from "./load-structured.js";
import { containerTree, containerTrees } from "../import/container-tree.js";
import { containerText } from "../import/container-text.js";
import { importPlatform } from "../import/index.js";
import { partsFound, readMarkdownDraft, type ParseOptions } from "./read-markdown.js";
import { embeddedXmlOutline } from "./embedded-xml.js";

export type { ParseOptions } from "./read-markdown.js";
export type { Reading } from "./finish.js";

/** How a warning names an encoding: GB18030 decodes GBK files too. */
const ENCODING_NAMES: Record<string, string> = { gb18030: "GB18030/GBK", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE" };

/** Markdown text → validated Scenario; a document that is not a usable scenario throws a user error with file and line. */
export function parseScenarioText(text: string, options: ParseOptions = {}): Scenario {
  return readText(text, options, []).scenario;
}

/** Bytes of a Markdown document in any supported encoding → Scenario (a warning names a non-UTF-8 encoding). */
export function parseScenarioBytes(bytes: Uint8Array, options: ParseOptions = {}): Scenario {
  return readBytes(bytes, options).scenario;
}

function readBytes(bytes: Uint8Array, options: ParseOptions): Reading {
  const decoded = decodeBytes(bytes, options.file);
  return readText(decoded.text, options, decodingNotes(decoded));
}

/** Warnings on how the bytes were decoded (a non-UTF-8 encoding, replaced sequences). */
function decodingNotes(decoded: ReturnType<typeof decodeBytes>): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (decoded.encoding !== "utf-8") notes.push({ severity: "warning", message: `decoded as ${ENCODING_NAMES[decoded.encoding] ?? decoded.encoding.toUpperCase()} (not UTF-8)`, line: null });
  if (decoded.replaced > 0) notes.push({ severity: "warning", message: `${decoded.replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD`, line: null });
  return notes;
}

function readText(text: string, options: ParseOptions, notes: Diagnostic[]): Reading {
  const where = options.file === undefined ? {} : { file: options.file };
  if (text.trim() === "") throw userError("empty-document", "the document is empty", where);
  return finishDraft(readMarkdownDraft(text, options, notes), where);
}

/** A scenario file: .md/.markdown/.txt (any other extension is read as Markdown too), or .json/.yaml/.yml. */
export async function readScenarioFile(path: string): Promise<Scenario> {
  return (await readScenarioWithTrace(path)).scenario;
}

/** The same reading with every decision and its source lines (`callsim parse --explain`, `callsim import`). */
export async function readScenarioWithTrace(path: string): Promise<Reading> {
  const bytes = await readDocumentBytes(path);
  const ext = extname(path).toLowerCase();
  if (ext === ".json" || ext === ".yaml" || ext === ".yml") return loadStructured(decodeBytes(bytes, path).text, ext, path);
  const options = { id: basename(path, extname(path)), file: path };
  // Decoded once: the container readers and the document reader share the text and its decoding warnings.
  const decoded = withJoinedLiterals(decodeBytes(bytes, path));
  const notes = decodingNotes(decoded);
  // A patch or a calendar carries the document: what it carries is read, and said so.
  const carried = containerText(decoded.text);
  if (carried !== null) {
    const reading = readEither(carried.text, path, options, notes);
    reading.decisions.unshift({ field: "format", lines: [], evidence: `a ${carried.name}: the document inside read` });
    return reading;
  }
  return readEither(decoded.text, path, options, notes);
}

/**
 * A text that is also a data container (an XML export, a plist) has two readings: its tree and its text as a
 * document. The container's is kept only when it finds more of a scenario's parts (the document reader is the
 * tested one, and a tree reading of marked-up prose joins attributes into titles); a document reading that fails
 * leaves the container's.
 */
function readEither(text: string, path: string, options: ParseOptions, notes: Diagnostic[]): Reading {
  const container = readContainer(text, path) ?? readFencedContainer(text, path) ?? readEmbeddedXml(text, options, notes);
  if (container === null) return readText(text, options, notes);
  let document: Reading;
  try {
    document = readText(text, options, notes);
  } catch (error) {
    if (isUserError(error)) return container;
    throw error;
  }
  // A text that is only keys and values (INI, TOML) has no prose for the document reader: a tie goes to its tree.
  const found = partsFound(container) - partsFound(document);
  return found > 0 || (found === 0 && containerTree(text)?.dataOnly === true) ? container : document;
}

/** A data container written as text (plist, SQL dump, PO, JSON Lines): its tree read as a team's own JSON, when that finds a scenario; of several readings (code, then its bracketed data) the one finding most parts, the first on a tie. */
function readContainer(text: string, path: string): Reading | null {
  let best: Reading | null = null;
  for (const found of containerTrees(text)) {
    const reading = readOneContainer(found, path);
    if (reading !== null && (best === null || partsFound(reading) > partsFound(best))) best = reading;
  }
  return best;
}

/** A fenced block this many lines long or longer may hold the whole script as code (a repository README's config). */
const FENCE_LEAST_LINES = 12;

/**
 * A Markdown page whose script is a program in a fence ("the prompt lives in `config.py` below"): the longest fenced
 * block read as the container it is, when the page itself is no container. The document reading still wins when it
 * finds as many parts.
 */
function readFencedContainer(text: string, path: string): Reading | null {
  let best = "";
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^[ \t]{0,3}(`{3,}|~{3,})/u.exec(lines[i] as string);
    if (open === null) continue;
    const fence = open[1] as string;
    let end = i + 1;
    while (end < lines.length && !(lines[end] as string).trimStart().startsWith(fence)) end++;
    const body = lines.slice(i + 1, end).join("\n");
    if (end - i - 1 >= FENCE_LEAST_LINES && body.length > best.length) best = body;
    i = end;
  }
  if (best === "") return null;
  const reading = readContainer(best, path);
  reading?.decisions.unshift({ field: "format", lines: [], evidence: "a Markdown page whose longest fenced block holds the script as code: that block read" });
  return reading;
}

/** A page holding its prompt as one XML element block between prose: the block read as its outline, the prose as it is. */
function readEmbeddedXml(text: string, options: ParseOptions, notes: Diagnostic[]): Reading | null {
  const rewritten = embeddedXmlOutline(text);
  if (rewritten === null) return null;
  try {
    const reading = readText(rewritten, options, notes);
    reading.decisions.unshift({ field: "format", lines: [], evidence: "a page holding its prompt as an XML element block: the block read as the outline its elements spell, the text around it as it is" });
    return reading;
  } catch (error) {
    if (isUserError(error)) return null;
    throw error;
  }
}

function readOneContainer(found: NonNullable<ReturnType<typeof containerTree>>, path: string): Reading | null {
  try {
    const reading = importPlatform(found.tree, path);
    reading?.decisions.unshift({ field: "format", lines: [], evidence: `a ${found.name}: the keys and values it holds read as a JSON tree` });
    return reading;
  } catch (error) {
    // Not a scenario as a tree: the text is read as a document, as before.
    if (isUserError(error)) return null;
    throw error;
  }
}

/** The bytes of a document, with the reader's user errors for a missing, unreadable or oversized file. */
export async function readDocumentBytes(path: string): Promise<Buffer> {
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
  return readFile(path);
}
