// A dataset kept in a data file's comments (a helpdesk export pasted as `# Q: … A: …` lines above a YAML, TOML or INI
// tree): its question/answer and objection/reply pairs, added to the tree's FAQ as records the outline reads.

import { keyHeading } from "./key-words.js";

type Tree = Record<string, unknown>;

/** A whole-line comment at the margin (`#`, `;`, `//`, `--`): inside a YAML block scalar a `#` line is indented text. */
const COMMENT_LINE = /^(?:#+|;+|\/\/|--)[ \t]?(.*)$/u;

/** The labels a pasted dataset writes before each half of a pair, per part: what is asked, said against, answered. */
const LABELS = {
  asked: ["q", "question", "问", "问题"],
  said: ["objection", "pushback", "异议", "拒绝"],
  reply: ["a", "answer", "reply", "response", "答", "回", "回答", "回复", "应答"],
} as const;
type Part = keyof typeof LABELS;

const ALL = Object.values(LABELS).flat().sort((a, b) => b.length - a.length);
const LABEL = new RegExp(`(?:^|(?<=[\\s→>|]))(${ALL.join("|")})\\s*[:：]`, "giu");
const partOf = (label: string): Part | undefined =>
  (Object.keys(LABELS) as Part[]).find((p) => (LABELS[p] as readonly string[]).includes(label.toLowerCase()));

/** One labelled segment's text: its quotes and a trailing arrow or separator taken off. */
const clean = (s: string): string => {
  const text = s.trim().replace(/\s*(?:→|->|=>|\|)\s*$/u, "").trim();
  // `学员说“…”`, `Customer says "…"`: a short lead naming who says it, then the words themselves.
  return /^[^“"「]{0,16}[“"「]([^“”"「」]+)[”"」]$/u.exec(text)?.[1]?.trim() ?? text;
};

/** The pairs a text's margin comments hold, in order; a half with no other half is dropped. */
export function commentPairs(text: string): Tree[] {
  const pairs: Tree[] = [];
  let open = null as { part: Part; text: string } | null;
  for (const line of text.split(/\r?\n/u)) {
    const body = COMMENT_LINE.exec(line)?.[1];
    if (body === undefined) continue;
    const marks = [...body.matchAll(LABEL)];
    if (marks.length === 0 || (marks[0]?.index ?? 0) > 0) continue;
    for (const [i, m] of marks.entries()) {
      const part = partOf(m[1] ?? "");
      const said = clean(body.slice((m.index ?? 0) + m[0].length, marks[i + 1]?.index ?? body.length));
      if (part === undefined || said === "") continue;
      if (part !== "reply") { open = { part, text: said }; continue; }
      if (open === null) continue;
      pairs.push(open.part === "said" ? { objection: open.text, reply: said } : { q: open.text, a: said });
      open = null;
    }
  }
  return pairs;
}

/** The tree with the comments' pairs added to its FAQ list (a new FAQ when it has none as a list). */
export function withCommentData(tree: Tree, text: string): Tree {
  const pairs = commentPairs(text);
  if (pairs.length === 0) return tree;
  const key = Object.keys(tree).find((k) => keyHeading(k) === "FAQ" && Array.isArray(tree[k])) ?? (tree.FAQ === undefined ? "FAQ" : "FAQ (comments)");
  const list = Array.isArray(tree[key]) ? tree[key] as unknown[] : [];
  return { ...tree, [key]: [...list, ...pairs] };
}
