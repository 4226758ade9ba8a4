// LaTeX as Markdown, line for line: \section/\subsection headings, enumerate/itemize items (nested by depth),
// description \item[term] entries as fields or questions, tabular rows as bar-table rows, inline \textbf{…} and
// friends to their text; the preamble, environment delimiters and comments carry no content.

import { definitionLines } from "./markup-definitions.js";

/** Lines only LaTeX writes: the document class, an environment's begin/end, a sectioning command. */
const LATEX_LINE = /^\s*\\(?:documentclass|usepackage|begin\{|end\{|(?:sub)*section\*?\{|chapter\*?\{|item\b|maketitle|title\{)/u;

export function isLatex(lines: readonly string[]): boolean {
  if (lines.some((l) => /^\s*\\documentclass\b/u.test(l)) && lines.some((l) => /^\s*\\begin\{document\}/u.test(l))) return true;
  return lines.filter((l) => LATEX_LINE.test(l)).length >= 6 && lines.some((l) => /^\s*\\(?:sub)*section\*?\{/u.test(l));
}

/** Sectioning commands and the Markdown level they open. */
const HEADINGS: Record<string, number> = { title: 1, part: 1, chapter: 2, section: 2, subsection: 3, subsubsection: 4, paragraph: 5 };
/** Environments whose body is no content for the reader. */
const DROPPED = new Set(["comment", "figure", "thebibliography", "tikzpicture", "verbatim"]);
/** Preamble and layout lines with no content. */
const SETUP = /^\s*\\(?:documentclass|usepackage|author|date|maketitle|tableofcontents|newpage|clearpage|pagestyle|thispagestyle|setlength|vspace|hspace|noindent|centering|hline|toprule|midrule|bottomrule|label|newcommand|renewcommand)\b/u;
const LISTS: Record<string, "enumerate" | "itemize" | "description"> = { enumerate: "enumerate", itemize: "itemize", description: "description" };
const EMPHASIS: Record<string, string> = { textbf: "**", emph: "*", textit: "*" };

/** Inline \cmd{…} (innermost first) → its text; TeX quotes, dashes and escaped characters → their characters. */
function inline(text: string): string {
  let out = text.replace(/(?<!\\)%.*$/u, "").replace(/\\([&%$#_{}])/gu, (_m, c: string) => `\uE000${c.codePointAt(0) ?? 0};`);
  const command = /\\(\w+)\{([^{}]*)\}/gu;
  for (let guard = 0; guard < 10 && command.test(out); guard++) {
    out = out.replace(command, (_m, name: string, inner: string) => {
      const mark = EMPHASIS[name];
      if (mark !== undefined) return `${mark}${inner}${mark}`;
      if (name === "href") return inner;
      return inner;
    });
  }
  return out.replace(/``/gu, "“").replace(/''/gu, "”").replace(/`/gu, "‘").replace(/---/gu, "—").replace(/(?<!-)--(?!-)/gu, "–")
    .replace(/\\ldots\b|\\dots\b/gu, "…").replace(/~/gu, " ").replace(/\\[,;!]/gu, " ").replace(/\s*\\\\\s*$/u, "")
    .replace(/\uE000(\d+);/gu, (_m, n: string) => String.fromCodePoint(Number(n)));
}

/** A tabular row ("a & b \\") as a bar-table row. */
function tableRow(line: string): string {
  const cells = line.replace(/\s*\\\\\s*(?:\\hline\s*)?$/u, "").split(/(?<!\\)&/u).map((c) => inline(c).trim());
  return `| ${cells.join(" | ")} |`;
}

export function latexLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  const lists: { kind: "enumerate" | "itemize" | "description"; n: number }[] = [];
  let dropping: string | null = null;
  let tabular = 0;
  for (const line of lines) {
    if (dropping !== null) {
      out.push("");
      if (line.includes(`\\end{${dropping}}`)) dropping = null;
      continue;
    }
    const begin = /^\s*\\begin\{(\w+\*?)\}/u.exec(line)?.[1];
    const end = /^\s*\\end\{(\w+\*?)\}/u.exec(line)?.[1];
    if (begin !== undefined) {
      if (DROPPED.has(begin)) { dropping = begin; out.push(""); continue; }
      const kind = LISTS[begin];
      if (kind !== undefined) lists.push({ kind, n: 0 });
      if (/^(?:tabular|tabularx|longtable)\*?$/u.test(begin)) tabular++;
      out.push("");
      continue;
    }
    if (end !== undefined) {
      if (LISTS[end] !== undefined) lists.pop();
      if (/^(?:tabular|tabularx|longtable)\*?$/u.test(end)) tabular = Math.max(0, tabular - 1);
      out.push("");
      continue;
    }
    const heading = /^\s*\\(\w+)\*?(?:\[[^\]]*\])?\{(.*)\}\s*$/u.exec(line);
    const level = heading !== null ? HEADINGS[heading[1] ?? ""] : undefined;
    if (heading !== null && level !== undefined) { out.push(`${"#".repeat(level)} ${inline(heading[2] ?? "")}`); continue; }
    if (SETUP.test(line)) { out.push(""); continue; }
    if (tabular > 0 && /&/u.test(line)) { out.push(tableRow(line)); continue; }
    const item = /^\s*\\item\b(?:\[([^\]]*)\])?\s*(.*)$/u.exec(line);
    const top = lists[lists.length - 1];
    if (item !== null && top !== undefined) {
      const text = inline(item[2] ?? "").trim();
      const indent = "   ".repeat(Math.max(0, lists.length - 1));
      if (top.kind === "description" || item[1] !== undefined) {
        const [termLine, textLine] = definitionLines(inline(item[1] ?? "").trim(), text);
        // A question's term and answer share the item's one line, so line numbers stay.
        out.push(termLine === "" ? `${indent}${textLine}` : `${indent}- ${termLine.replace(/^Q:\s*/u, "**")}** ${textLine.replace(/^A:\s*/u, "")}`);
        continue;
      }
      top.n++;
      out.push(`${indent}${top.kind === "enumerate" ? `${top.n}.` : "-"} ${text}`);
      continue;
    }
    out.push(inline(line).trimEnd());
  }
  return out;
}
