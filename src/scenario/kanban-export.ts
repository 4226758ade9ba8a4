// A kanban board exported as plain text (Trello, Planka, Wekan…): each list a "LABEL: title" line over a rule, each
// card a "LABEL: title" line, its parts ("Description:", "Checklist (0/2)", "[ ] item", "Labels:", "Comments:") under
// it. Line for line: a list is a heading, a card an item of it (a numbered card a numbered item), a checklist item a
// line under its card; the parts' own labels and the board's bookkeeping are no content.

/** "LABEL: text" at the margin or indented, with a one-word label (the board's own word for a list or a card). */
const LABELLED = /^([ \t]*)(\p{L}{2,12})[ \t]*[:：][ \t]*(\S.*)$/u;
/** A rule under a list's title. */
const RULE = /^\s*[-=_─━]{8,}\s*$/;
/** A checklist item: "[ ] …", "[x] …", "☐ …", "☑ …". */
const CHECK_ITEM = /^([ \t]+)(?:\[[ xX✓]\]|[☐☑✅])[ \t]+(\S.*)$/u;
/** A card's part heading with nothing of its own after it: "Checklist (0/2)", "Comments:", "Description:". */
const PART_HEAD = /^[ \t]+\p{L}{3,12}(?:[ \t]*\(\d+\/\d+\))?[ \t]*[:：]?[ \t]*$/u;
/** A card's tag line: "Labels: [urgent] [pre-start]" (bracketed words only). */
const TAG_LINE = /^[ \t]+\p{L}{3,12}[ \t]*[:：](?:[ \t]*\[[^\]\n]{1,30}\])+[ \t]*$/u;
/** An inline part label before the card's text ("Description: crew is ready…"). */
const PART_LABEL = /^([ \t]+)\p{L}{3,12}[ \t]*[:：][ \t]+/u;
/** Enough lists and cards to be a board, not a document with a few labelled lines. */
const MIN_LISTS = 2;
const MIN_CARDS = 4;
const NUMBERED = /^\d{1,2}[.)]\s/;
/** A list of this many numbered cards, 1 to n, is the script. */
const MIN_STEPS = 3;
/** The reader's own name for the script's section, the list's title kept after it. */
const STEPS_TITLE = "Steps";

interface Board { list: string; card: string }

/** The list word (labels a line with a rule under it, more than once) and the card word (the most frequent other label). */
function boardOf(lines: readonly string[]): Board | null {
  const lists = new Map<string, number>();
  const cards = new Map<string, number>();
  lines.forEach((line, i) => {
    const m = LABELLED.exec(line);
    if (m === null) return;
    const word = m[2] ?? "";
    if ((m[1] ?? "") === "" && RULE.test(lines[i + 1] ?? "")) lists.set(word, (lists.get(word) ?? 0) + 1);
    else cards.set(word, (cards.get(word) ?? 0) + 1);
  });
  const [list, listCount] = [...lists.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  cards.delete(list);
  const [card, cardCount] = [...cards.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  return listCount >= MIN_LISTS && cardCount >= MIN_CARDS ? { list, card } : null;
}

export function isKanbanExport(lines: readonly string[]): boolean {
  return boardOf(lines) !== null;
}

/** The list's cards numbered 1, 2, 3… in order: the board's list of the call's steps (whatever its title says). */
function numberedList(lines: readonly string[], at: number, board: Board): boolean {
  const numbers: number[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const m = LABELLED.exec(lines[i] ?? "");
    if (m !== null && m[2] === board.list && (m[1] ?? "") === "") break;
    if (m !== null && m[2] === board.card) numbers.push(Number(/^(\d{1,2})[.)]\s/.exec((m[3] ?? "").trim())?.[1] ?? "0"));
  }
  return numbers.length >= MIN_STEPS && numbers.every((n, k) => n === k + 1);
}

export function kanbanLines(lines: readonly string[]): string[] {
  const board = boardOf(lines);
  if (board === null) return [...lines];
  const firstList = lines.findIndex((l, i) => LABELLED.exec(l)?.[2] === board.list && RULE.test(lines[i + 1] ?? ""));
  return lines.map((line, i) => {
    const m = LABELLED.exec(line);
    // "Board: NAME" above the first list is the board's title, not a field of the call.
    if (m !== null && i < firstList && (m[1] ?? "") === "" && lines.slice(0, i).every((l) => l.trim() === "")) return `# ${m[3] ?? ""}`;
    if (m !== null && m[2] === board.list && (m[1] ?? "") === "" && RULE.test(lines[i + 1] ?? "")) {
      return numberedList(lines, i, board) ? `## ${STEPS_TITLE} (${(m[3] ?? "").replace(/[()（）]/gu, " ").trim()})` : `## ${m[3] ?? ""}`;
    }
    if (m !== null && m[2] === board.card) {
      const title = (m[3] ?? "").trim();
      return NUMBERED.test(title) ? title : `- ${title}`;
    }
    if (RULE.test(line) && LABELLED.test(lines[i - 1] ?? "")) return "";
    const check = CHECK_ITEM.exec(line);
    if (check !== null) return `${check[1] ?? ""}- ${check[2] ?? ""}`;
    if (PART_HEAD.test(line) || TAG_LINE.test(line)) return "";
    // Only a card's first part says its label inline; further down, "Word: …" is the card's own text.
    const under = LABELLED.exec(lines[i - 1] ?? "");
    return under !== null && under[2] === board.card ? line.replace(PART_LABEL, "$1") : line;
  });
}
