// The shapes the by-form reading (shape-outline.ts) knows lines by: enumerators of list items and marks of headings,
// as tables. None names a section: what a section is comes from its words, read after the reshaping.

export interface Enumerated { style: string; rest: string; adjacent: boolean; nested: boolean }

interface EnumeratorRule {
  name: string;
  /** Group 1: the item's text after its enumerator. */
  pattern: RegExp;
  /** Items only when next to another of the style ("# a" over "# b"): alone the mark means something else. */
  adjacent?: true;
  /** An item of the item above it (a sub-item), written as a nested bullet. */
  nested?: true;
}

/** Ways to number or mark the items of a list, beyond Markdown's "1." and "-". First match wins. */
export const ENUMERATORS: readonly EnumeratorRule[] = [
  // "1️⃣ 开场", "🔟": a keycap emoji.
  { name: "keycap", pattern: /^(?:[0-9]\uFE0F?\u20E3|\u{1F51F})\s*(.*)$/u },
  // "⑴ 问候": a parenthesised digit glyph.
  { name: "paren-glyph", pattern: /^[\u2474-\u2487]\s*(.*)$/u },
  // "① / ❶ / ➀ / ➊": a circled digit glyph.
  { name: "circled", pattern: /^[\u2460-\u2473\u24EA\u24F5-\u24FE\u2776-\u2793]\s*(.*)$/u },
  // "01｜问候", "2 | Check": a number set off by a bar.
  { name: "bar-number", pattern: /^\d{1,3}\s*[｜|]\s*(.*)$/u },
  // "01 确认身份": a zero-padded number.
  { name: "padded", pattern: /^0\d\s+(\S.*)$/u },
  // "#1 — Title": a hash run into its number (not a Markdown heading).
  { name: "hash-number", pattern: /^#\d{1,2}\b\s*[—–\-:.)]?\s*(.*)$/u },
  // "#* If …", "## …" right under a "# item": a nested item of a hash-numbered list.
  { name: "hash-nested", pattern: /^#[*#:]\s*(.*)$/u, adjacent: true, nested: true },
  // "# item" over "# item": consecutive hash lines are a numbered list (wiki markup), never stacked headings.
  { name: "hash-list", pattern: /^#\s+(.*)$/u, adjacent: true },
  // "\item …" (LaTeX).
  { name: "backslash-item", pattern: /^\\item(?:\[[^\]]*\])?\s*(.*)$/u },
  { name: "letter-paren", pattern: /^\(?[a-z]\)\s+(.*)$/u },
  { name: "roman", pattern: /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[.)]\s+(.*)$/u },
  { name: "capital-letter", pattern: /^[A-Z][.)]\s+(.*)$/u },
  // "-> Introduce yourself", "→ …", "▸ …": an arrow leading an item.
  { name: "arrow", pattern: /^(?:->|=>|→|➜|➔|➤|▸|▹)\s*(.*)$/u },
];

interface HeadingShape {
  name: string;
  pattern: RegExp;
  /** Group 2 (or 1): the heading's text. */
  level: (m: RegExpExecArray) => number;
  /** The mark is a heading mark whatever else the document holds (a wiki banner, a typeset section). */
  sure: boolean;
}

/** Marks that make a short line a heading. */
export const HEADING_SHAPES: readonly HeadingShape[] = [
  // "＃＃ 步骤": Markdown's hash typed full-width by an input method.
  { name: "fullwidth-hash", pattern: /^(＃{1,6})\s*(.+?)\s*＃*$/u, level: (m) => (m[1] ?? "").length, sure: true },
  // "== Call flow ==": a wiki banner heading.
  { name: "equals-banner", pattern: /^(={1,6})\s*([^=].*?)\s*=+$/u, level: (m) => Math.min(6, (m[1] ?? "").length), sure: true },
  // "h2. Who you are": Textile's and wiki editors' numbered heading mark.
  { name: "h-number", pattern: /^h([1-6])\.\s+(\S.*)$/u, level: (m) => Number(m[1] ?? "2"), sure: true },
  // "\section*{Role}", "\subsection{…}".
  { name: "typeset", pattern: /^\\((?:sub)*)section\*?\{(.+)\}\s*$/u, level: (m) => 2 + (m[1] ?? "").length / 3, sure: true },
  // "▍流程": a vertical bar glyph before a label.
  { name: "bar-glyph", pattern: /^[▍▌▎▏▋▊█▐┃]\s*(.+)$/u, level: () => 2, sure: false },
  // "📞 通话流程": an emoji before a label.
  { name: "emoji", pattern: /^(?:\p{Extended_Pictographic}|[\u2600-\u27bf])[\ufe0f\u200d\p{Extended_Pictographic}]*\s*(.+)$/u, level: () => 2, sure: false },
  // "§3 Call steps".
  { name: "section-sign", pattern: /^§\s*\d{1,2}(?:\.\d{1,2})*\s*[.:：]?\s*(.+)$/u, level: () => 2, sure: false },
  // "III. CALL": a roman numeral before a title in capitals.
  { name: "roman-caps", pattern: /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.\s+([A-Z][A-Z0-9 &'’,-]*)$/u, level: () => 2, sure: false },
  // "QUESTIONS PEOPLE ASK": a line in capitals.
  // "IS IT HIM?": a question asked in capitals is a banner too.
  { name: "capitals", pattern: /^([A-Z][A-Z0-9 &'’,:.—–-]*[A-Z0-9:?])$/u, level: () => 2, sure: false },
];

/** "AGENT", "CUSTOMER" alone on a line, set over the speech below it (a screenplay's cue). */
export const SPEAKER_CUE = /^[A-Z][A-Z'’-]{1,20}(?: [A-Z][A-Z'’-]{1,20})?$/u;

/** ": the answer" under its term (a definition list in Pandoc, PHP Markdown Extra or a wiki). */
export const DEFINITION = /^[:：]\s+(\S.*)$/u;
/** "; term": a wiki's mark before a defined term. */
export const TERM_MARK = /^;\s*/u;

/** "bq. “…”": a block-quote mark written as a word (Textile, wiki editors); the quotation is the line's content. */
export const QUOTE_MARK = /^bq\.\s+(\S.*)$/u;
