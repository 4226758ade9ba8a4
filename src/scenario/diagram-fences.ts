// A script drawn as a diagram (a fenced ```mermaid flowchart or ```plantuml activity diagram) → the numbered list it
// means: nodes on the main path in edge order are steps, a detour off a decision is a branch of the step before it,
// decisions and start/end markers are diagram syntax. The list fills the fence's own lines (the count is kept).

const DIAGRAM_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*(mermaid|plantuml|puml)\b/i;

export function hasDiagramFence(lines: readonly string[]): boolean {
  return lines.some((line) => (line.includes("```") || line.includes("~~~")) && DIAGRAM_FENCE.test(line));
}

interface Item { text: string; branches: string[] }

/** Mermaid node shapes: id then [..], (..), ([..]), [[..]], ((..)), {..}, {{..}}; a `{` shape is a decision. */
const NODE = /([A-Za-z0-9_]+)\s*(\(\[|\[\[|\(\(|\{\{|\[|\(|\{)\s*"?((?:[^"\])}]|"(?=[^\])}]))*?)"?\s*(\]\)|\]\]|\)\)|\}\}|\]|\)|\})/g;
const ARROW = /\s*(?:--\s*[^->|]+?\s*-->|-->\s*\|[^|]*\||-\.->|==>|-->|---)\s*/;
const MAX_LINE = 2000;
const BREAK = /<br\s*\/?>/gi;
const TAG = /<\/?[a-z][^>]*>/gi;

function mermaidItems(body: readonly string[]): Item[] {
  const label = new Map<string, string>();
  const decision = new Set<string>();
  const order: string[] = [];
  const next = new Map<string, string[]>();
  // A diagram line is short; a very long one is no node definition, and is not fed to the node pattern.
  for (const raw of body.filter((l) => l.length <= MAX_LINE)) {
    const line = raw.replace(NODE, (_m, id: string, open: string, text: string) => {
      if (!label.has(id)) { label.set(id, text); order.push(id); }
      if (open.startsWith("{")) decision.add(id);
      return id;
    });
    const ids = line.split(ARROW).map((s) => s.trim().split(/[\s&;]/)[0] ?? "").filter((s) => /^[A-Za-z0-9_]+$/.test(s));
    if (ids.length < 2) continue;
    for (const id of ids) if (!order.includes(id)) order.push(id);
    for (let i = 0; i + 1 < ids.length; i++) next.set(ids[i] ?? "", [...(next.get(ids[i] ?? "") ?? []), ids[i + 1] ?? ""]);
  }
  const text = (id: string): string => (label.get(id) ?? "").replace(BREAK, "\n").replace(TAG, "").trim();
  return walk(order[0], next, decision, text);
}

/** From the start: at a decision the way on is the target the others rejoin (or that goes on); the rest are branches. */
function walk(start: string | undefined, next: Map<string, string[]>, decision: Set<string>, text: (id: string) => string): Item[] {
  const items: Item[] = [];
  const seen = new Set<string>();
  for (let id = start; id !== undefined && !seen.has(id); ) {
    seen.add(id);
    const outs = next.get(id) ?? [];
    if (decision.has(id)) {
      const main = outs.find((t) => outs.some((o) => o !== t && (next.get(o) ?? []).includes(t))) ?? outs.find((t) => (next.get(t) ?? []).length > 0) ?? outs[0];
      for (const t of outs.filter((o) => o !== main)) { seen.add(t); items[items.length - 1]?.branches.push(text(t)); }
      id = main;
      continue;
    }
    // A terminal marker (no way on) is no step.
    if (outs.length > 0 || items.length === 0) items.push({ text: text(id), branches: [] });
    id = outs.find((t) => !seen.has(t));
  }
  return items.filter((i) => i.text !== "");
}

/** PlantUML activities `:…;` (over several lines), `if (…) then … endif` blocks: activities inside an if are branches. */
function plantumlItems(body: readonly string[]): Item[] {
  const items: Item[] = [];
  let depth = 0;
  let open: string[] | null = null;
  for (const raw of body) {
    const line = raw.trim();
    if (open !== null) { open.push(line); if (line.endsWith(";")) { add(open.join("\n")); open = null; } continue; }
    if (/^if\s*\(/i.test(line)) depth++;
    else if (/^end\s?if\b/i.test(line)) depth = Math.max(0, depth - 1);
    else if (line.startsWith(":")) { if (line.endsWith(";")) add(line); else open = [line]; }
  }
  function add(activity: string): void {
    const text = activity.replace(/^:/, "").replace(/;$/, "").replace(BREAK, "\n").replace(TAG, "").trim();
    if (depth > 0 && items.length > 0) items[items.length - 1]?.branches.push(text);
    else items.push({ text, branches: [] });
  }
  return items;
}

/** The diagram's items as list lines: the item's first line numbered, its other lines and branches indented under it. */
function listLines(items: readonly Item[]): string[] {
  return items.flatMap((item, i) => {
    const [first = "", ...more] = item.text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    const title = /^\d+[.)]\s/.test(first) ? first.replace(/^(\d+)[.)]\s+/, "") : first;
    return [`${i + 1}. ${title}`, ...[...more, ...item.branches.flatMap((b) => b.split("\n"))].map((l) => `   ${l.trim()}`)];
  });
}

export function diagramFenceLines(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const open = DIAGRAM_FENCE.exec(lines[i] ?? "");
    if (open === null) continue;
    const fence = open[1] ?? "```";
    let end = i + 1;
    while (end < lines.length && !(lines[end] ?? "").trimStart().startsWith(fence)) end++;
    const body = lines.slice(i + 1, end);
    const items = /mermaid/i.test(open[2] ?? "") ? mermaidItems(body) : plantumlItems(body);
    if (items.length === 0) continue;
    const list = listLines(items);
    const slots = Math.min(end + 1, lines.length) - i;
    // Fill the fence's lines; what does not fit joins the last one, so every line below keeps its number.
    for (let k = 0; k < slots; k++) out[i + k] = k < slots - 1 ? list[k] ?? "" : list.slice(k).join(" ");
    i = end;
  }
  return out;
}
