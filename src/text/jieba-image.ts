// jieba with its dictionary ready: building the dictionary inside the WebAssembly module costs about 0.2 s per
// process, so the built module memory is kept once per machine as an image file and copied back on later starts.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as JiebaWasm from "jieba-wasm";
import { defaultCacheDir, keepNewest } from "../util/cache-dir.js";

const require = createRequire(import.meta.url);

/** The image format; a change of layout bumps it, so an old image is never read as a new one. */
const MAGIC = "CSJIEBA1";
/** Zero blocks of this size are left out of the image (about a fifth of the built memory). */
const BLOCK_BYTES = 65_536;
const WASM_PAGE_BYTES = 65_536;
/** Images of other jieba builds kept beside the newest (another install on the machine may still use one). */
const IMAGES_KEPT = 2;
/**
 * Read back after a copy, compared with what the freshly built module said: dictionary words, a number, a word
 * jieba's HMM must join. A mismatch means the image is not this module's, and the dictionary is built instead.
 */
const PROBE = "我们下周二下午三点在图书馆讨论研究生课程安排，请提前十分钟到场";

type Jieba = typeof JiebaWasm;
/** Where the image of this build of the module lives, and the key that names that build. */
interface Image {
  file: string;
  key: string;
}
interface Header {
  key: string;
  memoryBytes: number;
  tableLength: number;
  ranges: [number, number][];
  probe: string[];
}
/** The module's memory and its reference table: all the state a built jieba keeps (the stack is empty between calls). */
interface Parts {
  memory: WebAssembly.Memory;
  table: WebAssembly.Table;
}

export interface JiebaLoad {
  jieba: Jieba;
  /** "image": copied from the image; "built": dictionary built (and the image written when it could be). */
  source: "image" | "built";
}

/** jieba ready to cut: from the image when a valid one is there, else built (and the image written for next time). */
export function loadJieba(cacheDir: string | null = defaultCacheDir()): JiebaLoad {
  const jieba = freshJieba();
  const parts = partsOf(jieba);
  const image = parts === null || cacheDir === null ? null : imageOf(cacheDir);
  if (image !== null && parts !== null) {
    const restored = restore(image, jieba, parts);
    if (restored === "ok") return { jieba, source: "image" };
    // A partly copied memory is not to be trusted: start again from a new instance.
    if (restored === "dirty") return build(freshJieba(), image);
  }
  return build(jieba, image);
}

/** A new instance each time (the package instantiates its module when loaded), so one image never lands on another. */
function freshJieba(): Jieba {
  delete require.cache[require.resolve("jieba-wasm")];
  return require("jieba-wasm") as Jieba;
}

function partsOf(jieba: Jieba): Parts | null {
  const exports = Object.values((jieba as unknown as { __wasm?: Record<string, unknown> }).__wasm ?? {});
  const memory = exports.find((value): value is WebAssembly.Memory => value instanceof WebAssembly.Memory);
  const table = exports.find((value): value is WebAssembly.Table => value instanceof WebAssembly.Table);
  return memory === undefined || table === undefined ? null : { memory, table };
}

/** The image belongs to one build of the module: its package version and size name it (the probe checks the rest). */
function moduleKey(): string {
  const dir = dirname(require.resolve("jieba-wasm"));
  // The package exports no "./package.json"; its file sits two levels above the Node build.
  const { version } = JSON.parse(readFileSync(join(dir, "..", "..", "package.json"), "utf8")) as { version: string };
  const wasm = readdirSync(dir).find((name) => name.endsWith(".wasm")) ?? "";
  return `${version}-${statSync(join(dir, wasm)).size}`;
}

function imageOf(cacheDir: string): Image | null {
  try {
    const key = moduleKey();
    return { file: join(cacheDir, `jieba-${key}.img`), key };
  } catch {
    return null;
  }
}

function build(jieba: Jieba, image: Image | null): JiebaLoad {
  const probe = jieba.cut(PROBE, true);
  const parts = partsOf(jieba);
  if (image !== null && parts !== null) writeImage(image, parts, probe);
  return { jieba, source: "built" };
}

/** "ok", "absent" (nothing touched: build in place) or "dirty" (memory partly overwritten). */
function restore(image: Image, jieba: Jieba, parts: Parts): "ok" | "absent" | "dirty" {
  let fd: number;
  try {
    fd = openSync(image.file, "r");
  } catch {
    return "absent";
  }
  try {
    const read = readHeader(fd);
    if (read === null) return "absent";
    const { header, dataStart } = read;
    if (header.key !== image.key || header.memoryBytes < parts.memory.buffer.byteLength) return "absent";
    parts.memory.grow((header.memoryBytes - parts.memory.buffer.byteLength) / WASM_PAGE_BYTES);
    if (parts.table.length < header.tableLength) parts.table.grow(header.tableLength - parts.table.length);
    const view = new Uint8Array(parts.memory.buffer);
    let position = dataStart;
    for (const [start, length] of header.ranges) {
      if (!readFully(fd, view, start, length, position)) return "dirty";
      position += length;
    }
    return sameTokens(jieba.cut(PROBE, true), header.probe) ? "ok" : "dirty";
  } catch {
    return "dirty";
  } finally {
    closeSync(fd);
  }
}

/** The image opens with the magic, the header's length (u32 LE) and the header as JSON; the blocks follow. */
function readHeader(fd: number): { header: Header; dataStart: number } | null {
  const lead = Buffer.alloc(MAGIC.length + 4);
  if (readSync(fd, lead, 0, lead.length, 0) !== lead.length || lead.toString("latin1", 0, MAGIC.length) !== MAGIC) return null;
  const json = Buffer.alloc(lead.readUInt32LE(MAGIC.length));
  if (readSync(fd, json, 0, json.length, lead.length) !== json.length) return null;
  try {
    return { header: JSON.parse(json.toString("utf8")) as Header, dataStart: lead.length + json.length };
  } catch {
    return null;
  }
}

function readFully(fd: number, view: Uint8Array, start: number, length: number, position: number): boolean {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, view, start + done, length - done, position + done);
    if (n <= 0) return false;
    done += n;
  }
  return true;
}

const sameTokens = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((word, i) => word === b[i]);

/** The non-zero blocks of the memory, as [start, length] runs. */
function nonZeroRanges(view: Uint8Array): [number, number][] {
  const ranges: [number, number][] = [];
  const words = new BigUint64Array(view.buffer, view.byteOffset, view.byteLength / 8);
  const wordsPerBlock = BLOCK_BYTES / 8;
  for (let block = 0; block * BLOCK_BYTES < view.byteLength; block++) {
    const from = block * wordsPerBlock;
    const to = Math.min(words.length, from + wordsPerBlock);
    let zero = true;
    for (let i = from; i < to && zero; i++) zero = words[i] === 0n;
    if (zero) continue;
    const last = ranges[ranges.length - 1];
    const start = block * BLOCK_BYTES;
    const length = Math.min(BLOCK_BYTES, view.byteLength - start);
    if (last !== undefined && last[0] + last[1] === start) last[1] += length;
    else ranges.push([start, length]);
  }
  return ranges;
}

/** Written beside under a temporary name and renamed, so a reader never sees half an image; older images go. */
function writeImage({ file, key }: Image, parts: Parts, probe: readonly string[]): void {
  const dir = dirname(file);
  const temp = `${file}.${process.pid}.${Math.trunc(performance.now() * 1000)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const view = new Uint8Array(parts.memory.buffer);
    const ranges = nonZeroRanges(view);
    const header: Header = { key, memoryBytes: view.byteLength, tableLength: parts.table.length, ranges, probe: [...probe] };
    const json = Buffer.from(JSON.stringify(header), "utf8");
    const lead = Buffer.alloc(MAGIC.length + 4);
    lead.write(MAGIC, 0, "latin1");
    lead.writeUInt32LE(json.length, MAGIC.length);
    const fd = openSync(temp, "w");
    try {
      writeSync(fd, lead);
      writeSync(fd, json);
      for (const [start, length] of ranges) writeAll(fd, view, start, length);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    keepNewest(dir, "jieba-", ".img", IMAGES_KEPT);
  } catch {
    // No cache folder to write (read-only home, full disk): every start builds the dictionary; all else is as before.
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
  }
}

function writeAll(fd: number, view: Uint8Array, start: number, length: number): void {
  let done = 0;
  while (done < length) done += writeSync(fd, view, start + done, length - done);
}

