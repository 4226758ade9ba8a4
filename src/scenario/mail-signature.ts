// A mail's sign-off at the end of a document: a valediction on its own ("Thanks,", "Best regards,", "祝好，") and the
// few short lines after it (a name, a job title, a phone) are the sender's, neither side's part of the call.

/** A valediction alone on its line, as mail clients and people close a message. */
const VALEDICTION = /^(?:(?:many |kind |best |warm )?(?:thanks|regards|wishes)|thank you|best|cheers|all the best|sincerely|yours(?: sincerely| truly)?|祝好|此致|敬礼|谢谢|多谢|顺祝商祺|祝工作顺利)\s*[,，!！。.]?$/iu;
/** A signature is a few lines, none a quoted line or a long sentence. */
const MAX_SIGNATURE_LINES = 6;
const MAX_SIGNATURE_CHARS = 100;

/** The lines with a closing signature blanked (same count); unchanged when the text does not end on one. */
export function withoutSignature(lines: readonly string[]): string[] {
  const filled = lines.map((line, i) => ({ i, text: line.replace(/^[-*]\s+/u, "").trim() })).filter((l) => l.text !== "");
  for (let k = filled.length - 1; k >= Math.max(0, filled.length - 1 - MAX_SIGNATURE_LINES); k--) {
    const at = filled[k];
    if (at === undefined || !VALEDICTION.test(at.text)) continue;
    const after = filled.slice(k + 1);
    // A name, a title, a phone: no sentence ends in a signature ("Bye." under a closing is a line said).
    if (after.length === 0 || after.some((l) => l.text.length > MAX_SIGNATURE_CHARS || /[“”"「」?？!！。]|\.$|^#/u.test(l.text))) return [...lines];
    // "Shout if anything is unclear.<br>Thanks,": the short lines of the same paragraph before it go with it.
    let from = at.i;
    while (from > 0 && (lines[from - 1] ?? "").trim() !== "" && (lines[from - 1] ?? "").trim().length <= MAX_SIGNATURE_CHARS / 2 && !/[“”"「」]|^\s*#/u.test(lines[from - 1] ?? "")) from--;
    return lines.map((line, i) => (i >= from ? "" : line));
  }
  return [...lines];
}
