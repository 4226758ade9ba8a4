// Bytes → text: UTF-8 (with or without BOM), UTF-16 LE/BE (with or without BOM), GB18030/GBK and what chardet
// recognises; binary or undecodable input is a user error.

import { createRequire } from "node:module";
import type Chardet from "chardet";
import { userError } from "../errors.js";

// chardet is loaded only for a document that is not UTF-8 or UTF-16: start-up should not pay for it.
const require = createRequire(import.meta.url);
const chardet = (): typeof Chardet => require("chardet") as typeof Chardet;

export interface Decoded {
  text: string;
  /** WHATWG encoding label used, e.g. "utf-8", "utf-16le", "gb18030". */
  encoding: string;
  /** Invalid byte sequences replaced by U+FFFD (a UTF-8 file with a few damaged bytes). */
  replaced: number;
}

const SAMPLE_BYTES = 64 * 1024;

export function decodeBytes(bytes: Uint8Array, file?: string): Decoded {
  const where = file === undefined ? {} : { file };
  if (bytes.length === 0) throw userError("empty-document", "the document is empty", where);
  const bom = bomOf(bytes);
  if (bom !== null) return { text: strictDecode(bom.encoding, bytes.subarray(bom.length), file), encoding: bom.encoding, replaced: 0 };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16Guess(sample);
  if (utf16 !== null) {
    const text = tryDecode(utf16, bytes);
    if (text !== null && plausible(text)) return { text, encoding: utf16, replaced: 0 };
  }
  if (sample.includes(0)) {
    // Mostly-Chinese UTF-16 without a BOM has few zero bytes: take the byte order whose text reads as text.
    const best = bytes.length % 2 === 0 ? bestUtf16(bytes) : null;
    if (best !== null) return { text: best.text, encoding: best.encoding, replaced: 0 };
    throw binary(where);
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) {
    if (!plausible(utf8)) throw binary(where);
    return { text: utf8, encoding: "utf-8", replaced: 0 };
  }
  // A UTF-8 file with a few damaged bytes is still UTF-8; a legacy-encoded file fails on most of its non-ASCII bytes.
  const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const replaced = countReplacements(lenient);
  // eslint-disable-next-line no-control-regex -- "any non-ASCII character" is the point of this test
  if (replaced <= Math.max(1, lenient.length / 50) && /[^\x00-\x7f\ufffd]/.test(lenient) && plausible(lenient.replaceAll("\ufffd", ""))) {
    return { text: lenient, encoding: "utf-8", replaced };
  }
  for (const encoding of candidates(sample)) {
    const text = tryDecode(encoding, bytes);
    if (text !== null && plausible(text)) return { text, encoding, replaced: 0 };
  }
  throw binary(where);
}

function binary(where: { file?: string }): Error {
  return userError("binary-document", "the file is binary or in an unknown encoding, not a text document", where);
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

function strictDecode(encoding: string, bytes: Uint8Array, file?: string): string {
  const text = tryDecode(encoding, bytes);
  if (text === null || !plausible(text)) throw binary(file === undefined ? {} : { file });
  return text;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Text with ASCII in it has a zero byte in every other position when saved as UTF-16. */
function utf16Guess(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  let even = 0;
  let odd = 0;
  const pairs = Math.floor(sample.length / 2);
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  if (pairs === 0) return null;
  if (odd >= pairs * 0.05 && even * 8 <= odd) return "utf-16le";
  if (even >= pairs * 0.05 && odd * 8 <= even) return "utf-16be";
  return null;
}

const LABELS: Record<string, string> = {
  "GB18030": "gb18030", "Big5": "big5", "Shift_JIS": "shift_jis", "EUC-JP": "euc-jp", "EUC-KR": "euc-kr",
  "ISO-2022-JP": "iso-2022-jp", "windows-1252": "windows-1252", "ISO-8859-1": "windows-1252", "windows-1251": "windows-1251",
  "ISO-8859-2": "iso-8859-2", "ISO-8859-5": "iso-8859-5", "KOI8-R": "koi8-r", "UTF-16LE": "utf-16le", "UTF-16BE": "utf-16be",
};

/** GB18030 first (the documents are mostly Chinese), then chardet's guesses by confidence. */
function candidates(sample: Uint8Array): string[] {
  const guesses = chardet().analyse(sample).map((m) => LABELS[m.name]).filter((l): l is string => l !== undefined);
  return [...new Set(["gb18030", ...guesses])];
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

/** Decoded text that is mostly letters, CJK, punctuation and whitespace, without control characters. */
function plausible(text: string): boolean {
  let bad = 0;
  let total = 0;
  for (let i = 0; i < text.length && total < 20000; i++, total++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c < 0xa0) || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  return total > 0 && bad <= total * 0.01;
}

/** Share of characters that ordinary documents are made of: ASCII text, CJK, CJK and full-width punctuation. */
function textShare(text: string): number {
  let good = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) good++;
  }
  return n === 0 ? 0 : good / n;
}

function bestUtf16(bytes: Uint8Array): { text: string; encoding: string } | null {
  let best: { text: string; encoding: string; share: number } | null = null;
  for (const encoding of ["utf-16le", "utf-16be"]) {
    const text = tryDecode(encoding, bytes);
    if (text === null || !plausible(text)) continue;
    const share = textShare(text);
    if (share >= 0.9 && (best === null || share > best.share)) best = { text, encoding, share };
  }
  return best;
}
