// Phone, identity and card numbers: every run of digits (with the separators people write between groups) is
// classified by its digits alone, so spaced, dotted, dashed, bracketed and full-width writings are all found.
import { isChineseIdNumber, isLuhnCardNumber } from "./checksums.js";
import type { PiiKind, PiiSpan } from "./span.js";

/** A digit run: optional international prefix, digits joined by at most two of space . - ( ), optional X. Linear. */
const RUN = /(?:\+|\b00)?\(?\d(?:[ .()-]{0,2}\d)*(?:[Xx](?![A-Za-z]))?/g;

interface NumberRule {
  kind: PiiKind;
  /** Receives the run's digits (X kept) and its text; returns the key, or null when it is not this kind. */
  match(digits: string, text: string): string | null;
}

const MOBILE_CN = /^(?:0086|86)?(1[3-9]\d{9})$/;
/** Landlines and service numbers are told by their written shape too, so a date and a time run together are not. */
const LANDLINE_CN = /^(?:\(0\d{2,3}\)\s?|0\d{2,3}[ -])\d{3,4}[ -]?\d{4}$|^0\d{10,11}$/;
const SERVICE_CN = /^[48]00[ -]?\d{3}[ -]?\d{4}$/;
const NANP = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;

/** Order matters: the most specific check first. */
const NUMBER_RULES: readonly NumberRule[] = [
  { kind: "ID", match: (digits) => (isChineseIdNumber(digits) ? digits.toUpperCase() : null) },
  { kind: "PHONE", match: (digits) => MOBILE_CN.exec(digits)?.[1] ?? null },
  { kind: "CARD", match: (digits) => (isLuhnCardNumber(digits) ? digits : null) },
  { kind: "PHONE", match: (digits, text) => (LANDLINE_CN.test(text) ? digits : null) },
  { kind: "PHONE", match: (digits, text) => (SERVICE_CN.test(text) ? digits : null) },
  // North American numbers only in a grouped writing (3-3-4), so plain 10-digit ids stay.
  { kind: "PHONE", match: (digits, text) => (NANP.test(text) ? digits.slice(-10) : null) },
  // Anything else written with a leading + is an international number.
  { kind: "PHONE", match: (digits, text) => (text.startsWith("+") && digits.length >= 8 && digits.length <= 15 ? digits : null) },
];

function classify(text: string): { kind: PiiKind; key: string } | null {
  const digits = text.replace(/[^\dXx]/g, "");
  if (digits.length < 7) return null;
  for (const rule of NUMBER_RULES) {
    const key = rule.match(digits, text.trim());
    if (key !== null) return { kind: rule.kind, key };
  }
  return null;
}

/** Space-separated groups that are not one number as a whole may still hold one (a number next to a year). */
function classifyParts(text: string, offset: number, out: PiiSpan[]): void {
  const parts = [...text.matchAll(/\S+/g)];
  for (let first = 0; first < parts.length; first++) {
    for (let last = parts.length - 1; last >= first; last--) {
      const from = parts[first]?.index ?? 0;
      const lastPart = parts[last];
      if (lastPart === undefined) continue;
      const to = (lastPart.index ?? 0) + lastPart[0].length;
      const found = classify(text.slice(from, to));
      if (found !== null) {
        out.push({ start: offset + from, end: offset + to, ...found });
        first = last;
        break;
      }
    }
  }
}

/** `view` is the ASCII view of the text (same offsets). */
export function findNumberPii(view: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const match of view.matchAll(RUN)) {
    let text = match[0];
    let start = match.index;
    // A bracket that only closes or only opens belongs to the sentence, not the number.
    while (text.endsWith("(") || text.endsWith(" ") || text.endsWith("-") || text.endsWith(".") || (text.endsWith(")") && !text.includes("("))) text = text.slice(0, -1);
    while (text.startsWith(")")) {
      text = text.slice(1);
      start += 1;
    }
    const found = classify(text);
    if (found !== null) spans.push({ start, end: start + text.length, ...found });
    else if (text.includes(" ")) classifyParts(text, start, spans);
  }
  return spans;
}
