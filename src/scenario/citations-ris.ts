// A RIS citation export ("TY  - GEN" … "ER  - ", one record a block, a two-letter tag before "  - " on every line)
// as Markdown, line for line. A library that carries a document carries one part a record: its title (TI) is the
// part's heading and its notes and abstract (N1, AB) the part's lines; the bibliographic tags (authors, dates,
// keywords, the record's type) are no content. A record whose title asks a question and whose abstract answers it
// is one entry of questions and answers, under a heading of its keyword when the entries' keyword is a section of
// its own. Records titled by one leading word and then a numbered remainder ("Script Step 1 …", "Script Step 2 …")
// are the items of the section that word names: the word becomes a heading over them.

const TAG = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/u;
const QUESTION_END = /[?？]\s*$/u;
/** "Word Step 2 …", "话术 第2步 …": a leading word, then a remainder that opens on a number. */
const NUMBERED_TITLE = /^(\S{1,20})\s+(\D{0,8}\d{1,2}\D.*)$/u;
/** A note that is numbered or bulleted already. */
const LIST_MARK = /^(?:\d{1,3}[.、)）]|[-*•])\s*/u;
/** Records a file needs before it is read as a library (a stray "AB  - " line is no export). */
const MIN_RECORDS = 3;
/** Tags that hold the record's words; every other tag is bibliographic. */
const TEXT_TAGS = new Set(["N1", "N2", "AB", "NT"]);

interface RisRecord { start: number; end: number; tags: { at: number; tag: string; value: string }[] }

export function isRisExport(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== "");
  if (first === undefined || !/^TY {2}- /u.test(first)) return false;
  return lines.filter((line) => /^ER {2}-/u.test(line)).length >= MIN_RECORDS;
}

function recordsOf(lines: readonly string[]): RisRecord[] {
  const records: RisRecord[] = [];
  let open: RisRecord | null = null;
  lines.forEach((line, at) => {
    const tag = TAG.exec(line.trimEnd());
    if (tag === null) return;
    const name = tag[1] ?? "";
    if (name === "TY") {
      open = { start: at, end: at, tags: [] };
      records.push(open);
    } else if (open !== null) {
      open.end = at;
      if (name === "ER") open = null;
      else open.tags.push({ at, tag: name, value: (tag[2] ?? "").trim() });
    }
  });
  return records;
}

const valueOf = (record: RisRecord, tag: string): string | undefined => record.tags.find((t) => t.tag === tag)?.value;

/** A record of a question (TI) answered by its abstract (AB) and holding no notes. */
function isQuestionRecord(record: RisRecord): boolean {
  const title = valueOf(record, "TI") ?? "";
  return QUESTION_END.test(title) && valueOf(record, "AB") !== undefined && valueOf(record, "N1") === undefined;
}

export function risLines(lines: readonly string[]): string[] {
  const out = lines.map(() => "");
  const records = recordsOf(lines);
  let section = "";
  records.forEach((record, index) => {
    const title = valueOf(record, "TI") ?? "";
    const keyword = valueOf(record, "KW");
    if (isQuestionRecord(record)) {
      // Its keyword names the section the entries form, unless that section is already open.
      if (keyword !== undefined && !section.includes(keyword)) {
        out[record.start] = `## ${keyword}`;
        section = keyword;
      }
      for (const t of record.tags) {
        if (t.tag === "TI") out[t.at] = `Q: ${t.value}`;
        else if (t.tag === "AB") out[t.at] = `A: ${t.value}`;
      }
      return;
    }
    const numbered = NUMBERED_TITLE.exec(title);
    const word = numbered?.[1];
    const sharing = word !== undefined && [records[index - 1], records[index + 1]].some((r) => r !== undefined && NUMBERED_TITLE.exec(valueOf(r, "TI") ?? "")?.[1] === word);
    let level = index === 0 ? "#" : "##";
    let heading = title;
    if (sharing && numbered !== null) {
      if (section !== word) out[record.start] = `## ${word}`;
      section = word;
      level = "###";
      heading = numbered[2] ?? title;
    } else section = title;
    for (const t of record.tags) {
      if (t.tag === "TI") out[t.at] = `${level} ${heading}`;
      else if (TEXT_TAGS.has(t.tag) && t.value !== "") out[t.at] = index === 0 || LIST_MARK.test(t.value) ? t.value : `- ${t.value}`;
    }
  });
  return out;
}
