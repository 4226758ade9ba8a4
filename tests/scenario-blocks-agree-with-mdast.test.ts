// The reader's line block pass (fences, HTML comments), linear and hand-written, reads documents past the Markdown
// tree's size bound (src/scenario/tree-blocks.ts: the tree costs ~10 µs a character); mdast-util-from-markdown, a real
// CommonMark parser, is the oracle here: inside every code block it finds, no original line is left for the section
// reader as a heading or text, and every HTML comment it finds is set aside.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { describe, expect, it } from "vitest";
import { markBlocks, type BlockNote } from "../src/scenario/blocks.js";
import { headingOf } from "../src/scenario/headings.js";
import { toLines } from "../src/scenario/lines.js";
import { outline } from "../src/scenario/sections.js";

interface Node { type: string; value?: string; position?: { start: { line: number }; end: { line: number } }; children?: Node[] }

function nodes(node: Node, type: string): Node[] {
  return [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((child) => nodes(child, type))];
}

const dirs = [join("tests", "fixtures", "real", "dev"), "examples"];
const documents: [string, string][] = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".md")).map((f): [string, string] => [f, readFileSync(join(dir, f), "utf8")]));
documents.push(
  ["tilde and long fences", "# Caller\n~~~~\n# not a heading\n```\n## still code\n~~~~\n## Steps\n1. \"Hi.\"\n````md\n```\n# inside\n```\n````\n"],
  ["comments and indented fences", "<!-- # hidden -->\n# Caller\n  ```\n  # code\n  ```\n<!--\n## old\n-->\n## Opening line\n\"Hello.\"\n"],
);

describe.each(documents)("%s", (_name, text) => {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as Node;
  const original = toLines(text);
  const notes: BlockNote[] = [];
  const read = markBlocks(original, text, notes);

  it("leaves no line of a code block as a heading or plain text", () => {
    for (const code of nodes(tree, "code")) {
      const { start, end } = code.position ?? { start: { line: 0 }, end: { line: -1 } };
      for (let no = start.line + 1; no < end.line; no++) {
        for (const line of read.filter((l) => l.no === no)) {
          const synthesised = line.text !== original[no - 1]?.text;
          expect(line.code === true || synthesised, `line ${no}: ${line.text}`).toBe(true);
          if (line.code === true) expect(headingOf(line.text)?.weak === false && /^\s*#/.test(line.text)).toBe(false);
        }
      }
    }
  });

  it("sets every HTML comment aside", () => {
    for (const html of nodes(tree, "html").filter((n) => (n.value ?? "").startsWith("<!--"))) {
      const { start, end } = html.position ?? { start: { line: 0 }, end: { line: -1 } };
      for (const line of read.filter((l) => l.no >= start.line && l.no <= end.line)) expect(line.text).not.toContain("<!--");
      const inner = read.filter((l) => l.no > start.line && l.no < end.line && l.text.trim() !== "");
      expect(inner).toEqual([]);
    }
  });
});

// The section reader's structure against mdast's: every heading CommonMark sees as one (ATX or setext) is a heading to
// the reader, and no section starts on a line CommonMark reads as the continuation of a list item ("- 条件: …" over
// "  结束语: …"). Layout documents included: banners and setext titles are where the two could part.
const layoutDirs = ["dev", "layouts", "layouts-b", "layouts-c", "layouts-4", "layouts-5"].map((part) => join("tests", "fixtures", "real", part));
const structured: [string, string][] = [...layoutDirs, "examples"].flatMap((dir) =>
  readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).map((f): [string, string] => [f, readFileSync(join(dir, f), "utf8")]),
);

describe.each(structured)("structure of %s", (_name, text) => {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as Node;
  const lines = markBlocks(toLines(text), text, []);
  const doc = outline(lines);
  const starts = new Set([...doc.preface, ...doc.caller, ...doc.callee].map((s) => s.line));

  it("reads every CommonMark heading outside code as a heading", () => {
    for (const heading of nodes(tree, "heading")) {
      const no = heading.position?.start.line ?? 0;
      const line = lines.find((l) => l.no === no);
      if (line === undefined || line.code === true || line.config === true) continue;
      const next = lines.find((l) => l.no === no + 1);
      const setext = next !== undefined && /^ {0,3}(?:=+|-+)\s*$/.test(next.text);
      expect(headingOf(line.text) !== null || setext, `line ${no}: ${line.text}`).toBe(true);
    }
  });

  it("starts no section inside a list item's continuation", () => {
    for (const item of nodes(tree, "listItem")) {
      const { start, end } = item.position ?? { start: { line: 0 }, end: { line: -1 } };
      for (let no = start.line + 1; no <= end.line; no++) {
        const line = lines.find((l) => l.no === no);
        // An unindented line right under an item is CommonMark's "lazy continuation"; a plain-text writer who puts
        // "BEHAVIOUR:" there means a new label, and the reader follows the writer. Indented lines are the item's.
        if (line === undefined || line.config === true || !/^\s{2}/.test(line.text) || /^\s*(?:[-*+]|\d{1,3}[.)])\s/.test(line.text)) continue;
        expect(starts.has(no), `line ${no}: ${line.text}`).toBe(false);
      }
    }
  });
});
