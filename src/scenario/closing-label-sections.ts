// A closings section whose endings are written as labels on lines of their own, each over its quoted line
// ("【booked】" then "“Lovely, see you then.”", "[Call back]" then "\"…\""): a plain-text export makes every such label
// a heading of its own, so the endings fell out of the closings as unknown sections. They are the section's items again,
// written "- label: “line”", so the label is the end condition and the line its closing.
import type { RawSection } from "./sections.js";
import type { Decision } from "./trace.js";

/** The kinds of section that hold the closing lines. */
export const CLOSING_KINDS: ReadonlySet<string> = new Set(["closingLines", "endAndClosing"]);
/** A line that is one quotation (a bullet before it allowed). */
const WHOLLY_QUOTED = /^(?:[-*+•·]\s+)?[“"「『][^“”"「」『』]+[”"」』]$/u;
/** An ending's name is short; a longer title is a part of its own. */
const LABEL_CHARS_MAX = 24;
/** One closing, maybe given in two or three quoted sentences. */
const QUOTED_LINES_MAX = 3;

/** The quoted lines under a label section, joined, or null when it holds anything else. */
function saidUnder(s: RawSection): string | null {
  const written = s.body.map((l) => l.text.trim()).filter((t) => t !== "");
  if (written.length === 0 || written.length > QUOTED_LINES_MAX || !written.every((t) => WHOLLY_QUOTED.test(t))) return null;
  return written.map((t) => t.replace(/^[-*+•·]\s+/u, "")).join(" ");
}

export function foldClosingLabels(sections: readonly RawSection[], decisions: Decision[]): RawSection[] {
  const out: RawSection[] = [];
  let host: RawSection | null = null;
  for (const s of sections) {
    if (s.kind !== null && CLOSING_KINDS.has(s.kind)) {
      host = { ...s, body: [...s.body] };
      out.push(host);
      continue;
    }
    const label = s.title.trim();
    const said = host !== null && s.kind === null && !s.intro && s.level >= host.level && label !== "" && [...label].length <= LABEL_CHARS_MAX ? saidUnder(s) : null;
    if (host === null || said === null) {
      host = null;
      out.push(s);
      continue;
    }
    host.body.push({ no: s.line, text: `- ${label}: ${said}` });
    decisions.push({ field: "caller.endConditions", lines: [s.line], evidence: `'${label}' right after the closings holds only its quoted line: an ending named by its label` });
  }
  return out;
}
