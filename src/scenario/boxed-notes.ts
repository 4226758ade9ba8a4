// A note drawn in a box of ASCII art ("+------+" edges, "| text |" sides): one column, so it is no table but a remark
// in prose. Its text becomes paragraphs, line for line: each bordered part one paragraph on its first side line.

import { joinWrapped } from "./grid-tables.js";

/** A border with no inner "+": a box one column wide. */
const BOX_EDGE = /^\s*\+[-=]{3,}\+\s*$/;
/** A side line holding no bar inside: one cell. */
const BOX_SIDE = /^\s*\|([^|]*)\|\s*$/;

/** The block (a top edge, then side and edge lines) is a box of one column holding text. */
export function isBoxedNote(block: readonly string[]): boolean {
  const sides = block.filter((line) => !BOX_EDGE.test(line));
  return BOX_EDGE.test(block[0] ?? "") && sides.length > 0 && sides.every((line) => BOX_SIDE.test(line)) && sides.some((line) => /\p{L}/u.test(line));
}

/** The box as paragraphs: edges blank, each part's text joined on its first side line, the rest blank. */
export function boxedNoteLines(block: readonly string[]): string[] {
  const out = block.map(() => "");
  let first = -1;
  let parts: string[] = [];
  const flush = (): void => {
    if (first >= 0 && parts.length > 0) out[first] = joinWrapped(parts);
    first = -1;
    parts = [];
  };
  block.forEach((line, k) => {
    if (BOX_EDGE.test(line)) return flush();
    const text = (BOX_SIDE.exec(line)?.[1] ?? "").trim();
    if (text === "") return flush();
    if (first < 0) first = k;
    parts.push(text);
  });
  flush();
  return out;
}
