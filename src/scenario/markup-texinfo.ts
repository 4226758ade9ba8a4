// GNU Texinfo as Markdown, line for line: @chapter/@section headings, @enumerate/@itemize items, @table terms,
// inline @commands{…} to their text; the header, menus, nodes, comments and block delimiters carry no content.

import { definitionLines } from "./markup-definitions.js";

const TEXINFO_LINE = /^@(?:node|chapter|section|subsection|unnumbered|top|end|item|enumerate|itemize|table|c|comment|settitle|setfilename)\b/u;

export function isTexinfo(lines: readonly string[]): boolean {
  if (/^\\input texinfo/u.test(lines[0] ?? "")) return true;
  return lines.filter((l) => TEXINFO_LINE.test(l)).length >= 5 && lines.some((l) => /^@(?:node|chapter)\b/u.test(l));
}

/** Heading commands and the Markdown level they open. */
const HEADINGS: Record<string, number> = { top: 1, settitle: 1, chapter: 2, unnumbered: 2, appendix: 2, majorheading: 2, chapheading: 2, section: 3, unnumberedsec: 3, heading: 3, subsection: 4, unnumberedsubsec: 4, subheading: 4, subsubsection: 5 };
/** Blocks with no content for the reader: left out whole. */
const DROPPED = new Set(["menu", "copying", "ignore", "titlepage", "direntry", "detailmenu", "tex", "iftex", "ifhtml", "ifdocbook", "ifxml", "iflatex"]);
/** Lines that only set the document up. */
const SETUP = /^(?:@(?:c|comment|setfilename|node|bye|set|clear|finalout|dircategory|printindex|contents|shortcontents|page|insertcopying|documentencoding|documentlanguage|paragraphindent|headings|setchapternewpage|syncodeindex|vskip|need|sp|noindent|ifnottex|end\s+ifnottex|ifinfo|end\s+ifinfo)\b|\\input\b)/u;
/** Inline commands whose text is a quoted saying. */
const QUOTED = new Set(["samp", "quotation", "dfn"]);
const EMPHASIS: Record<string, string> = { strong: "**", b: "**", emph: "*", i: "*" };

/** Inline @cmd{…} (innermost first, across lines) → its text; @@, @{, @} → their characters. */
function inline(text: string): string {
  let out = text.replace(/@@/gu, "\uE001").replace(/@\{/gu, "\uE002").replace(/@\}/gu, "\uE003");
  const command = /@(\w+)\{([^{}]*)\}/gu;
  for (let guard = 0; guard < 20 && command.test(out); guard++) {
    out = out.replace(command, (_m, name: string, inner: string) => {
      if (QUOTED.has(name)) return `“${inner}”`;
      const mark = EMPHASIS[name];
      if (mark !== undefined) return `${mark}${inner}${mark}`;
      if (name === "uref" || name === "url" || name === "email") return inner.split(",").pop()?.trim() ?? inner;
      return inner;
    });
  }
  return out.replace(/``/gu, "“").replace(/''/gu, "”").replace(/---/gu, "—").replace(/(?<!-)--(?!-)/gu, "–").replace(/@(?:dots|enddots)\{\}/gu, "…")
    .replace(/\uE001/gu, "@").replace(/\uE002/gu, "{").replace(/\uE003/gu, "}");
}

/** A line that stops mid-sentence (no closing mark, quote or colon): Texinfo fills it with the next one. */
const MID_SENTENCE = /[\p{L}\p{N},;—–-]$/u;

/** A sentence broken across source lines joined onto its first line (the later lines left empty, so lines keep their numbers). */
function joinBrokenLines(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length - 1; i++) {
    let at = i;
    while (MID_SENTENCE.test(out[at] ?? "") && !/^#/u.test(out[i] ?? "") && /^\s*[^\s#@\d-]/u.test(out[at + 1] ?? "") && !/^\s*(?:Q|A):/u.test(out[at + 1] ?? "")) {
      out[i] = `${out[i] ?? ""} ${(out[at + 1] ?? "").trim()}`;
      out[at + 1] = "";
      at++;
    }
  }
  return out;
}

export function texinfoLines(lines: readonly string[]): string[] {
  const text = inline(lines.join("\n")).split("\n");
  const out: string[] = [];
  const lists: { kind: string; n: number }[] = [];
  let dropping: string | null = null;
  /** A list item or term waiting for the text on its next line. */
  let pending: { prefix: string } | { term: string } | null = null;
  for (const line of text) {
    if (dropping !== null) {
      out.push("");
      if (new RegExp(`^@end\\s+${dropping}\\b`, "u").test(line)) dropping = null;
      continue;
    }
    const cmd = /^@(\w+)\s*(.*)$/u.exec(line);
    const name = cmd?.[1] ?? "";
    const rest = (cmd?.[2] ?? "").trim();
    const top = lists[lists.length - 1];
    if (cmd !== null && DROPPED.has(name)) { dropping = name; out.push(""); continue; }
    if (cmd !== null && HEADINGS[name] !== undefined) { out.push(`${"#".repeat(HEADINGS[name] ?? 2)} ${rest}`); continue; }
    if (cmd !== null && /^(?:enumerate|itemize|table|vtable|ftable|multitable)$/u.test(name)) { lists.push({ kind: name === "enumerate" ? "enumerate" : name === "itemize" ? "itemize" : "table", n: 0 }); out.push(""); continue; }
    if (cmd !== null && name === "end") {
      if (/^(?:enumerate|itemize|table|vtable|ftable|multitable)$/u.test(rest)) lists.pop();
      out.push("");
      continue;
    }
    if (cmd !== null && (name === "item" || name === "itemx") && top !== undefined) {
      const indent = "   ".repeat(Math.max(0, lists.length - 1));
      if (top.kind === "table") { pending = { term: rest }; out.push(""); continue; }
      top.n++;
      const prefix = `${indent}${top.kind === "enumerate" ? `${top.n}.` : "-"} `;
      if (rest === "") { pending = { prefix }; out.push(""); } else out.push(prefix + rest);
      continue;
    }
    if (cmd !== null && SETUP.test(line)) { out.push(""); continue; }
    // A block delimiter (@cartouche, @quotation, @example …) with nothing after it: its text reads as it stands.
    if (cmd !== null && rest === "" && !/[{}]/u.test(line)) { out.push(""); continue; }
    if (pending !== null && line.trim() !== "") {
      if ("prefix" in pending) out.push(pending.prefix + line.trim());
      else {
        const [termLine, textLine] = definitionLines(pending.term, line.trim());
        // The term's own line is already out (empty): it takes the question, when the term asks.
        if (termLine !== "") out[out.length - 1] = termLine;
        out.push(textLine);
      }
      pending = null;
      continue;
    }
    out.push(line);
  }
  return joinBrokenLines(out);
}
