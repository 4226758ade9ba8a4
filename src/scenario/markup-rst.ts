// reStructuredText as Markdown, line for line: underlined (and overlined) titles, directives and comments, "#."
// auto-numbered lists, ":Field: value" field lists and "text::" literal-block markers.

/** A title's adornment: one punctuation character repeated (RST allows any; these are the ones writers use). */
const ADORNMENT = /^([=\-~^"'`#*+:.])\1{2,}\s*$/;
/** ".. note:: …", ".. contents::", ".. comment": an explicit markup block, with its indented continuation. */
const EXPLICIT = /^\.\.(?:\s|$)/;
const DIRECTIVE = /^\.\.\s+[\w-]+::/;
const FIELD = /^:([^:\s][^:]{0,40}):\s+(\S.*)$/u;
const AUTO_NUMBER = /^(\s*)#\.(\s+)/;

/** The title line an underline at `i` adorns: text, not indented, not itself an adornment, as wide or narrower. */
function underlined(lines: readonly string[], i: number): boolean {
  const under = lines[i] ?? "";
  const title = lines[i - 1] ?? "";
  const over = i >= 2 && (lines[i - 2] ?? "").trim() === under.trim();
  // An overlined title may be inset; an underlined one starts at the margin (an indented line is a block's text).
  if (!ADORNMENT.test(under) || title.trim() === "" || (!over && /^\s/.test(title)) || ADORNMENT.test(title)) return false;
  // A CJK character takes two columns, so a title may be half as many characters as its underline is long.
  return under.trim().length >= 3 && under.trim().length * 2 >= title.trim().length && (i < 2 || (lines[i - 2] ?? "").trim() === "" || ADORNMENT.test(lines[i - 2] ?? ""));
}

/** A document is RST when it has a directive, or a title underlined with a mark Markdown never uses for one. */
export function isRst(lines: readonly string[]): boolean {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line[0] === "." && DIRECTIVE.test(line)) return true;
    if (line.length >= 3 && !line.startsWith("=") && !line.startsWith("-") && underlined(lines, i)) return true;
  }
  return false;
}

export function rstLines(lines: readonly string[]): string[] {
  const out = [...lines];
  /** Adornment styles in order of first use: the first is level 1 (RST's rule). */
  const styles: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!underlined(lines, i)) continue;
    const over = i >= 2 && (lines[i - 2] ?? "").trim() === (lines[i] ?? "").trim();
    const style = `${over ? "o" : ""}${(lines[i] ?? "").trim()[0] ?? ""}`;
    if (!styles.includes(style)) styles.push(style);
    out[i - 1] = `${"#".repeat(Math.min(6, styles.indexOf(style) + 1))} ${(lines[i - 1] ?? "").trim()}`;
    out[i] = "";
    if (over) out[i - 2] = "";
  }
  for (let i = 0; i < out.length; i++) {
    const line = out[i] ?? "";
    if (EXPLICIT.test(line)) {
      // The directive and its indented body are instructions to the renderer or the editor, not the call's content.
      out[i] = "";
      while (i + 1 < out.length && (/^\s+\S/.test(out[i + 1] ?? ""))) out[++i] = "";
      continue;
    }
    const field = FIELD.exec(line);
    if (field !== null) { out[i] = `- ${field[1] ?? ""}: ${field[2] ?? ""}`; continue; }
    let text = line.replace(AUTO_NUMBER, "$11.$2");
    // "Say::" opens a literal block: the label ends with one colon.
    if (/\S::\s*$/.test(text)) text = text.replace(/::\s*$/, ":");
    out[i] = text;
  }
  return out;
}
