// Text containers around a document (a unified diff or patch email, an iCalendar event, an RTF, POD, Typst or
// Fountain file, timed subtitles, a notebook, a mail or mailbox) → the document they carry: the diff's resulting
// side, the live events' descriptions, the plain text or Markdown the markup spells, the words said, the mail's decoded text; the
// reader reads that as any other.
import { isMail, mailText } from "./mail-text.js";
import { isNotebook, notebookText } from "./notebook-text.js";
import { isPod, podText } from "./pod-text.js";
import { isRtf, rtfText } from "./rtf-text.js";
import { isTypst, typstText } from "./typst-text.js";
import { fountainText, isFountain } from "./fountain-text.js";
import { isLrc, isSubStation, lrcText, subStationText } from "./timed-lines.js";
import { isVcard, vcardText } from "./vcard-text.js";
import { isTxt2tags, txt2tagsText } from "./txt2tags-text.js";

/** One container: how its text shows it, and the document inside (null: nothing inside after all). */
interface TextContainer { name: string; detect: (text: string) => boolean; inner: (text: string) => string | null }

const HUNK = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/u;

/** The file after the patch, line for line: removed lines, headers and the mail around it left empty. */
function diffResult(text: string): string | null {
  const lines = text.split(/\r?\n/u);
  let inHunk = false;
  let kept = 0;
  const out = lines.map((line) => {
    if (HUNK.test(line)) { inHunk = true; return ""; }
    if (inHunk && /^[ +\\-]/u.test(line) && !/^(?:--- |\+\+\+ |-- $)/u.test(line)) {
      if (line.startsWith("-") || line.startsWith("\\")) return "";
      kept++;
      return line.slice(1);
    }
    // A blank line inside a hunk is a context line whose space was trimmed by a mailer or editor.
    if (inHunk && line === "") return "";
    inHunk = false;
    return "";
  });
  return kept === 0 ? null : out.join("\n");
}

/** iCalendar: lines unfolded, the live events' (not cancelled, not alarms') DESCRIPTION texts unescaped. */
function calendarText(text: string): string | null {
  const lines = text.replace(/\r?\n[ \t]/gu, "").split(/\r?\n/u);
  const texts: string[] = [];
  let depth: string[] = [];
  let description: string | null = null;
  let cancelled = false;
  for (const line of lines) {
    const begin = /^BEGIN:(\w+)/u.exec(line);
    const end = /^END:(\w+)/u.exec(line);
    if (begin !== null) { depth.push(begin[1] ?? ""); if (begin[1] === "VEVENT" || begin[1] === "VTODO" || begin[1] === "VJOURNAL") { description = null; cancelled = false; } continue; }
    if (end !== null) {
      if (/^(?:VEVENT|VTODO|VJOURNAL)$/u.test(end[1] ?? "") && description !== null && !cancelled) texts.push(description);
      depth = depth.slice(0, -1);
      continue;
    }
    if (depth[depth.length - 1] === "VALARM") continue;
    const prop = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/u.exec(line);
    if (prop === null) continue;
    if (prop[1] === "STATUS" && /CANCEL/iu.test(prop[2] ?? "")) cancelled = true;
    if (prop[1] === "DESCRIPTION") description = (prop[2] ?? "").replace(/\\[nN]/gu, "\n").replace(/\\([,;\\])/gu, "$1");
  }
  return texts.length === 0 ? null : texts.join("\n\n");
}

export const TEXT_CONTAINERS: readonly TextContainer[] = [
  { name: "unified diff (the file after the patch)", detect: (t) => /^\+\+\+ \S/mu.test(t) && /^--- \S/mu.test(t) && t.split(/\r?\n/u).some((l) => HUNK.test(l)), inner: diffResult },
  { name: "iCalendar (the events' descriptions)", detect: (t) => /^BEGIN:VCALENDAR\s*$/mu.test(t) && /^DESCRIPTION[;:]/mu.test(t), inner: calendarText },
  { name: "vCard (the document in a contact's note)", detect: isVcard, inner: vcardText },
  { name: "txt2tags markup (the Markdown it spells; % comments left out)", detect: isTxt2tags, inner: txt2tagsText },
  { name: "RTF (its plain text; hidden text left out)", detect: isRtf, inner: rtfText },
  { name: "SubStation Alpha subtitles (the dialogue said)", detect: isSubStation, inner: subStationText },
  { name: "LRC timed lines (the words said)", detect: isLrc, inner: lrcText },
  { name: "Perl POD (the Markdown it spells; =begin blocks and code left out)", detect: isPod, inner: podText },
  { name: "Typst markup (the Markdown it spells, #let values filled in)", detect: isTypst, inner: typstText },
  { name: "Fountain screenplay (the Markdown it spells)", detect: isFountain, inner: fountainText },
  { name: "Jupyter notebook (its cells' text; outputs left out)", detect: isNotebook, inner: notebookText },
  { name: "mail (the latest message's attached document or body, decoded)", detect: isMail, inner: mailText },
];

/** The document a container text carries and the container's name, or null when the text is no such container. */
export function containerText(text: string): { name: string; text: string } | null {
  for (const c of TEXT_CONTAINERS) {
    if (!c.detect(text)) continue;
    const inner = c.inner(text);
    if (inner !== null && inner.trim() !== "") return { name: c.name, text: inner };
  }
  return null;
}
