// RTF (a word processor's rich text) → the plain text a person reads in it: control words and tables of fonts,
// colours and document info dropped, hidden text (\v) left out, escapes and code-page bytes decoded, a table row as
// one "cell: cell" item, a wholly bold short paragraph as a heading.

/** Groups that hold no reading text: their contents are skipped whole. */
const SKIPPED_GROUPS = new Set(["fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl", "headerr", "footerl", "footerr", "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "mmathPr", "object", "fldinst", "bkmkstart", "bkmkend", "footnote", "annotation"]);

/** Control words that stand for a character. */
const SYMBOLS: Record<string, string> = { ldblquote: "“", rdblquote: "”", lquote: "‘", rquote: "’", emdash: "—", endash: "–", bullet: "•", tab: "\t", emspace: " ", enspace: " ", qmspace: " " };

/** Windows code pages an \ansicpg names, as TextDecoder labels. */
const CODE_PAGES: Record<string, string> = { "936": "gbk", "950": "big5", "932": "shift_jis", "949": "euc-kr", "65001": "utf-8" };

/** A paragraph set apart as a heading: all of it bold, and short. */
const HEADING_MAX_CHARS = 40;

const LATIN = new TextDecoder("windows-1252");

interface State { skip: boolean; hidden: boolean; bold: boolean; uc: number }

export const isRtf = (text: string): boolean => /^\s*\{\\rtf\d?/u.test(text);

export function rtfText(text: string): string | null {
  const codePage = /\\ansicpg(\d+)/u.exec(text)?.[1] ?? "1252";
  let decoder: TextDecoder;
  try { decoder = new TextDecoder(CODE_PAGES[codePage] ?? `windows-${codePage}`); } catch { decoder = new TextDecoder("windows-1252"); }
  const out: string[] = [];
  let line = "";
  let boldChars = 0;
  let textChars = 0;
  let cells: string[] = [];
  let bytes: number[] = [];
  let state: State = { skip: false, hidden: false, bold: false, uc: 1 };
  const stack: State[] = [];
  let fallback = 0;
  const flush = (): void => {
    // A byte the code page cannot place (a lone Latin-1 "\\'b7" in a GBK file) is read as Windows-1252.
    const said = decoder.decode(Uint8Array.from(bytes));
    if (bytes.length > 0) add(said.includes("\uFFFD") ? LATIN.decode(Uint8Array.from(bytes)) : said);
    bytes = [];
  };
  const add = (s: string): void => {
    if (state.skip || state.hidden || s === "") return;
    line += s;
    textChars += s.trim().length;
    if (state.bold) boldChars += s.trim().length;
  };
  const endParagraph = (): void => {
    const said = line.trim();
    const heading = said !== "" && boldChars === textChars && said.length <= HEADING_MAX_CHARS && !/^\d+[.、)]/u.test(said);
    out.push(heading ? `## ${said}` : line.replace(/\s+$/u, ""));
    line = "";
    boldChars = 0;
    textChars = 0;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === "{" || ch === "}") {
      flush();
      if (ch === "{") stack.push({ ...state });
      else state = stack.pop() ?? state;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") { i++; continue; }
    if (ch !== "\\") {
      flush();
      if (fallback > 0) fallback--;
      else add(ch);
      i++;
      continue;
    }
    const hex = /^\\'([0-9a-f]{2})/iu.exec(text.slice(i, i + 4));
    if (hex !== null) {
      if (fallback > 0) fallback--;
      else if (!state.skip && !state.hidden) bytes.push(parseInt(hex[1] ?? "0", 16));
      i += 4;
      continue;
    }
    flush();
    const word = /^\\([a-z]+)(-?\d+)? ?/iu.exec(text.slice(i, i + 40));
    if (word === null) {
      const next = text[i + 1] ?? "";
      if (next === "*") state.skip = true;
      else if (next === "~") add(" ");
      else if (next === "\n" || next === "\r") endParagraph();
      else if ("\\{}".includes(next)) add(next);
      i += 2;
      continue;
    }
    i += word[0].length;
    const [, name = "", arg] = word;
    const on = arg === undefined || arg !== "0";
    if (SKIPPED_GROUPS.has(name)) state.skip = true;
    else if (name === "v") state.hidden = on;
    else if (name === "b") state.bold = on;
    else if (name === "plain") { state.bold = false; state.hidden = false; }
    else if (name === "uc") state.uc = Number(arg ?? 1);
    else if (name === "u") { const code = Number(arg ?? 0); add(String.fromCodePoint(code < 0 ? code + 65536 : code)); fallback = state.uc; }
    else if (name === "par" || name === "line" || name === "sect" || name === "page") { if (!state.skip && !state.hidden) endParagraph(); }
    else if (name === "cell") { cells.push(line.trim()); line = ""; boldChars = 0; textChars = 0; }
    else if (name === "row") { if (cells.length > 0) out.push(`- ${cells.join(cells.length === 2 ? ": " : " | ")}`); cells = []; line = ""; }
    else if (SYMBOLS[name] !== undefined) add(SYMBOLS[name]);
  }
  flush();
  if (line.trim() !== "") endParagraph();
  const result = out.join("\n").replace(/\n{3,}/gu, "\n\n").trim();
  return result === "" ? null : result;
}
