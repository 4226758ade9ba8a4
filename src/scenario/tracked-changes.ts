// A document with its edits marked in the text (wdiff and plain-text "track changes": deletions in [-…-] or {-…-},
// insertions in [+…+] or {+…+}) reads as the text after the change: the deleted words go, the inserted stay.

/** A deletion or an insertion mark, its words inside (possibly across lines). */
const DELETION = /[[{]-((?:(?![-][\]}])[\s\S])*?)-[\]}]/gu;
const INSERTION = /[[{]\+((?:(?!\+[\]}])[\s\S])*?)\+[\]}]/gu;

/** Marks enough to say the document carries its edits (one could be a chance bracket). */
const LEAST_MARKS = 2;

export function hasTrackedChanges(text: string): boolean {
  return (text.match(DELETION)?.length ?? 0) + (text.match(INSERTION)?.length ?? 0) >= LEAST_MARKS;
}

/** The text after the change. A deletion goes with one space after it; its line breaks stay (line numbers keep). */
export function acceptTrackedChanges(text: string): string {
  return text
    .replace(new RegExp(`${DELETION.source} ?`, "gu"), (_m, gone: string) => "\n".repeat((gone.match(/\n/gu) ?? []).length))
    .replace(INSERTION, (_m, added: string) => added);
}
