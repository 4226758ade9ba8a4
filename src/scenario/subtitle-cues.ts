// Subtitles (SRT, WebVTT, SBV, SAMI) of a recorded or staged call → the text said, line for line: cue numbers, timings and the
// WEBVTT header carry no content, and a "[SPEAKER]" tag before a cue's text names who speaks it, not what is said. A tag
// that titles a part ("[Step 2 Check identity]") becomes a heading on the blanked timing line above it (cue-titles.ts).
import { titledParts, type Cue } from "./cue-titles.js";
import { samiAsSrt } from "./sami-cues.js";

/** "00:00:05,400 --> 00:00:11,000" (SRT) or "00:05.400 --> 00:11.000" (WebVTT), settings after it allowed. */
const TIMING = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:\s.*)?$/u;
/** "0:00:04.500,0:00:11.200": a YouTube SubViewer (.sbv) cue's start and end, joined by a comma. */
const SBV_TIMING = /^\s*\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}\s*$/u;
const CUE_NUMBER = /^\s*\d{1,6}\s*$/u;
/** "[NARRATOR] …", "<v Agent>…": who speaks a cue. */
const SPEAKER_TAG = /^\s*(?:\[[^\]]{1,30}\]|<v(?:\.[\w-]+)*\s+[^>]{1,30}>)\s*/u;
/** Timings on this many cues make the text subtitles; one or two could be a quoted log line. */
const MIN_CUES = 3;

/** Each cue's text lines: from the line after its timing to the next blank line. */
function cuesOf(lines: readonly string[], timing: RegExp): Cue[] {
  const cues: Cue[] = [];
  lines.forEach((line, i) => {
    if (!timing.test(line)) return;
    let to = i + 1;
    while (to < lines.length && (lines[to] ?? "").trim() !== "" && !timing.test(lines[to] ?? "")) to++;
    cues.push({ from: i + 1, to });
  });
  return cues;
}

/** The subtitles' words at their own lines, or null when the text is not subtitles. */
export function subtitleText(source: string): string | null {
  // A SAMI caption file is read as the SRT it would be.
  const text = samiAsSrt(source) ?? source;
  const lines = text.split(/\r\n|\r|\n/);
  const timing = lines.some((l) => TIMING.test(l)) ? TIMING : SBV_TIMING;
  const timed = lines.filter((l) => timing.test(l)).length;
  if (timed < MIN_CUES) return null;
  const parts = titledParts(lines, cuesOf(lines, timing));
  return lines.map((line, i) => {
    const part = parts.get(i);
    if (part !== undefined) return part;
    if (timing.test(line) || (i === 0 && /^\uFEFF?WEBVTT\b/u.test(line))) return "";
    // A cue number stands right before its timing line.
    if (CUE_NUMBER.test(line) && timing.test(lines[i + 1] ?? "")) return "";
    return line.replace(SPEAKER_TAG, "").replace(/<\/v>/gu, "");
  }).join("\n");
}
