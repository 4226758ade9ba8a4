// Perl POD (plain old documentation) → the Markdown it spells: =headN as headings, =item as list items (a short
// label joined to its first paragraph), formatting codes (I<…>, B<…>, E<gt>) resolved; =begin/=end and =for blocks
// (comments, other formats) and the code outside =pod…=cut left out.

const COMMAND = /^=([a-z]+\d?)\b[ \t]*(.*)$/u;
/** A text is POD when it has this many POD commands, at least one a heading or an item. */
const MIN_COMMANDS = 3;

export function isPod(text: string): boolean {
  const commands = text.split(/\r?\n/u).filter((l) => /^=(?:pod|head\d|over|item|back|begin|end|for|cut|encoding)\b/u.test(l));
  return commands.length >= MIN_COMMANDS && commands.some((l) => /^=(?:head\d|item)\b/u.test(l));
}

const ESCAPES: Record<string, string> = { lt: "<", gt: ">", verbar: "|", sol: "/" };

/** Formatting codes, innermost first: their text kept, a link's shown text kept, E<…> escapes resolved. */
function plain(s: string): string {
  let out = s.replace(/([A-Z])<<+\s+(.*?)\s+>>+/gu, "$1<$2>");
  for (let previous = ""; previous !== out;) {
    previous = out;
    out = out.replace(/([A-Z])<([^<>]*)>/gu, (_m, code: string, inner: string) =>
      code === "E" ? ESCAPES[inner] ?? (/^\d+$/u.test(inner) ? String.fromCodePoint(Number(inner)) : inner) : code === "Z" ? "" : code === "L" ? inner.split("|")[0] ?? "" : inner);
  }
  return out;
}

export function podText(text: string): string | null {
  const paragraphs = text.split(/\r?\n[ \t]*\r?\n/u);
  const out: string[] = [];
  let inPod = !/^\s*(?:[^=\s])/u.test(text) || /^=/u.test(text.trimStart());
  let skipUntil: string | null = null;
  let item: string | null = null;
  for (const raw of paragraphs) {
    const para = raw.replace(/^\r?\n+/u, "");
    const command = COMMAND.exec(para.split(/\r?\n/u)[0] ?? "");
    if (command !== null) {
      const [, name = "", rest = ""] = command;
      if (skipUntil !== null) { if (name === "end" && rest.trim() === skipUntil) skipUntil = null; continue; }
      inPod = name !== "cut";
      if (name === "begin") skipUntil = rest.trim();
      else if (/^head\d$/u.test(name)) { out.push(`${"#".repeat(Math.min(6, Number(name.slice(4)) + 1))} ${plain(rest.trim())}`); item = null; }
      else if (name === "item") {
        const label = plain(rest.trim()).replace(/^\*\s*/u, "");
        item = /^\d+[.)]/u.test(label) ? label : `- ${label}`;
        out.push(item);
      } else if (name === "back") item = null;
      continue;
    }
    if (!inPod || skipUntil !== null || para.trim() === "") continue;
    // A verbatim paragraph (indented) is code: kept as a code block.
    if (/^[ \t]/u.test(para)) { out.push(para); continue; }
    const said = plain(para.replace(/\s*\r?\n\s*/gu, " ").trim());
    // An item's first paragraph completes its label ("Owner" + "Ana Ruiz" → "- Owner: Ana Ruiz").
    if (item !== null && out[out.length - 1] === item) {
      out[out.length - 1] = `${item}${/[.?!:;：？。！]$/u.test(item) ? " " : ": "}${said}`;
      continue;
    }
    out.push(item !== null ? `   ${said}` : said);
  }
  const result = out.join("\n\n").trim();
  return result === "" ? null : result;
}
