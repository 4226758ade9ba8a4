// A slide deck exported as text: each slide opens with a banner line ("----- … -----") and the same labelled line
// after every banner carries the slide's title, or each slide opens with one word and its number before its title
// ("Slide 3 — Title"). Line for line: the banner is set aside, the title line is a heading; a slide continuing the
// one before it ("Title (2)") adds to that section.

/** A short text between two runs of one rule glyph. */
const BANNER = /^\s*([-=*~_#])\1{2,}\s*(\S.{0,60}?)\s*\1{3,}\s*$/u;
/** "LABEL: text" with a one-word label: the field every slide repeats. */
const LABELLED = /^\s*([^\s:：]{1,16})\s*[:：]\s*(\S.*)$/u;
/** A deck has several slides; one banner could be a divider. */
const MIN_SLIDES = 3;
/** Most banners are followed by the same label; a label after only a few is a slide's content. */
const MIN_SHARE = 0.6;
const INDENTED_SHARE = 0.8;

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

/** "Word 3 — Title" at the margin: the word every slide repeats, its number, a dash (a colon is a step's), the title. */
const NUMBERED = /^(\p{L}{1,12})\s*(\d{1,3})\s*(?:—{1,2}|–|-{1,2})\s*(\S.{0,60})$/u;
/** The words that number a script's steps. */
const STEP_WORD = /^(?:step|stage|phase)$/iu;
/** "Title (2)", "标题（二）": the same slide's title continued. */
const CONTINUED = /\s*[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]|[ivx]{1,4})\s*[)）]\s*$/iu;

/** Indices and titles of the numbered slide lines, when one word opens enough of them with rising numbers. */
function numberedSlides(lines: readonly string[]): { at: number; title: string }[] {
  const byWord = new Map<string, { at: number; no: number; title: string }[]>();
  lines.forEach((line, i) => {
    const m = NUMBERED.exec(line);
    if (m === null) return;
    const word = m[1] ?? "";
    // "Step 2 - Title" over indented lines is a script's step, not a slide.
    if (STEP_WORD.test(word)) return;
    byWord.set(word, [...(byWord.get(word) ?? []), { at: i, no: Number(m[2]), title: (m[3] ?? "").trim() }]);
  });
  const best = [...byWord.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const rising = best.every((s, k) => k === 0 || s.no > (best[k - 1]?.no ?? 0));
  return best.length >= MIN_SLIDES && rising && indentedUnder(lines, best.map((s) => s.at)) ? best : [];
}

/** A slide's content is indented under its line; numbered lines with content at the margin are a list's steps. */
function indentedUnder(lines: readonly string[], heads: readonly number[]): boolean {
  const first = heads[0] ?? 0;
  const last = heads[heads.length - 1] ?? 0;
  const body = lines.slice(first, last + 1).filter((l, k) => l.trim() !== "" && !heads.includes(first + k));
  return body.length > 0 && body.filter((l) => /^\s/.test(l)).length >= body.length * INDENTED_SHARE;
}

export function isSlideDeck(lines: readonly string[]): boolean {
  return slides(lines).label !== null || numberedSlides(lines).length > 0;
}

export function slideDeckLines(lines: readonly string[]): string[] {
  const { banners, titleAt, label } = slides(lines);
  const out = [...lines];
  if (label === null) {
    let previous = "";
    for (const slide of numberedSlides(lines)) {
      const title = slide.title.replace(CONTINUED, "");
      out[slide.at] = title === previous ? "" : `## ${slide.title}`;
      previous = title;
    }
    return out;
  }
  banners.forEach((b, k) => {
    out[b] = "";
    const at = titleAt[k] ?? -1;
    const labelled = LABELLED.exec(lines[at] ?? "");
    if (at >= 0 && labelled !== null && labelled[1] === label) out[at] = `## ${labelled[2] ?? ""}`;
  });
  return out;
}
