// Node documents (KDL, SDLang): each line a node's name, its arguments and `key=value` properties, maybe a `{` that
// opens its children → the tree it spells: properties and children as fields, a name repeated as a list, a node of
// one argument as that value, a node of two ("field" "name" "Ann") as the pair it names.

type Tree = Record<string, unknown>;

const ATOM = String.raw`"(?:[^"\\]|\\.)*"|#?[\w.+-]+`;
const NODE = new RegExp(String.raw`^\s*(/-\s*)?([A-Za-z_][\w-]*)((?:\s+(?:[A-Za-z_][\w-]*=(?:${ATOM})|${ATOM}))*)\s*(\{)?\s*(?:\}\s*)?(?://.*)?$`, "u");
const PART = new RegExp(String.raw`([A-Za-z_][\w-]*)=(${ATOM})|(${ATOM})`, "gu");
const CLOSE = /^\s*\}\s*$/u;
const COMMENT = /^\s*(?:\/\/.*)?$/u;

function atom(raw: string): unknown {
  if (raw.startsWith('"')) return raw.slice(1, -1).replace(/\\n/gu, "\n").replace(/\\(.)/gu, "$1");
  const word = raw.replace(/^#/u, "");
  if (word === "true" || word === "false") return word === "true";
  if (word === "null") return null;
  return /^-?\d+(?:\.\d+)?$/u.test(word) ? Number(word) : word;
}

/** A line with its runs of blanks made one (the node pattern then never weighs one run of blanks against another). */
const squeezed = (line: string): string => line.replace(/\s+/gu, " ");

/** A scenario is a page or two: a far larger text is no node document worth the lines' patterns. */
export const NODE_DOCUMENT_MAX_CHARS = 256 * 1024;

/** Nearly every line a node or a closing brace, and several nodes with properties or arguments. */
export function isNodeDocument(text: string): boolean {
  if (text.length > NODE_DOCUMENT_MAX_CHARS) return false;
  const lines = text.split(/\r?\n/u).map(squeezed).filter((l) => !COMMENT.test(l));
  const nodes = lines.filter((l) => NODE.test(l));
  const closes = lines.filter((l) => CLOSE.test(l)).length;
  const withProps = nodes.filter((l) => /\s[A-Za-z_][\w-]*="/u.test(l)).length;
  return lines.length >= 5 && nodes.length + closes >= lines.length * 0.9 && closes >= 1 && withProps >= 3;
}

interface Node { name: string; args: unknown[]; props: Tree; children: Node[]; off: boolean }

function parse(lines: readonly string[]): Node[] {
  const root: Node = { name: "", args: [], props: {}, children: [], off: false };
  const stack: Node[] = [root];
  for (const line of lines) {
    if (COMMENT.test(line)) continue;
    if (CLOSE.test(line)) { if (stack.length > 1) stack.pop(); continue; }
    const m = NODE.exec(line);
    if (m === null) continue;
    const node: Node = { name: m[2] ?? "", args: [], props: {}, children: [], off: m[1] !== undefined };
    for (const p of (m[3] ?? "").matchAll(PART)) {
      if (p[1] !== undefined) node.props[p[1]] = atom(p[2] ?? "");
      else node.args.push(atom(p[3] ?? ""));
    }
    (stack[stack.length - 1] as Node).children.push(node);
    if (m[4] === "{" && !/\}\s*(?:\/\/.*)?$/u.test(line)) stack.push(node);
  }
  return root.children;
}

function value(node: Node): unknown {
  const fields: Tree = { ...node.props };
  merge(fields, node.children);
  if (Object.keys(fields).length === 0 && node.args.length === 1) return node.args[0];
  // A numbered node ("step 2 title=…") keeps its number apart from its fields.
  if (node.args.length === 1 && Object.keys(fields).length > 0 && typeof node.args[0] === "string") fields.text = node.args[0];
  return fields;
}

function merge(into: Tree, nodes: readonly Node[]): void {
  const counts = new Map<string, number>();
  for (const n of nodes) if (!n.off) counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
  for (const n of nodes) {
    // "/-" comments a node out; a node with two arguments and nothing else names a pair ("field" "name" "Ann").
    if (n.off) continue;
    if (n.args.length === 2 && typeof n.args[0] === "string" && Object.keys(n.props).length === 0 && n.children.length === 0) { into[n.args[0]] = n.args[1]; continue; }
    const v = value(n);
    if ((counts.get(n.name) ?? 0) > 1) into[n.name] = [...((into[n.name] as unknown[] | undefined) ?? []), v];
    else into[n.name] = v;
  }
}

export function nodeDocumentTree(text: string): Tree | null {
  const out: Tree = {};
  merge(out, parse(text.split(/\r?\n/u).map(squeezed)));
  return Object.keys(out).length === 0 ? null : out;
}
