// troff / man-page source as Markdown, line for line: .SH/.SS headings, .IP items, .TP terms, font macros to their
// text, escapes to their characters; comments and layout requests (.PP, .RS, .br …) carry no content.

import { definitionLines } from "./markup-definitions.js";

const REQUEST = /^[.'](?:TH|SH|SS|TP|IP|PP|LP|P|B|I|BR|IR|RB|RI|BI|IB|RS|RE|nf|fi|br|sp)\b/u;

export function isTroff(lines: readonly string[]): boolean {
  return lines.filter((l) => REQUEST.test(l)).length >= 5 && lines.some((l) => /^\.(?:TH|SH)\b/u.test(l));
}

/** Named characters (\(xx, \[xx]) a script is likely to hold. */
const CHARS: Record<string, string> = { Po: "£", Eu: "€", eu: "€", Ye: "¥", em: "—", en: "–", lq: "“", rq: "”", oq: "‘", cq: "’", aq: "'", dq: '"', bu: "•", co: "©", rg: "®", tm: "™", de: "°", mu: "×", hy: "-", ti: "~", sl: "/", rs: "\\" };
/** Font and alternating-font macros: their arguments are plain text. */
const FONT_MACROS = /^\.(?:B|I|R|SM|SB|BR|RB|IR|RI|BI|IB)\b\s*(.*)$/u;
/** A man page's own sections (what the command is called, how it is run, its bugs): no part of a script. */
const MAN_SECTIONS = /^(?:NAME|SYNOPSIS|SEE ALSO|BUGS|REPORTING BUGS|AUTHORS?|FILES|ENVIRONMENT|EXIT STATUS|COPYRIGHT|HISTORY|OPTIONS)$/u;
/** Layout requests with nothing to say. */
const LAYOUT = /^\.(?:PP|LP|P|br|sp|nf|fi|ad|na|in|ti|ne|hy|nh|RS|RE|UC|DT|PD|HP|ft|ps|vs|ll|ce)\b/u;

function unescape(text: string): string {
  return text.replace(/\\".*$/u, "")
    .replace(/\\\(([A-Za-z]{2})|\\\[([A-Za-z]{2,})\]/gu, (m, a?: string, b?: string) => CHARS[a ?? b ?? ""] ?? m)
    .replace(/\\f(?:\[[^\]]*\]|\([A-Za-z]{2}|[A-Za-z0-9])/gu, "").replace(/\\s[+-]?\d/gu, "")
    .replace(/\\-/gu, "-").replace(/\\&|\\\//gu, "").replace(/\\e/gu, "\\").replace(/\\ /gu, " ");
}

/** A macro's arguments: quoted ones whole, joined as the alternating fonts join them (no spaces between). */
function args(rest: string, alternating: boolean): string {
  const parts = [...rest.matchAll(/"([^"]*)"|(\S+)/gu)].map((m) => m[1] ?? m[2] ?? "");
  return alternating ? parts.join("") : parts.join(" ");
}

export function troffLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let depth = 0;
  /** After .TP: the next line is the term, the one after its text. */
  let term: "next" | string | null = null;
  let prefix: string | null = null;
  /** Inside a man page's own section: left out. */
  let skipping = false;
  /** The line a filled paragraph is being joined onto (troff fills text lines into one paragraph), or null. */
  let open: number | null = null;
  for (const raw of lines) {
    if (/^[.']\s*\\"/u.test(raw) || /^\.\s*$/u.test(raw)) { out.push(""); continue; }
    const section = /^\.SH\s*"?([^"]*)"?\s*$/u.exec(raw);
    if (section !== null) skipping = MAN_SECTIONS.test((section[1] ?? "").trim().toUpperCase());
    if (skipping) { out.push(""); open = null; continue; }
    if (raw.trim() === "" || (/^[.']/u.test(raw) && FONT_MACROS.exec(raw) === null)) open = null;
    const line = unescape(raw);
    const font = FONT_MACROS.exec(line);
    const textOf = font !== null ? args(font[1] ?? "", /^\.(?:BR|RB|IR|RI|BI|IB)\b/u.test(line)) : line;
    const heading = /^\.(SH|SS)\s*(.*)$/u.exec(line);
    if (heading !== null) { out.push(`${heading[1] === "SH" ? "##" : "###"} ${args(heading[2] ?? "", false)}`); depth = 0; term = null; prefix = null; continue; }
    if (/^\.TH\b/u.test(line)) { out.push(""); continue; }
    if (/^\.RS\b/u.test(line)) depth++;
    if (/^\.RE\b/u.test(line)) depth = Math.max(0, depth - 1);
    if (/^\.TP\b/u.test(line)) { term = "next"; out.push(""); continue; }
    const ip = /^\.IP\s*(.*)$/u.exec(line);
    if (ip !== null) {
      const tag = args(ip[1] ?? "", false).split(" ")[0] ?? "";
      const indent = "   ".repeat(depth);
      prefix = /^\d+[.)]?$/u.test(tag) ? `${indent}${tag.replace(/\)$/u, ".")}${/[.]$/u.test(tag) ? "" : "."} ` : `${indent}- `;
      out.push("");
      continue;
    }
    if (LAYOUT.test(line) || (/^[.'][A-Za-z]{1,3}\b/u.test(line) && font === null)) { out.push(""); continue; }
    // The term keeps its quotes: a quoted term is a saying, not a label.
    if (term === "next") { term = font !== null ? (font[1] ?? "").trim() : textOf; out.push(""); continue; }
    if (term !== null && textOf.trim() !== "") {
      const [termLine, textLine] = definitionLines(term, textOf.trim());
      if (termLine !== "") out[out.length - 1] = termLine;
      open = out.push(textLine) - 1;
      term = null;
      continue;
    }
    if (prefix !== null && textOf.trim() !== "") { open = out.push(prefix + textOf.trim()) - 1; prefix = null; continue; }
    if (open !== null && textOf.trim() !== "") { out[open] = `${out[open] ?? ""} ${textOf.trim()}`; out.push(""); continue; }
    open = textOf.trim() === "" ? null : out.push(textOf) - 1;
    if (open !== null) continue;
    out.push("");
  }
  return out;
}
