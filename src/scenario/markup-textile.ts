// Textile (Redmine and Trac wikis, old CMSes) as Markdown, line for line: "h2." headings, "bq." quotes, "p(class)."
// paragraphs, "#"/"*" lists (nested by repeating the mark), "|_." header cells, "*strong*", "-deleted-" and the
// "{{macro}}", "%{style}…%", "~(sub)~" marks that carry no content.

/** A block signature: "h2. ", "bq. ", "p(note). ", "bc. ", "fn1. ". */
const BLOCK = /^(h[1-6]|bq|p|bc|pre|fn\d{1,2})(?:\([^)\s]{0,40}\)|\{[^}]{0,80}\}|[<>=]{1,2}){0,3}\.\s+(.*)$/u;
const LIST = /^([#*]{1,6})\s+(.*)$/u;

export function isTextile(lines: readonly string[]): boolean {
  const heads = lines.filter((line) => /^h[1-6](?:\([^)\s]{0,40}\))?\.\s/u.test(line)).length;
  const marks = lines.filter((line) => /^(?:bq|p\([^)\s]{1,40}\)|\|_\.)|\{\{\w{1,20}\}\}/u.test(line)).length;
  return heads >= 2 && heads + marks >= 3;
}

/** Inline marks: strong as Markdown's bold, a span's style and a subscript's marks dropped, a deleted span struck. */
function inline(text: string): string {
  return text
    .replace(/%\{[^}]{0,120}\}([^%]{0,400})%/gu, "$1")
    .replace(/~\(([^)]{0,200})\)~/gu, "($1)")
    .replace(/(^|[\s(（])\*(\S(?:[^*]{0,200}\S)?)\*(?=$|[\s,.，。:：)）])/gu, "$1**$2**")
    .replace(/(^|[\s(（])_(\S(?:[^_]{0,300}\S)?)_(?=$|[\s,.，。:：)）])/gu, "$1*$2*")
    .replace(/(^|[\s(（])-(\S(?:[^-]{0,300}\S)?)-(?=$|[\s,.，。)）])/gu, "$1~~$2~~")
    .replace(/\{\{[^}]{0,80}\}\}/gu, "");
}

export function textileLines(lines: readonly string[]): string[] {
  return lines.map((line) => {
    if (/^\s*\{\{[^}]{0,80}\}\}\s*$/u.test(line)) return "";
    // A header row ("|_. Field |_. Value |") names the columns: the rows under it are the table.
    if (/^\|\s*_\./u.test(line)) return "";
    const block = BLOCK.exec(line);
    if (block !== null) {
      const kind = block[1] ?? "";
      const text = inline(block[2] ?? "");
      if (/^h[1-6]$/u.test(kind)) return `${"#".repeat(Number(kind.slice(1)))} ${text}`;
      if (kind === "bq") return `> ${text}`;
      return text;
    }
    const list = LIST.exec(line);
    if (list !== null) {
      const marks = list[1] ?? "";
      const indent = "   ".repeat(marks.length - 1);
      // A nested item ("##", "**") is a line under its item: a branch, a note, a line to say.
      return `${indent}${marks.length === 1 && marks === "#" ? "1." : "-"} ${inline(list[2] ?? "")}`;
    }
    return inline(line);
  });
}
