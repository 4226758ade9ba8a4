// Subtitle cue tags that title a part of the script rather than name a speaker: a staged training video tags its
// cues "[Step 2 Check identity]" beside a recurring "[NARRATOR]". A tag holding a number is a title; once the tags
// number the parts, a tag said on one cue only ("[Role play · customer]") is a title too, and a tag that recurs is
// still a voice. A titled part's cues are written as its list: a spoken line keeps its speaker label with its words
// quoted ("Agent: “Hello …”"), so the label is read as who speaks and not as a heading of its own.

/** A tag's text, "[…]" only: WebVTT voice spans always name a speaker. */
const BRACKET_TAG = /^\s*\[([^\]]{1,30})\]\s*/u;
/** A part number inside a tag: digits, or 第 with a Chinese numeral. */
const NUMBERED = /\d|第[一二三四五六七八九十百]+/u;
/** "Agent: words" / "坐席：words": a short label, then the words. */
const LABELLED = /^([^\s:：「“"]{1,12}|[A-Za-z]+(?: [A-Za-z]+)?)\s*[:：]\s*(\S.*)$/u;
/** A cue that starts with markup of its own ("==== FAQ ====", "## …", "【…】") ends the titled part before it. */
const OWN_MARKUP = /^\s*(?:={3,}|-{3,}|#|【)/u;
/** Words already quoted are left as they are. */
const QUOTED = /^["“「]/u;

/** One cue: the index of its first text line and how many text lines follow. */
export interface Cue {
  from: number;
  to: number;
}

const tagOf = (line: string): string | undefined => BRACKET_TAG.exec(line)?.[1]?.trim();

/** The tags that title a part, or an empty set when the tags only name speakers. */
function titleTags(lines: readonly string[], cues: readonly Cue[]): Set<string> {
  const counts = new Map<string, number>();
  for (const cue of cues) {
    const tag = tagOf(lines[cue.from] ?? "");
    if (tag !== undefined) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const numbered = [...counts.keys()].filter((tag) => NUMBERED.test(tag));
  if (numbered.length < 2) return new Set();
  return new Set([...counts].filter(([tag, n]) => NUMBERED.test(tag) || n === 1).map(([tag]) => tag));
}

/** Labels that begin the words of two or more titled cues: the speakers of the script's lines. */
function speakerLabels(lines: readonly string[], titled: readonly Cue[]): Set<string> {
  const counts = new Map<string, number>();
  for (const cue of titled) {
    const label = LABELLED.exec((lines[cue.from] ?? "").replace(BRACKET_TAG, ""))?.[1];
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
}

function asItem(line: string, speakers: ReadonlySet<string>): string {
  const match = LABELLED.exec(line);
  const label = match?.[1];
  const words = match?.[2];
  if (label === undefined || words === undefined || !speakers.has(label) || QUOTED.test(words)) return `- ${line}`;
  return `- ${label}：“${words}”`;
}

/**
 * The cues' text rewritten where tags title parts: a titled cue's tag becomes a heading on `headingAt(cue)` (a blanked
 * line above it) and its text, with the untitled cues after it up to the next markup, the part's list items. Lines
 * not rewritten are left to the caller (null).
 */
export function titledParts(lines: readonly string[], cues: readonly Cue[]): Map<number, string> {
  const out = new Map<number, string>();
  const titles = titleTags(lines, cues);
  if (titles.size === 0) return out;
  const titledCues = cues.filter((cue) => titles.has(tagOf(lines[cue.from] ?? "") ?? ""));
  const speakers = speakerLabels(lines, titledCues);
  let inPart = false;
  for (const cue of cues) {
    const first = lines[cue.from] ?? "";
    const tag = tagOf(first);
    if (tag !== undefined && titles.has(tag)) {
      inPart = true;
      out.set(cue.from - 1, `## ${tag}`);
    } else if (tag !== undefined || OWN_MARKUP.test(first)) inPart = false;
    if (!inPart) continue;
    for (let i = cue.from; i < cue.to; i++) {
      const text = (lines[i] ?? "").replace(BRACKET_TAG, "").trim();
      if (text !== "") out.set(i, asItem(text, speakers));
    }
  }
  return out;
}
