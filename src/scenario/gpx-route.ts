// A GPX file that carries a document ("<gpx>", "<metadata>", waypoints, a route, "<extensions>") as Markdown, line
// for line. GPX gives every point a name, a comment and a description: the metadata's name is the title and its
// description a line; a waypoint is a part headed by its comment when that is a short label (else by its name), its
// description and extension fields its lines; a route is a part headed by its name, each route point an item (its
// name the title, its description the line said, its comment the branches, one a line on the point's free lines);
// an extension element holding others is a part headed by its local name, a leaf in it a labelled line ("id=" a
// leaf's own label), a question-and-answer pair one entry. Track points, times, elevations, symbols and XML comments
// are no content.

const GPX_ROOT = /<gpx\b/u;
/** How far into the file the root element is looked for. */
const HEAD_LINES = 12;
const LEAF = /^\s*<([\w:.-]{1,60})((?:\s+[\w:.-]{1,40}="[^"]{0,200}")*)\s*>(.*)<\/\1>\s*$/u;
const OPEN = /^\s*<([\w:.-]{1,60})(?:\s[^<>]{0,400})?>\s*$/u;
const CLOSE = /^\s*<\/([\w:.-]{1,60})>\s*$/u;
const ID_ATTRIBUTE = /\b(?:id|name|key)="([^"]{1,80})"/u;
/** GPX's own bookkeeping: no content. */
const BOOKKEEPING = new Set(["time", "ele", "sym", "type", "keywords", "author", "link", "src", "number", "bounds", "copyright", "email", "fix", "sat", "hdop", "vdop", "pdop", "trk", "trkseg", "trkpt"]);
/** "Branch – …", "Branch: …": the mark that opens each branch of a comment holding several. */
const BRANCH_MARK = /^\s*([A-Z][a-z]{2,12})\s*[–—:-]\s+/u;
const SEPARATOR = /^\s*[–—:-]\s+/u;
/** A comment short enough to label a point ("Customer record"), not a sentence about it. */
const LABEL = /^[^.!?。！？]{1,40}$/u;

export function isGpx(lines: readonly string[]): boolean {
  return lines.slice(0, HEAD_LINES).some((line) => GPX_ROOT.test(line));
}

const local = (tag: string): string => tag.replace(/^[\w.-]{1,30}:/u, "").toLowerCase();

/** "endWhen" → "End when", "identity_fail" → "Identity fail". */
function words(tag: string): string {
  const spaced = tag.replace(/^[\w.-]{1,30}:/u, "").replace(/([a-z])([A-Z])/gu, "$1 $2").replace(/[_-]+/gu, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

const unescape = (text: string): string => text.replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&quot;/gu, "\"").replace(/&apos;/gu, "'").replace(/&amp;/gu, "&").trim();

function quoted(text: string): string {
  return /["“”「」『』]/u.test(text) ? text : `“${text}”`;
}

/** A comment's branches: split where its opening mark repeats ("Branch – a. Branch – b"). */
function branchesOf(text: string): string[] {
  const mark = BRANCH_MARK.exec(text);
  if (mark === null || mark.index !== 0) return [text];
  const parts = text.split(mark[1] ?? "").slice(1);
  if (!parts.every((part) => SEPARATOR.test(part))) return [text];
  return parts.map((part) => part.replace(SEPARATOR, "").trim()).filter((part) => part !== "");
}

interface Point { open: number; close: number; fields: Map<string, { at: number; text: string }> }

/** The elements between an open tag and its close: their leaf fields by local name. */
function pointAt(lines: readonly string[], open: number, tag: string): Point {
  const fields = new Map<string, { at: number; text: string }>();
  let at = open + 1;
  for (; at < lines.length; at++) {
    const close = CLOSE.exec(lines[at] ?? "");
    if (close !== null && close[1] === tag) break;
    const leaf = LEAF.exec(lines[at] ?? "");
    if (leaf !== null && !fields.has(local(leaf[1] ?? ""))) fields.set(local(leaf[1] ?? ""), { at, text: unescape(leaf[3] ?? "") });
  }
  return { open, close: at, fields };
}

export function gpxLines(lines: readonly string[]): string[] {
  const out = lines.map(() => "");
  let comment = false;
  let items = 0;
  /** Lines a route read already (its name and description). */
  const taken = new Set<number>();
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] ?? "";
    if (taken.has(at)) continue;
    // XML comments (a retired field commented out among them) are no content.
    if (comment || line.includes("<!--")) {
      comment = !line.includes("-->");
      continue;
    }
    const open = OPEN.exec(line);
    const tag = open === null ? "" : local(open[1] ?? "");
    if (open !== null && (tag === "metadata" || tag === "wpt" || tag === "rte" || tag === "rtept")) {
      const point = pointAt(lines, at, open[1] ?? "");
      const name = point.fields.get("name");
      const cmt = point.fields.get("cmt");
      const desc = point.fields.get("desc");
      if (tag === "metadata") {
        if (name !== undefined) out[name.at] = `# ${name.text}`;
        if (desc !== undefined) out[desc.at] = desc.text;
        at = point.close;
      } else if (tag === "wpt") {
        const heading = cmt !== undefined && LABEL.test(cmt.text) ? cmt.text : name?.text ?? "Point";
        out[at] = `## ${heading}`;
        if (desc !== undefined) out[desc.at] = desc.text;
        // Its extension fields follow as labelled lines (read below, line by line).
        for (const [field, value] of point.fields) if (!["name", "cmt", "desc"].includes(field) && !BOOKKEEPING.has(field)) out[value.at] = `- ${words(field)}：${value.text}`;
        at = point.close;
      } else if (tag === "rte") {
        items = 0;
        out[at] = `## ${name?.text ?? "Route"}`;
        if (name !== undefined) taken.add(name.at);
        // The route's own description, before its first point, is a line of the part.
        const firstPoint = lines.findIndex((l, i) => i > at && OPEN.exec(l)?.[1] !== undefined && local(OPEN.exec(l)?.[1] ?? "") === "rtept");
        if (desc !== undefined && (firstPoint < 0 || desc.at < firstPoint)) {
          out[desc.at] = desc.text;
          taken.add(desc.at);
        }
      } else {
        items++;
        const title = name?.text ?? "";
        const numbered = /^\D{0,6}\d{1,3}\D/u.test(title) ? "" : `${items}. `;
        out[at] = `${numbered}${title}${desc === undefined ? "" : `：${quoted(desc.text)}`}`;
        // The point's other lines are free: its branches go one a line on them, the rest joined on the last.
        const slots: number[] = [];
        for (let i = at + 1; i <= point.close; i++) slots.push(i);
        const branches = cmt === undefined ? [] : branchesOf(cmt.text);
        branches.forEach((branch, i) => {
          const slot = slots[Math.min(i, slots.length - 1)];
          if (slot !== undefined) out[slot] = out[slot] === "" ? `   - ${branch}` : `${out[slot]} ${branch}`;
        });
        at = point.close;
      }
      continue;
    }
    if (open !== null) {
      // An element holding others: a part headed by its name (GPX's own wrappers and bookkeeping aside).
      if (tag !== "gpx" && tag !== "extensions" && !BOOKKEEPING.has(tag)) out[at] = `## ${words(open[1] ?? "")}`;
      if (BOOKKEEPING.has(tag)) at = pointAt(lines, at, open[1] ?? "").close;
      continue;
    }
    const leaf = LEAF.exec(line);
    if (leaf !== null && !BOOKKEEPING.has(local(leaf[1] ?? ""))) {
      const text = unescape((leaf[3] ?? "").replace(/<[^<>]{1,80}>/gu, " "));
      const pair = /<([\w:.-]{1,60})>([^<]{1,2000})<\/\1>\s*<([\w:.-]{1,60})>([^<]{1,2000})<\/\3>/u.exec(leaf[3] ?? "");
      const own = ID_ATTRIBUTE.exec(leaf[2] ?? "")?.[1];
      if (pair !== null) out[at] = `- Q: ${unescape(pair[2] ?? "")} A: ${unescape(pair[4] ?? "")}`;
      else if (own !== undefined) out[at] = `- ${words(own)}：${quoted(text)}`;
      else out[at] = `- ${words(leaf[1] ?? "")}：${text}`;
    }
  }
  return out;
}
