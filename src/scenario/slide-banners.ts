// A slide deck exported as text: each slide opens with a banner line ("----- … -----") and the same labelled line
// after every banner carries the slide's title. Line for line: the banner is set aside, the title line is a heading.

/** A short text between two runs of one rule glyph. */
const BANNER = /^\s*([-=*~_#])\1{2,}\s*(\S.{0,60}?)\s*\1{3,}\s*$/u;
/** "LABEL: text" with a one-word label: the field every slide repeats. */
const LABELLED = /^\s*([^\s:：]{1,16})\s*[:：]\s*(\S.*)$/u;
/** A deck has several slides; one banner could be a divider. */
const MIN_SLIDES = 3;
/** Most banners are followed by the same label; a label after only a few is a slide's content. */
const MIN_SHARE = 0.6;

function nextFilled(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  return i;
}

/** For each banner, the index of the labelled line under it (or -1), and the label every slide shares. */
function slides(lines: readonly string[]): { banners: number[]; titleAt: number[]; label: string | null } {
  const banners: number[] = [];
  const titleAt: number[] = [];
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!BANNER.test(line)) return;
    banners.push(i);
    const j = nextFilled(lines, i + 1);
    const labelled = LABELLED.exec(lines[j] ?? "");
    titleAt.push(labelled === null ? -1 : j);
    if (labelled !== null) counts.set(labelled[1] ?? "", (counts.get(labelled[1] ?? "") ?? 0) + 1);
  });
  const [label, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return { banners, titleAt, label: count >= MIN_SLIDES && count >= banners.length * MIN_SHARE ? label : null };
}

export function isSlideDeck(lines: readonly string[]): boolean {
  return slides(lines).label !== null;
}

export function slideDeckLines(lines: readonly string[]): string[] {
  const { banners, titleAt, label } = slides(lines);
  const out = [...lines];
  banners.forEach((b, k) => {
    out[b] = "";
    const at = titleAt[k] ?? -1;
    const labelled = LABELLED.exec(lines[at] ?? "");
    if (at >= 0 && labelled !== null && labelled[1] === label) out[at] = `## ${labelled[2] ?? ""}`;
  });
  return out;
}
