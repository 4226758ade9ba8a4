// Lightweight markups other than Markdown (AsciiDoc, Emacs org-mode, reStructuredText) → the Markdown the reader knows,
// line for line: their headings are headings, their comments, directives and block delimiters are no content.

import { barTableLines, hasBarTable } from "./bar-tables.js";
import { spaceColumnLines } from "./space-columns.js";
import { hasPosterMarks, posterLines } from "./poster-lines.js";
import { csvFenceLines, hasCsvFence } from "./csv-fences.js";
import { diagramFenceLines, hasDiagramFence } from "./diagram-fences.js";
import { gridTableLines, hasGridTable } from "./grid-tables.js";
import { asciidocLines, isAsciidoc } from "./markup-asciidoc.js";
import { isOrg, orgLines } from "./markup-org.js";
import { isRst, rstLines } from "./markup-rst.js";
import { isSlideDeck, slideDeckLines } from "./slide-banners.js";
import { hasNodeLines, nodeLines } from "./node-lines.js";
import { isTexinfo, texinfoLines } from "./markup-texinfo.js";
import { isTroff, troffLines } from "./markup-troff.js";
import { bbcodeLines, isBbcode } from "./markup-bbcode.js";
import { isLatex, latexLines } from "./markup-latex.js";
import { isOpml, opmlLines } from "./markup-opml.js";
import { htmlDocumentLines, isHtmlDocument } from "./markup-html.js";
import { enexLines, isEnex } from "./markup-enex.js";
import { isTextile, textileLines } from "./markup-textile.js";
import { acceptTrackedChanges, hasTrackedChanges } from "./tracked-changes.js";
import { hasLogEntries, logEntryLines } from "./log-entries.js";
import { isKanbanExport, kanbanLines } from "./kanban-export.js";
import { isMermaidSource, mermaidSourceLines } from "./mermaid-source.js";
import { isPdfText, pdfTextLines } from "./pdf-pages.js";
import { isM3uPlaylist, m3uLines } from "./playlist-m3u.js";
import { isRisExport, risLines } from "./citations-ris.js";
import { isSystemdUnit, systemdUnitLines } from "./systemd-unit.js";
import { desktopEntryLines, isDesktopEntry } from "./desktop-entry.js";
import { gpxLines, isGpx } from "./gpx-route.js";

/** One markup: how a document shows it is written in it, and its lines rewritten as Markdown (same count). */
interface Dialect { name: string; detect: (lines: readonly string[]) => boolean; rewrite: (lines: readonly string[]) => string[] }

/** In order: the first whose marks a document shows is the one it is read in. */
const DIALECTS: readonly Dialect[] = [
  { name: "OPML (an outliner's export)", detect: isOpml, rewrite: opmlLines },
  { name: "an M3U playlist (its track titles)", detect: isM3uPlaylist, rewrite: m3uLines },
  { name: "a RIS citation export (a part a record)", detect: isRisExport, rewrite: risLines },
  { name: "a systemd unit (its Environment= keys)", detect: isSystemdUnit, rewrite: systemdUnitLines },
  { name: "a freedesktop desktop entry (its action and X- groups)", detect: isDesktopEntry, rewrite: desktopEntryLines },
  { name: "a GPX file (its points' names, comments and descriptions)", detect: isGpx, rewrite: gpxLines },
  { name: "Mermaid flowchart source", detect: isMermaidSource, rewrite: mermaidSourceLines },
  { name: "an Evernote export", detect: isEnex, rewrite: enexLines },
  { name: "an HTML document", detect: isHtmlDocument, rewrite: htmlDocumentLines },
  { name: "Textile", detect: isTextile, rewrite: textileLines },
  { name: "org-mode", detect: isOrg, rewrite: orgLines },
  { name: "AsciiDoc", detect: isAsciidoc, rewrite: asciidocLines },
  { name: "reStructuredText", detect: isRst, rewrite: rstLines },
  // Before slides: a board's list rule followed by its cards' labelled lines looks like a slide banner.
  { name: "a kanban board export", detect: isKanbanExport, rewrite: kanbanLines },
  { name: "a slide outline", detect: isSlideDeck, rewrite: slideDeckLines },
  { name: "text converted from a PDF", detect: isPdfText, rewrite: pdfTextLines },
  { name: "Texinfo", detect: isTexinfo, rewrite: texinfoLines },
  { name: "troff (man page)", detect: isTroff, rewrite: troffLines },
  { name: "BBCode", detect: isBbcode, rewrite: bbcodeLines },
  { name: "LaTeX", detect: isLatex, rewrite: latexLines },
];

/** The text as Markdown, and the markup it was written in (null: left as it is). Line numbers are kept. */
export function asMarkdown(source: string): { text: string; dialect: string | null } {
  // Edits marked in the text ([-deleted-] [+inserted+]) read as the text after them, in any markup.
  const text = hasTrackedChanges(source) ? acceptTrackedChanges(source) : source;
  const typed = text.split(/\r\n|\r|\n/);
  // A desk card typed in plain text: its framed titles, boxes and dotted leaders are its structure.
  const written = hasPosterMarks(typed) ? posterLines(typed) : typed;
  // A grid table is the same in every markup that has one (RST, Pandoc Markdown, plain text).
  // So is a spreadsheet pasted as a fenced CSV block.
  const gridded = hasGridTable(written) ? gridTableLines(written) : written;
  // And a table typed with bars between its columns only, as a printed sheet has it.
  const barred = hasBarTable(gridded) ? barTableLines(gridded) : gridded;
  // Or with its columns lined up by spaces only.
  const spaced = spaceColumnLines(barred);
  const tabled = hasCsvFence(spaced) ? csvFenceLines(spaced) : spaced;
  // A script drawn as a flowchart or activity diagram in a fence: the numbered list it means.
  const charted = hasDiagramFence(tabled) ? diagramFenceLines(tabled) : tabled;
  // A flowchart's node lines ("Node Name | content") read the same under whichever markup holds them.
  const noded = hasNodeLines(charted) ? nodeLines(charted) : charted;
  // A handover log or chat export: each timed entry's topic a heading over its dedented text.
  const lines = hasLogEntries(noded) ? logEntryLines(noded) : noded;
  for (const dialect of DIALECTS) {
    if (dialect.detect(lines)) return { text: dialect.rewrite(lines).join("\n"), dialect: dialect.name };
  }
  return lines === typed ? { text, dialect: null } : { text: lines.join("\n"), dialect: "a desk card's frames, grid or bar tables, CSV, diagram fences, flowchart nodes or log entries" };
}
