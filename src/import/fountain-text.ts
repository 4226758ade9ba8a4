// Fountain screenplay → the Markdown it spells: boneyard (/* */) cut, `= synopsis` and `> centred <` lines as
// headings, notes ([[…]]) as plain lines, each character cue with its dialogue as one "Name: “line”", and a
// capitalised label over "key: value" lines as a section of fields.

/** A title page opens with "Title:" (or another title-page key) and a cue in capitals stands over dialogue. */
export const isFountain = (text: string): boolean =>
  /^(?:Title|Credit|Author|Draft date):/mu.test(text.trimStart().split(/\r?\n/u)[0] ?? "") && /^(?:INT|EXT|EST|INT\.\/EXT)[. ]/mu.test(text);

const CUE = /^([A-Z][A-Z0-9 .'’-]+?)\s*(?:\(([^)]*)\))?\s*\^?$/u;

const FIELD = /^[^:：]{1,30}[:：]\s*\S/u;

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

export function fountainText(text: string): string | null {
  const lines = text.replace(/\/\*[\s\S]*?\*\//gu, "").replace(/\[\[([\s\S]*?)\]\]/gu, "$1").split(/\r?\n/u);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const previous = (lines[i - 1] ?? "").trim();
    const next = (lines[i + 1] ?? "").trim();
    const synopsis = /^=(?!==)\s*(.+)$/u.exec(line);
    const centred = /^>\s*(.+?)\s*<$/u.exec(line);
    if (synopsis !== null || centred !== null) { out.push(`## ${(synopsis ?? centred)?.[1] ?? ""}`); continue; }
    const cue = CUE.exec(line);
    if (cue !== null && previous === "" && next !== "" && /\p{Ll}/u.test(next)) {
      const said: string[] = [];
      for (i++; i < lines.length && (lines[i] ?? "").trim() !== ""; i++) {
        const part = (lines[i] ?? "").trim();
        if (!/^\(.*\)$/u.test(part)) said.push(part);
      }
      // A cue over "key: value" lines is a card shown on screen (its heading and fields), not a character speaking.
      if (said.length > 1 && said.every((l) => FIELD.test(l))) out.push(`## ${titleCase(cue[1] ?? "")}`, ...said.map((l) => `- ${l}`), "");
      else out.push(`${titleCase(cue[1] ?? "")}: “${said.join(" ")}”`, "");
      continue;
    }
    out.push(line);
  }
  const result = out.join("\n").replace(/\n{3,}/gu, "\n\n").trim();
  return result === "" ? null : result;
}
