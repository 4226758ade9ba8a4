// Timed text that is not SRT/WebVTT (SubStation Alpha .ass/.ssa subtitles, LRC timed lines) → the words said, one
// line each: styles, timings, override tags and ID tags carry no content; a commented-out event is not said.

/** SubStation Alpha: an [Events] section with Dialogue lines. */
export const isSubStation = (text: string): boolean => /^\[Events\]\s*$/mu.test(text) && /^Dialogue:/mu.test(text);

/** The Dialogue events' texts (the field the Format line names last), override tags and hard breaks resolved. */
export function subStationText(text: string): string | null {
  const events = text.split(/^\[Events\]\s*$/mu)[1] ?? "";
  const format = /^Format:\s*(.+)$/mu.exec(events)?.[1]?.split(",").map((f) => f.trim().toLowerCase()) ?? [];
  const textField = Math.max(0, format.indexOf("text"));
  const said = events.split(/\r?\n/u).flatMap((line) => {
    const m = /^Dialogue:\s*(.*)$/u.exec(line);
    if (m === null) return [];
    // The text is the last field and may hold commas: split only as far as the fields before it.
    const fields = (m[1] ?? "").split(",");
    const words = fields.slice(textField).join(",");
    return [words.replace(/\{[^}]*\}/gu, "").replace(/\\[Nn]/gu, "\n").replace(/\\h/gu, " ").trim()];
  }).filter((l) => l !== "");
  return said.length === 0 ? null : said.join("\n");
}

const LRC_TIME = /^(?:\[\d{1,3}:\d{2}(?:[.:]\d{1,3})?\])+/u;
/** Timed lines on this many lines make the text LRC; one or two could be a quoted log line. */
const MIN_TIMED_LINES = 3;

export const isLrc = (text: string): boolean => text.split(/\r?\n/u).filter((l) => LRC_TIME.test(l.trim())).length >= MIN_TIMED_LINES;

/** LRC: the timed lines' words; the ID tags ([ti:], [ar:], [al:], [by:]) as a header of "name: value" lines. */
export function lrcText(text: string): string | null {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    const tag = /^\[(ti|ar|al|by|au):([^\]]*)\]$/iu.exec(line);
    if (tag !== null) { if ((tag[2] ?? "").trim() !== "") out.push((tag[2] ?? "").trim()); continue; }
    if (/^\[[a-z]+:[^\]]*\]$/iu.test(line)) continue;
    const words = line.replace(LRC_TIME, "").trim();
    if (words !== "") out.push(words);
  }
  return out.length === 0 ? null : out.join("\n");
}
