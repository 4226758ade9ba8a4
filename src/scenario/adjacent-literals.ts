// A configuration in libconfig or C style splits a long string over lines as adjacent literals
// (`say = "first half "` over `"second half";`), which its parser joins. Every reader after this one sees the
// value whole: the literals are joined on the key's line and the lines they came from left blank, so line
// numbers stay the source's.

/** `key = "…"` (or `key: "…"`) with no terminator: a value that may go on in the literal on the next line. */
const OPEN_VALUE = /^(\s*[A-Za-z_][\w.-]{0,40}\s*[=:]\s*"(?:[^"\\]|\\.)*)"\s*$/u;
/** A line that is one more literal: `"…"`, maybe closing the value (`;`, `,`, a bracket, and what follows them). */
const MORE = /^\s*"((?:[^"\\]|\\.)*)"(\s*(?:[;,)}\]][^"]*)?)$/u;
/** `key = "…";` lines a text needs before it is read as such a configuration. */
const MIN_ASSIGNMENTS = 5;
const ASSIGNMENT = /^\s*[A-Za-z_][\w.-]{0,40}\s*=\s*"(?:[^"\\]|\\.)*"\s*[;,]\s*$/u;

function isConfiguration(lines: readonly string[]): boolean {
  let count = 0;
  for (const line of lines) if (ASSIGNMENT.test(line) && ++count >= MIN_ASSIGNMENTS) return true;
  return false;
}

/** The text with adjacent string literals joined, or the text as it was when it holds none. */
export function joinAdjacentLiterals(text: string): string {
  if (!text.includes("\"\n") && !text.includes("\"\r\n")) return text;
  const lines = text.split(/\r\n|\n/u);
  if (!isConfiguration(lines)) return text;
  let changed = false;
  for (let at = 0; at < lines.length; at++) {
    const open = OPEN_VALUE.exec(lines[at] ?? "");
    if (open === null) continue;
    let joined = open[1] ?? "";
    let end = at + 1;
    let tail = "";
    while (end < lines.length) {
      const more = MORE.exec(lines[end] ?? "");
      if (more === null) break;
      joined += more[1] ?? "";
      lines[end] = "";
      end++;
      tail = (more[2] ?? "").trim();
      if (tail !== "") break;
    }
    if (end === at + 1) continue;
    lines[at] = `${joined}"${tail}`;
    changed = true;
    at = end - 1;
  }
  return changed ? lines.join("\n") : text;
}

/** A decoded document with its adjacent literals joined. */
export function withJoinedLiterals<T extends { text: string }>(decoded: T): T {
  const text = joinAdjacentLiterals(decoded.text);
  return text === decoded.text ? decoded : { ...decoded, text };
}
