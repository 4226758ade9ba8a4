// Renders a canonical scenario as one whole document in the layout the features name (titles, order, container),
// and gives the truth the reading must match: the canon's own counts, after any pairing the layout forces.
import type { Canon } from "./canon.js";
import type { Features } from "./features.js";
import { WORDS, ZH_COUNT, type SectionKey, type Words } from "./labels.js";
import { list, renderClosings, renderKb, renderPairs, renderProfile, renderSteps, renderStyleBlock, spokenParagraph, type PartContext } from "./render-parts.js";
import { structuredDocument } from "./render-structured.js";

interface Block { key: SectionKey; level: 1 | 2 | 3; body: string[]; inline?: string }

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const LOWER = "abcdefghijklmnop";

/** The layouts that pair each end condition with one closing line keep as many of each as the shorter list. */
export function adjustCanon(canon: Canon, f: Features): Canon {
  if (f.container !== "markdown" && f.container !== "front-matter") return canon;
  if (f.endings !== "table" && f.endings !== "arrow") return canon;
  const n = Math.min(canon.caller.endConditions.length, canon.caller.closingLines.length);
  return { ...canon, caller: { ...canon.caller, endConditions: canon.caller.endConditions.slice(0, n), closingLines: canon.caller.closingLines.slice(0, n) } };
}

export function renderDocument(source: Canon, f: Features, pickTitle: (key: SectionKey, options: readonly string[]) => string): { text: string; canon: Canon } {
  const canon = adjustCanon(source, f);
  const w = WORDS[canon.language];
  let text: string;
  if (f.container === "yaml-fence" || f.container === "json-fence") text = structuredDocument(canon, f);
  else text = markdown(canon, f, w, pickTitle);
  if (f.eol === "crlf") text = text.replace(/\n/g, "\r\n");
  return { text, canon };
}

function markdown(canon: Canon, f: Features, w: Words, pickTitle: (key: SectionKey, options: readonly string[]) => string): string {
  const title = (key: SectionKey): string => {
    const base = pickTitle(key, w.titles[key]);
    if (f.sides !== "prefixed") return base;
    const side = key === "callerRole" || key === "endConditions" || key === "ending" ? w.titles.caller[0] : key === "calleeRole" || key === "calleeEnd" ? w.titles.callee[0] : null;
    if (side === null) return base;
    return canon.language === "en" ? `${side} ${base.charAt(0).toLowerCase()}${base.slice(1)}` : `${side}${base}`;
  };
  const counters = [0, 0, 0];
  const heading = (level: 1 | 2 | 3, text: string): string[] => {
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let l = level; l < 3; l++) counters[l] = 0;
    const [a = 0, b = 0, c = 0] = counters;
    switch (f.titles) {
      case "atx": return [`${"#".repeat(level + 1)} ${text}`];
      case "atx-shallow": return [`${"#".repeat(level)} ${text}`];
      case "atx-deep": return [`${"#".repeat(level + 2)} ${text}`];
      case "setext": return level === 3 ? [`**${text}**`] : [text, (level === 1 ? "=" : "-").repeat(Math.max(3, text.length))];
      case "colon": return [`${text}:`];
      case "fullwidth-colon": return [`${text}：`];
      case "lenticular": return [`【${text}】`];
      case "bold": return [`**${text}**`];
      case "bold-colon": return [`**${text}${w.colon}**`];
      case "caps": return [text.toUpperCase()];
      case "outline-num": return [level === 1 ? `${a}. ${text}` : level === 2 ? `${a}.${b} ${text}` : `${a}.${b}.${c} ${text}`];
      case "outline-word":
        if (canon.language === "zh") return [level === 1 ? `${ZH_COUNT[a]}、${text}` : level === 2 ? `（${ZH_COUNT[b]}）${text}` : `${c}、${text}`];
        return [level === 1 ? `${ROMAN[a - 1]}. ${text}` : level === 2 ? `${String.fromCharCode(64 + b)}. ${text}` : `(${LOWER[c - 1]}) ${text}`];
    }
  };
  const subDepth = f.titles === "atx" ? 5 : f.titles === "atx-shallow" ? 4 : f.titles === "atx-deep" ? 6 : 0;
  const context: PartContext = {
    f, w, language: canon.language,
    subTitle: (text) => (subDepth > 0 ? `${"#".repeat(subDepth)} ${text}` : `**${text}**`),
  };
  const blocks: Block[] = [];
  const sideLevel: 1 | 2 = f.sides === "titled" ? 2 : 1;
  const c = canon.caller;
  const e = canon.callee;
  const callerBlocks: Block[] = [
    { key: "callerRole", level: sideLevel, body: [c.role], inline: c.role },
    { key: "task", level: sideLevel, body: [c.task], inline: c.task },
    { key: "profile", level: sideLevel, body: renderProfile(c.profile, context) },
    { key: "steps", level: sideLevel, body: renderSteps(c.steps, context) },
    { key: "kb", level: sideLevel, body: renderKb(c.kb, context) },
  ];
  if (c.opening !== null) {
    const opening: Block = { key: "opening", level: sideLevel, body: [spokenParagraph(c.opening, context)], inline: spokenParagraph(c.opening, context) };
    callerBlocks.splice(f.openingAt === "after-kb" ? 5 : 3, 0, opening);
  }
  const sub = (sideLevel + 1) as 2 | 3;
  const numbered = (items: string[]): string[] => list(items, f.lists === "dash" ? "numbered" : f.lists);
  switch (f.endings) {
    case "sublabels":
      callerBlocks.push({ key: "ending", level: sideLevel, body: [] }, { key: "endConditions", level: sub, body: numbered(c.endConditions) }, { key: "closingLines", level: sub, body: renderClosings(c.closingLines, context) });
      break;
    case "sections":
      callerBlocks.push({ key: "endConditions", level: sideLevel, body: numbered(c.endConditions) }, { key: "closingLines", level: sideLevel, body: renderClosings(c.closingLines, context) });
      break;
    default:
      callerBlocks.push({ key: "ending", level: sideLevel, body: renderPairs(c.endConditions, c.closingLines, context) });
  }
  const calleeBlocks: Block[] = [
    { key: "calleeRole", level: sideLevel, body: [e.role], inline: e.role },
    { key: "background", level: sideLevel, body: list(e.background, f.lists) },
    { key: "concerns", level: sideLevel, body: list(e.concerns, f.lists) },
    { key: "behaviours", level: sideLevel, body: list(e.behaviours, f.lists) },
  ];
  const q = (l: string): string => spokenParagraph(l, context);
  switch (f.style) {
    case "sublabels":
      calleeBlocks.push({ key: "style", level: sideLevel, body: [] }, { key: "negative", level: sub, body: list(e.negative.map(q), "dash") }, { key: "positive", level: sub, body: list(e.positive.map(q), "dash") });
      break;
    case "sections":
      calleeBlocks.push({ key: "negative", level: sideLevel, body: list(e.negative.map(q), "dash") }, { key: "positive", level: sideLevel, body: list(e.positive.map(q), "dash") });
      break;
    default:
      calleeBlocks.push({ key: "style", level: sideLevel, body: renderStyleBlock(e.positive, e.negative, context) });
  }
  calleeBlocks.push({ key: "calleeEnd", level: sideLevel, body: numbered(e.endConditions) });
  const sides: [SectionKey, Block[]][] = [["caller", callerBlocks], ["callee", calleeBlocks]];
  if (f.order === "callee-first") sides.reverse();
  for (const [side, inner] of sides) {
    if (f.sides === "titled") blocks.push({ key: side, level: 1, body: [] });
    blocks.push(...inner);
  }
  const lines: string[] = [];
  if (f.container === "front-matter") lines.push("---", `title: ${canon.id}`, `language: ${canon.language}`, "---", "");
  if (f.docTitle === "h1") lines.push(`# ${c.organization ?? canon.id}${canon.language === "en" ? " call scenario" : "外呼场景"}`, "");
  for (const block of blocks) {
    const head = heading(block.level, title(block.key));
    const sameLine = f.inline === "same-line" && block.inline !== undefined && head.length === 1 && !["setext", "bold", "outline-num", "outline-word", "atx", "atx-shallow", "atx-deep"].includes(f.titles);
    if (sameLine) lines.push(`${head[0]}${f.titles === "lenticular" ? "" : f.titles === "caps" ? `${w.colon} ` : " "}${block.inline}`, "");
    else lines.push(...head, "", ...block.body, "");
  }
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}
