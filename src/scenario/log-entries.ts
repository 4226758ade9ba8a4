// A handover log or chat export: entries headed by a time ("17:52 Name 记 打法:", "08:05 Name noted the script:",
// "Name 2026-11-28 09:02", "Name  [9:12 AM]"), each entry's text indented under it or in the lines after it. The
// entry line says who wrote when, and perhaps the entry's topic: the topic becomes the entry's heading, a header
// without one a blank line, the entry's text is dedented. Line for line, so every line keeps its number.

/** A clock time, 24-hour or with AM/PM. */
const TIME = String.raw`\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?`;
/** "记", "备注", "noted", "wrote": the verb of a log entry's writer (data, both languages). */
const WRITES = String.raw`(?:记录|记|备注|留言|交代|写|noted|notes|wrote|writes|logged|added|says)`;
/** "17:52 某某 记 打法:", "【08:20 某某 备注】", "08:05 Name noted the script:", "18:12 结束语:": time first. */
const TIME_FIRST = new RegExp(String.raw`^[【\[]?(${TIME})[】\]]?\s+(?:([^\s:：【】\[\]]{1,24})\s+${WRITES}(?![A-Za-z]))?\s*([^:：【】\[\]]{0,40}?)\s*[】\]]?\s*[:：]?\s*[】\]]?\s*$`, "u");
/** "某某 2026-11-28 09:02", "Name Surname  [9:12 AM]": a chat message's header, the writer before the time. */
const WRITER_FIRST = new RegExp(String.raw`^([^\s:：\[\]]{1,24}(?:\s[^\s:：\[\]]{1,24}){0,2})\s+(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\[?${TIME}\]?\s*$`, "u");
/** "2026-12-01 17:02  某某", "2026/12/01 9:12 AM Name Surname": a chat export's header, dated, the writer after the time. */
const DATED_TIME_FIRST = new RegExp(String.raw`^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+${TIME}(?::\d{2})?\s+[^\s:：\[\]]{1,24}(?:\s[^\s:：\[\]]{1,24}){0,2}\s*$`, "u");
/** A log has this many entries at least: one or two timed lines are times, not a log. */
const MIN_ENTRIES = 3;

interface Entry { at: number; topic: string }

function entryOf(line: string, at: number): Entry | null {
  if (/^\s/u.test(line)) return null;
  const timed = TIME_FIRST.exec(line.trim());
  if (timed !== null) {
    // "18:12 结束语:" names the topic; "17:40 某某 记:" only the writer, whose entry has no topic.
    const topic = (timed[3] ?? "").replace(/^(?:the|a|some)\s+/iu, "").trim();
    return { at, topic };
  }
  return WRITER_FIRST.test(line.trim()) || DATED_TIME_FIRST.test(line.trim()) ? { at, topic: "" } : null;
}

export function hasLogEntries(lines: readonly string[]): boolean {
  return lines.filter((l, i) => entryOf(l, i) !== null).length >= MIN_ENTRIES;
}

/** The log as Markdown: an entry with a topic is a heading over its text, one without it a blank line; text dedented. */
export function logEntryLines(lines: readonly string[]): string[] {
  const entries = lines.map((l, i) => entryOf(l, i));
  const indent = commonIndent(lines.filter((l, i) => entries[i] === null && l.trim() !== ""));
  return lines.map((line, i) => {
    const entry = entries[i];
    if (entry === null || entry === undefined) return line.slice(Math.min(indent, leading(line)));
    // A topic that is a whole clause ("read and started calls") is the entry's text, not a heading.
    return entry.topic === "" ? "" : `## ${entry.topic}`;
  });
}

function leading(line: string): number {
  return line.length - line.trimStart().length;
}

/** The indent every entry's text shares (the log's own margin for text), so lists inside keep their nesting. */
function commonIndent(body: readonly string[]): number {
  const indents = body.filter((l) => leading(l) > 0).map(leading);
  return indents.length * 2 >= body.length && indents.length > 0 ? Math.min(...indents) : 0;
}
