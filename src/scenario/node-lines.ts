// A flowchart exported as text: one node a line, each opened by the same word, its name, a bar and what it holds
// ("Node Opening | Say: …"). Line for line, each node is an item "name: content" the section readers know.

/** The opening word, the node's name, a bar (full-width, or spaced), what the node holds (may be empty). */
const NODE = /^(\p{L}{1,12})[ \t]+([^｜|]{1,40}?)[ \t]*(?:｜|[ \t]\|(?:[ \t]|$))[ \t]*(.*)$/u;
/** A GFM table's delimiter row: its bars are a table's, not nodes'. */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** Enough nodes opened by one word to be the document's layout, not a sentence's chance. */
const MIN_NODES = 4;
/** A node has a name in words: "Step 5｜title" is a numbered step, not a node named "5". */
const NAMED = /\p{L}/u;

/** The node a line opens, or null (a bare number in the name's place is a step's numbering). */
function nodeOf(line: string): RegExpExecArray | null {
  const m = NODE.exec(line);
  return m !== null && NAMED.test(m[2] ?? "") ? m : null;
}

function nodeWord(lines: readonly string[]): string | null {
  if (lines.some((l) => TABLE_RULE.test(l))) return null;
  const counts = new Map<string, number>();
  for (const line of lines) {
    const m = nodeOf(line);
    if (m !== null) counts.set(m[1] ?? "", (counts.get(m[1] ?? "") ?? 0) + 1);
  }
  const [word, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return count >= MIN_NODES ? word : null;
}

export function hasNodeLines(lines: readonly string[]): boolean {
  return nodeWord(lines) !== null;
}

export function nodeLines(lines: readonly string[]): string[] {
  const word = nodeWord(lines);
  return lines.map((line) => {
    const m = nodeOf(line);
    if (word === null || m === null || m[1] !== word) return line;
    const content = (m[3] ?? "").trim();
    return `- ${(m[2] ?? "").trim()}:${content === "" ? "" : ` ${content}`}`;
  });
}
