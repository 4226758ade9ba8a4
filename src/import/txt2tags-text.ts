// txt2tags (.t2t) → the Markdown it spells, line for line where it can: the header's first line is the title, `%!`
// settings and `%` comment lines are left out (a commented-out item is not in the document), `= Title =` / `+ Title +`
// headings become `#` headings by their depth, `+ item` numbered items become `1.` items, `||`/` |` table rows
// become Markdown rows, `: term` definition items become a question with the lines under it as its answer, and
// `//italic//` becomes `*italic*`.

const SETTING = /^%!\s*[A-Za-z]+(?:\([A-Za-z0-9-]*\))?\s*:/mu;
const HEADING = /^\s*(=+|\++)\s*([^=+].*?)\s*(=+|\++)(?:\[[\w-]*\])?\s*$/u;
const COMMENT = /^%/u;

/** txt2tags when the text has its settings lines, or titled sections together with `%` comment lines. */
export function isTxt2tags(text: string): boolean {
  if (SETTING.test(text)) return true;
  const lines = text.split(/\r?\n/u);
  const headings = lines.filter((l) => /^=+ [^=].*[^=] =+\s*$/u.test(l)).length;
  return headings >= 2 && lines.some((l) => /^% /u.test(l));
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|\|?/u, "").replace(/\|\s*$/u, "").split("|").map((c) => c.trim());
}

export function txt2tagsText(text: string): string | null {
  const lines = text.split(/\r?\n/u);
  const out: string[] = [];
  // The header: up to three lines before the first blank one, unless the document starts with a blank line.
  let i = 0;
  if ((lines[0] ?? "").trim() !== "") {
    for (; i < Math.min(3, lines.length) && (lines[i] ?? "").trim() !== ""; i++) {
      const line = (lines[i] ?? "").replace(/%%\w+(?:\([^)]*\))?/gu, "").trim();
      if (line !== "" && !/:\s*$/u.test(line)) out.push(i === 0 ? `# ${line}` : line);
    }
    out.push("");
  }
  let inTable = false;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (COMMENT.test(line)) continue;
    const heading = HEADING.exec(line);
    if (heading !== null && (heading[1] ?? "").length === (heading[3] ?? "").length && (heading[1] ?? "")[0] === (heading[3] ?? "")[0]) {
      out.push(`${"#".repeat(Math.min(6, (heading[1] ?? "").length + 1))} ${heading[2] ?? ""}`);
      inTable = false;
      continue;
    }
    if (/^\s*\|\|/u.test(line)) {
      const head = cells(line);
      out.push(`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`);
      inTable = true;
      continue;
    }
    if (/^\s*\|/u.test(line)) {
      const row = cells(line);
      if (!inTable) out.push(`|${row.map(() => " ").join("|")}|`, `|${row.map(() => "---").join("|")}|`);
      out.push(`| ${row.join(" | ")} |`);
      inTable = true;
      continue;
    }
    inTable = false;
    const italic = (s: string): string => s.replace(/\/\/([^/\n]+)\/\//gu, "*$1*");
    const numbered = /^(\s*)\+ (.*)$/u.exec(line);
    if (numbered !== null) { out.push(`${numbered[1] ?? ""}1. ${italic(numbered[2] ?? "")}`); continue; }
    const term = /^: (.*)$/u.exec(line);
    if (term !== null) { out.push(`Q: ${italic(term[1] ?? "")}`); continue; }
    const prev = out[out.length - 1] ?? "";
    if (prev.startsWith("Q: ") && line.trim() !== "") { out.push(`A: ${italic(line.trim())}`); continue; }
    out.push(italic(line));
  }
  return out.join("\n");
}
