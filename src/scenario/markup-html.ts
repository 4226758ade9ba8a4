// A whole HTML document (a mail or a word processor's "save as web page") as Markdown, line for line: the head, styles,
// scripts and comments carry no content; a paragraph that is only a bold title (with at most a remark in parentheses)
// is a heading; list items, lists typed as paragraphs ("1.&nbsp;&nbsp;…", "· …", "– …" indented by a margin) and
// table rows (a two-cell row a "- Label: value" field, a first row of header cells left out) keep their structure; a
// definition list's term and description are a "- Term: description" field; a <details> block is a question over its
// answer ("Q: …" / "A: …") when its summary asks or its answer shares the line, else a titled part; entities are decoded
// and every other tag dropped.
import { decodeEntities } from "./entities.js";
import { withoutSignature } from "./mail-signature.js";

const DOCUMENT_START = /^\s*(?:<!doctype html\b|<html\b)/iu;
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " ", hellip: "…", ndash: "–", mdash: "—", middot: "·", bull: "•", pound: "£", euro: "€", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", copy: "©", reg: "®", trade: "™", deg: "°", times: "×", rarr: "→", larr: "←", rsaquo: "›", lsaquo: "‹", raquo: "»", laquo: "«", eacute: "é", egrave: "è", aacute: "á", agrave: "à", iacute: "í", oacute: "ó", uacute: "ú", auml: "ä", ouml: "ö", uuml: "ü", ccedil: "ç", ntilde: "ñ" };
/** Blocks whose text is not the document's: from the opening mark to the closing one. */
const HIDDEN: readonly (readonly [RegExp, RegExp])[] = [
  [/<head\b/iu, /<\/head>/iu], [/<style\b/iu, /<\/style>/iu], [/<script\b/iu, /<\/script>/iu], [/<!--/u, /-->/u],
];
/** A two-cell first row naming a question and an answer column: the table is a Q&A table, kept as a table. */
const QA_HEADER: readonly [RegExp, RegExp] = [/^(?:q|questions?|问|问题|提问)$/iu, /^(?:a|answers?|答|回答|答复)$/iu];
/** A margin this deep or deeper, with no hanging indent, is a sub-item of the item above. */
const SUB_ITEM_MARGIN_PT = 30;

export function isHtmlDocument(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== "") ?? "";
  return DOCUMENT_START.test(first) && lines.some((line) => /<body\b/iu.test(line));
}

export function htmlDocumentLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let hidden: RegExp | null = null;
  let cells: string[] = [];
  let cellLine = -1;
  let numbered: number | null = null;
  let rowInTable = 0;
  let qaTable = false;
  let headerCells = true;
  // A <details> whose summary asks: its answer's first line, when it comes on a later line, is marked "A:".
  let answerDue = false;
  let term: string | null = null;
  const flushRow = (): void => {
    if (cells.length > 0 && cellLine >= 0) {
      if (rowInTable === 0 && isQaHeader(cells)) qaTable = true;
      const row = `| ${cells.join(" | ")} |`;
      // A first row of <th> cells only ("Outcome | Line") names the columns: no field of its own.
      const header = rowInTable === 0 && headerCells && !qaTable;
      out[cellLine] = qaTable ? (rowInTable === 0 ? `${row}\n| --- | --- |` : row) : header && cells.length === 2 ? "" : cells.length === 2 ? `- ${cells[0] ?? ""}: ${cells[1] ?? ""}` : row;
      rowInTable++;
    }
    cells = [];
    cellLine = -1;
    headerCells = true;
  };
  for (const raw of lines) {
    let line = raw;
    // Word's conditional comments ("<![if !supportLists]>…<![endif]>") wrap content: only their marks go.
    line = line.replace(/<!\[(?:if [^\]]{0,60}|endif)\]>/giu, "");
    if (hidden !== null) {
      const end = hidden.exec(line);
      if (end === null) { out.push(""); continue; }
      line = line.slice(end.index + end[0].length);
      hidden = null;
    }
    line = line.replace(/<!--.*?-->/gu, "");
    for (const [open, close] of HIDDEN) {
      const start = open.exec(line);
      if (start === null) continue;
      const rest = line.slice(start.index);
      const end = close.exec(rest);
      if (end === null) { hidden = close; line = line.slice(0, start.index); break; }
      line = line.slice(0, start.index) + rest.slice(end.index + end[0].length);
    }
    if (/<tr\b|<\/table>/iu.test(line)) flushRow();
    if (/<\/?table\b/iu.test(line)) { rowInTable = 0; qaTable = false; }
    const cellTexts = [...line.matchAll(/<t[dh]\b[^>]*>(.*?)(?:<\/t[dh]>|$)/giu)].map((m) => inline(m[1] ?? ""));
    out.push("");
    if (cellTexts.length > 0) {
      if (/<td\b/iu.test(line)) headerCells = false;
      cells.push(...cellTexts);
      cellLine = out.length - 1;
      if (/<\/tr>/iu.test(line)) flushRow();
      continue;
    }
    const described = describedLine(line, term);
    if (described !== null) {
      term = described.term;
      out[out.length - 1] = described.text;
      continue;
    }
    const details = detailsLine(line);
    if (details !== null) {
      answerDue = details.answerDue;
      out[out.length - 1] = details.text;
      continue;
    }
    if (answerDue && inline(line) !== "") {
      answerDue = false;
      out[out.length - 1] = `A: ${inline(line)}`;
      continue;
    }
    // An ordered list's items are numbered, as the page shows them (the steps of a script sent as a mail).
    if (/<ol\b/iu.test(line)) numbered = 0;
    else if (/<ul\b/iu.test(line)) numbered = null;
    const item = numbered !== null && /<li\b/iu.test(line) ? ++numbered : null;
    out[out.length - 1] = brokenLines(line).replace(/^- /u, item === null ? "- " : `${item}. `);
    if (/<\/ol>/iu.test(line)) numbered = null;
  }
  flushRow();
  // A line broken with <br> inside a paragraph is several lines (so the text runs a few lines longer than the source).
  return withoutSignature(out.flatMap((line) => line.split("\n")));
}

/**
 * A definition list's line: `<dt>Term</dt><dd>Text</dd>` as "- Term: Text"; a term alone waits for its description on a
 * later line (returned as the term to carry, its own line empty). Null for a line holding neither.
 */
function describedLine(line: string, carried: string | null): { text: string; term: string | null } | null {
  const dt = /<dt\b[^>]*>(.*?)(?:<\/dt>|$)/iu.exec(line);
  const dd = /<dd\b[^>]*>(.*?)(?:<\/dd>|$)/iu.exec(line);
  if (dt === null && dd === null) return null;
  const label = dt === null ? carried : inline(dt[1] ?? "");
  if (dd === null) return { text: "", term: label };
  const text = inline(dd[1] ?? "");
  return { text: label === null || label === "" ? text : `- ${label.replace(/[:：]\s*$/u, "")}: ${text}`, term: null };
}

/** A question's summary: it ends asking. */
const ASKS = /[?？]\s*$/u;

/**
 * `<details><summary>Q</summary><p>A</p></details>`: a question and its answer ("Q: …" then "A: …"); a summary that
 * asks with its answer on later lines marks that answer due; any other summary titles the part it opens.
 */
function detailsLine(line: string): { text: string; answerDue: boolean } | null {
  const summary = /<summary\b[^>]*>(.*?)(?:<\/summary>|$)/iu.exec(line);
  if (summary === null) return null;
  const asked = inline(summary[1] ?? "");
  const answer = inline(line.slice(summary.index + summary[0].length));
  if (answer !== "") return { text: `Q: ${asked}\nA: ${answer}`, answerDue: false };
  if (ASKS.test(asked)) return { text: `Q: ${asked}`, answerDue: true };
  return { text: asked === "" ? "" : `## ${asked}`, answerDue: false };
}

function isQaHeader(cells: readonly string[]): boolean {
  return cells.length === 2 && QA_HEADER.every((label, i) => label.test(cells[i] ?? ""));
}

/** "<p>Name: X<br>Org: Y</p>", "<li>Check: …<br>If …</li>": each break a line, an item's further lines under it. */
function brokenLines(line: string): string {
  const parts = line.split(/<br\s*\/?>/iu);
  const [first, ...rest] = parts;
  const more = rest.map((part) => inline(part)).filter((text) => text !== "");
  if (more.length === 0) return blockLine(line);
  const head = blockLine(first ?? "");
  const indent = /^\s*-\s/u.test(head) ? "   " : "";
  return [head, ...more.map((text) => `${indent}${text}`)].join("\n");
}

/** One source line's block: a heading, a list item, an indented sub-item or plain text. */
function blockLine(line: string): string {
  const heading = /<h([1-6])\b[^>]*>(.*?)(?:<\/h\1>|$)/iu.exec(line);
  if (heading !== null) return `${"#".repeat(Number(heading[1]))} ${inline(heading[2] ?? "")}`;
  if (/<li\b/iu.test(line)) return `- ${inline(line.replace(/^.*?<li\b[^>]*>/iu, ""))}`;
  const bold = /^(?:\s|<(?:p|div|span|u|font)\b[^>]*>)*<(b|strong)\b[^>]*>(.*?)<\/\1>(.*)$/iu.exec(line);
  if (bold !== null) {
    const title = inline(bold[2] ?? "");
    const after = inline(bold[3] ?? "");
    // "<b>WHO YOU ARE</b>", "<b>IF THEY ASK…</b> (answer from this list only)": the whole paragraph is its title.
    if (title !== "" && (after === "" || /^[(（].*[)）]$/u.test(after))) return `## ${title}${after === "" ? "" : ` ${after}`}`;
    return `**${title}**${after === "" ? "" : ` ${after}`}`;
  }
  const margin = /margin-left:\s*(\d{1,3})(?:\.\d+)?pt/iu.exec(line);
  const hanging = /text-indent:\s*-/iu.test(line);
  const text = inline(line);
  if (margin !== null && !hanging && Number(margin[1]) >= SUB_ITEM_MARGIN_PT && text !== "") return `   - ${text.replace(/^[–—·•-]\s*/u, "")}`;
  return /^[·•]\s/u.test(text) ? `- ${text.slice(2)}` : text;
}

/** Inline markup to text: bold kept as Markdown's, line breaks and other tags dropped, entities decoded. */
function inline(html: string): string {
  const marked = html.replace(/<\/?(?:b|strong)\b[^>]*>/giu, "**").replace(/<[^<>]{0,400}>/gu, "");
  const text = decodeEntities(marked, ENTITIES).replace(/\*\*(\s*)\*\*/gu, "$1").replace(/\s+/gu, " ").trim();
  return text === "**" ? "" : text;
}

