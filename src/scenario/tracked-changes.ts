// A document with its edits marked in the text (wdiff and plain-text "track changes": deletions in [-…-] or {-…-},
// insertions in [+…+] or {+…+}; a word processor's labelled marks "[Deleted: …]" / "[Inserted: …]" in any bracket, with
// their comment anchors "[Comment 2]") reads as the text after the change: the deleted words go, the inserted stay.
import { COMMENT_LABELS, DELETED_LABELS, INSERTED_LABELS } from "./tracked-labels.js";

/** A deletion or an insertion mark, its words inside (possibly across lines). */
const DELETION = /[[{]-((?:(?![-][\]}])[\s\S])*?)-[\]}]/gu;
const INSERTION = /[[{]\+((?:(?!\+[\]}])[\s\S])*?)\+[\]}]/gu;

/** Marks enough to say the document carries its edits (one could be a chance bracket). */
const LEAST_MARKS = 2;

export function hasTrackedChanges(text: string): boolean {
  return (text.match(DELETION)?.length ?? 0) + (text.match(INSERTION)?.length ?? 0) + labelledMarks(text).length >= LEAST_MARKS;
}

/** Brackets a labelled mark is written in, opener to closer. */
const CLOSER: Readonly<Record<string, string>> = { "[": "]", "［": "］", "【": "】", "〔": "〕" };
/** The longest label a mark may carry, in characters (a label is a word or two). */
const LABEL_MAX = 12;

interface LabelledMark { start: number; end: number; kind: "deleted" | "inserted" | "comment"; inside: string }

/** The mark's kind from its label ("Deleted:", "插入：", "Comment 3"), or null. */
function labelKind(head: string): { kind: LabelledMark["kind"]; skip: number } | null {
  const colon = /^\s*([^\s:：\]］】〕]{1,12})\s*[:：]\s*/u.exec(head);
  const label = colon?.[1]?.toLowerCase();
  if (colon !== null && label !== undefined) {
    if (DELETED_LABELS.includes(label)) return { kind: "deleted", skip: colon[0].length };
    if (INSERTED_LABELS.includes(label)) return { kind: "inserted", skip: colon[0].length };
  }
  const anchor = /^\s*([^\s\d\]］】〕]{1,10})\s*\d{1,3}\s*$/u.exec(head);
  if (anchor !== null && COMMENT_LABELS.includes((anchor[1] ?? "").toLowerCase())) return { kind: "comment", skip: head.length };
  return null;
}

/** Labelled marks in order, found by one scan that counts nested brackets of the mark's own kind. */
function labelledMarks(text: string): LabelledMark[] {
  const out: LabelledMark[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = CLOSER[text[i] as string];
    if (close === undefined) continue;
    const kind = labelKind(text.slice(i + 1, i + 1 + LABEL_MAX + 4).split(close)[0] ?? "");
    if (kind === null) continue;
    let depth = 0;
    let end = -1;
    for (let j = i; j < text.length; j++) {
      if (text[j] === text[i]) depth++;
      else if (text[j] === close && --depth === 0) { end = j; break; }
    }
    if (end < 0) continue;
    out.push({ start: i, end: end + 1, kind: kind.kind, inside: text.slice(i + 1 + kind.skip, end) });
    i = end;
  }
  return out;
}

/** Labelled marks taken as the edit they record: a deletion and an anchor gone (their line breaks kept), an insertion's words kept. */
function acceptLabelled(text: string): string {
  let out = "";
  let from = 0;
  for (const mark of labelledMarks(text)) {
    out += text.slice(from, mark.start);
    out += mark.kind === "inserted" ? mark.inside : "\n".repeat((text.slice(mark.start, mark.end).match(/\n/gu) ?? []).length);
    from = mark.end;
  }
  return out + text.slice(from);
}

/** The text after the change. A deletion goes with one space after it; its line breaks stay (line numbers keep). */
export function acceptTrackedChanges(text: string): string {
  return acceptLabelled(text)
    .replace(new RegExp(`${DELETION.source} ?`, "gu"), (_m, gone: string) => "\n".repeat((gone.match(/\n/gu) ?? []).length))
    .replace(INSERTION, (_m, added: string) => added);
}
