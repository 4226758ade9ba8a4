// An extended M3U playlist ("#EXTM3U", "#EXTINF:<secs> group-title=\"…\",<title>" over a media path) as Markdown,
// line for line: a playlist that carries a document carries it in its track titles, so each title is a line of
// text, its group a heading (set on the free line before the track when the group changes), the media paths and
// "#" comments no content. A title holds one line only, so a writer joins a record's fields in it with a bar
// ("Step 2 Title｜Agent: …", "Q: …｜A: …"). A title first ("Step 2 Title") has the field after it as its content
// ("Step 2 Title: “…”", the field's own label dropped, quoted as the line said unless it quotes words itself, as
// a direction naming a line does); labelled fields ("Q: …｜A: …") go one a line, the further ones
// on the free media-path line under the track.

const HEADER = /^\uFEFF?#EXTM3U\b/u;
const TRACK = /^#EXTINF:\s*-?\d{0,9}(?:\.\d{1,6})?((?:\s+[\w-]{1,40}="[^"]{0,200}")*)\s*,(.*)$/u;
const GROUP_ATTRIBUTE = /\bgroup-title="([^"]{1,200})"/u;
const GROUP = /^#EXTGRP:\s*(.+)$/u;
const PLAYLIST = /^#PLAYLIST:\s*(.+)$/u;
/** The bar that joins a title's fields: a full-width one, or an ASCII one with spaces around it. */
const FIELD_BAR = /\s*｜\s*|\s+\|\s+/u;
/** "Label: …": a field that names itself. */
const LABELLED = /^[^:：\s]{1,12}[:：]\s*/u;
const QUOTE_MARK = /["“”「」『』]/u;
/** Tracks a playlist needs before it is read as one (a header alone may open an empty list). */
const MIN_TRACKS = 3;

export function isM3uPlaylist(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== "");
  if (first === undefined || !HEADER.test(first.trim())) return false;
  return lines.filter((line) => TRACK.test(line.trim())).length >= MIN_TRACKS;
}

export function m3uLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let group = "";
  /** The last line that holds no content: where a heading can go. */
  let free = -1;
  /** The fields of the last track's title after its first, waiting for its media-path line. */
  let pending = "";
  for (const raw of lines) {
    const line = raw.trim();
    const title = PLAYLIST.exec(line);
    const grouped = GROUP.exec(line);
    const track = TRACK.exec(line);
    if ((title !== null || grouped !== null || track !== null) && pending !== "") {
      out[out.length - 1] += ` ${pending}`;
      pending = "";
    }
    if (title !== null) {
      out.push(`# ${(title[1] ?? "").trim()}`);
    } else if (grouped !== null) {
      group = (grouped[1] ?? "").trim();
      free = out.length;
      out.push(`## ${group}`);
    } else if (track !== null) {
      const named = GROUP_ATTRIBUTE.exec(track[1] ?? "")?.[1]?.trim();
      if (named !== undefined && named !== group && free >= 0) {
        // A track of another group than the one open: its group is a heading on the free line before it.
        out[free] = `## ${named}`;
        group = named;
      }
      const [head = "", ...fields] = (track[2] ?? "").trim().split(FIELD_BAR);
      if (fields.length > 0 && !LABELLED.test(head)) {
        const content = fields.map((field) => field.replace(LABELLED, "")).join(" ");
        out.push(`${head}：${QUOTE_MARK.test(content) ? content : `“${content}”`}`);
      } else {
        out.push(head);
        pending = fields.join(" ");
      }
      free = -1;
      continue;
    } else if (pending !== "" && line !== "" && !line.startsWith("#")) {
      // The track's media path: the free line its title's further fields go on.
      out.push(pending);
      pending = "";
      continue;
    } else {
      // The header, a media path, a comment or a blank line: no content.
      if (pending !== "") out[out.length - 1] += ` ${pending}`;
      pending = "";
      out.push("");
    }
    if (title === null && grouped === null) free = out.length - 1;
  }
  if (pending !== "") out[out.length - 1] += ` ${pending}`;
  return out;
}
