// BBCode (forum posts) as Markdown, line for line: [list]/[*] items, [b] bold, a titled [quote=…]/[spoiler=…] block as
// a section under its title, a one-line quote as a quote; colours, sizes, links and rules carry no content.

const TAG = /\[(\/?)(b|i|u|s|color|size|font|list|\*|quote|spoiler|url|img|code|hr|center|left|right)\b[^\]]*\]/giu;

export function isBbcode(lines: readonly string[]): boolean {
  const text = lines.join("\n");
  return (text.match(TAG)?.length ?? 0) >= 6 && /\[\/(?:b|list|quote|color|size)\]/iu.test(text);
}

/** Inline tags: bold and strike keep their marks (a struck item is retired), the rest only their text. */
function inline(text: string): string {
  return text.replace(/\[(\/?)(b|s)\]/giu, (_m, _c: string, t: string) => (t.toLowerCase() === "b" ? "**" : "~~"))
    .replace(/\[img\][^[]*\[\/img\]/giu, "")
    .replace(/\[\/?(?:i|u|color|size|font|url|center|left|right|code)\b[^\]]*\]/giu, "");
}

export function bbcodeLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  for (const raw of lines) {
    let line = raw;
    const parts: string[] = [];
    // A one-line quote ("[quote=who]text[/quote]"): a reply set apart, not the post's text.
    const oneLine = /^\s*\[quote(?:=[^\]]*)?\](.*)\[\/quote\]\s*$/iu.exec(line);
    if (oneLine !== null) { out.push(`> ${inline(oneLine[1] ?? "")}`); continue; }
    const titled = /^\s*\[(quote|spoiler)(?:=([^\]]*))?\]\s*(.*)$/iu.exec(line);
    if (titled !== null) { parts.push(titled[2] !== undefined && titled[2].trim() !== "" ? `## ${titled[2].trim()}` : ""); line = titled[3] ?? ""; }
    line = line.replace(/\[\/(?:quote|spoiler)\]/giu, "").replace(/\[hr\]/giu, "");
    for (const m of line.matchAll(/\[list(=1|=a|=i)?\]|\[\/list\]/giu)) {
      if (m[0].toLowerCase() === "[/list]") lists.pop();
      else lists.push({ ordered: m[1] !== undefined, n: 0 });
    }
    line = line.replace(/\[list(?:=[^\]]*)?\]|\[\/list\]/giu, "");
    const item = /^\s*\[\*\]\s*(.*)$/u.exec(line);
    const top = lists[lists.length - 1];
    if (item !== null && top !== undefined) {
      top.n++;
      const indent = "   ".repeat(Math.max(0, lists.length - 1));
      line = `${indent}${top.ordered ? `${top.n}.` : "-"} ${item[1] ?? ""}`;
    }
    parts.push(inline(line));
    out.push(parts.filter((p) => p.trim() !== "").join(" ").trimEnd());
  }
  return out;
}
