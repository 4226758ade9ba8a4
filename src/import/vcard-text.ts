// vCard (.vcf) contact exports: a script kept in a contact's NOTE. Lines are unfolded (a line starting with a space or
// tab continues the one before, the space dropped), the NOTE unescaped (\n, \, \; \\); the longest note is the
// document, the other cards (colleagues, the office) are the address book around it.

/** A note this long at least holds a document rather than a memo ("call after 6"). */
const MIN_NOTE_CHARS = 80;

export function isVcard(text: string): boolean {
  return /^\uFEFF?BEGIN:VCARD\s*$/mu.test(text) && /^END:VCARD\s*$/mu.test(text) && /^NOTE[;:]/mu.test(text);
}

/** The longest card note, unescaped, or null when no card holds one long enough to be a document. */
export function vcardText(text: string): string | null {
  const lines = text.replace(/\r?\n[ \t]/gu, "").split(/\r?\n/u);
  let best = "";
  for (const line of lines) {
    const note = /^NOTE(?:;[^:]*)?:(.*)$/u.exec(line);
    if (note === null) continue;
    const value = (note[1] ?? "").replace(/\\[nN]/gu, "\n").replace(/\\([,;:\\])/gu, "$1");
    if (value.length > best.length) best = value;
  }
  return best.trim().length < MIN_NOTE_CHARS ? null : best;
}
