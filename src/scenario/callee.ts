// The callee side: who answers, their background and situation, concerns, behaviour, reply style and when they hang up.

import type { CalleeSide } from "../schema/scenario.js";
import { bodiesByKind, extraWarning, extrasOf, mayBeLabel, roleBodyOf } from "./section-bodies.js";
import { headingOf } from "./headings.js";
import { identityOf } from "./identity.js";
import { backgroundName } from "./persona-name.js";
import { stripBullet, stripEmphasis, stripListMarker, type SourceLine } from "./lines.js";
import { bodyText, itemFullText, listItems, splitRunOn } from "./lists.js";
import { quotedSpans } from "./quotes.js";
import { classifyHeading, type SectionKind } from "./section-names.js";
import type { RawSection } from "./sections.js";

const CALLEE_FIELDS: ReadonlySet<SectionKind> = new Set(["role", "background", "situation", "concerns", "behaviours", "style", "stylePositive", "styleNegative", "endConditions", "endAndClosing"]);
const SITUATION_LABEL = /^(?:接电话前的?即时情境|即时情境|当前情境|来电时的状态|接电话时|immediate situation|current situation|situation|right before the call)\s*[:：]\s*/i;

export function buildCallee(sections: readonly RawSection[], profileName: string, warn: (message: string, line: number | null) => void, titled = ""): CalleeSide {
  const skip = new Set<RawSection>();
  const bodyOf = bodiesByKind(sections);
  const role = bodyText(roleBodyOf(sections, bodyOf, skip));
  const backgroundItems = listItems(bodyOf("background")).map(itemFullText);
  // No role section: the background's "You are …" names the person, or the persona's title does.
  const name = identityOf(role).name || profileName || backgroundName(backgroundItems.join("\n")) || titled;
  const situationItem = backgroundItems.find((t) => SITUATION_LABEL.test(t));
  const situationText = bodyText(bodyOf("situation"));
  const plainStyle = bodyOf("style");
  const styleExamples = styleBodyOf(sections, plainStyle);
  // The lines left out describe the manner: they are behaviours.
  const manner = plainStyle.filter((line) => !styleExamples.includes(line));
  const style = readStyle([...styleExamples, ...labelled(sections, "stylePositive", "正面教材"), ...labelled(sections, "styleNegative", "反面教材")]);
  const side: CalleeSide = {
    name,
    role,
    background: backgroundItems.join("\n"),
    situation: situationText !== "" ? situationText : situationItem === undefined ? null : situationItem.replace(SITUATION_LABEL, "").trim(),
    concerns: splitRunOn(listItems(bodyOf("concerns")).map(itemFullText)),
    behaviours: splitRunOn(listItems([...bodyOf("behaviours"), ...manner]).map(itemFullText)),
    style,
    endConditions: splitRunOn(listItems([...bodyOf("endConditions"), ...bodyOf("endAndClosing")]).map((i) => itemFullText(i).replace(/[；;，,、。]+$/u, "").trim())),
    extraSections: extrasOf(sections, CALLEE_FIELDS, skip, extraWarning("callee", warn)),
  };
  const missing: [boolean, string][] = [
    [role === "", "callee role (角色 / Role)"],
    [name === "", "callee name"],
    [side.background === "", "callee background (背景信息 / Background)"],
    [side.concerns.length === 0, "callee concerns (核心关切点 / Concerns)"],
    [side.behaviours.length === 0, "callee behaviours (典型行为 / Behaviour)"],
    [style.positive.length === 0 && style.negative.length === 0, "reply style examples (回复风格示例 / Reply style)"],
    [side.endConditions.length === 0, "callee end conditions (结束条件 / End conditions)"],
  ];
  for (const [absent, what] of missing) if (absent) warn(`missing ${what}; left empty`, null);
  return side;
}

/** Sections titled as positive/negative examples on their own: prefix a label line so readStyle sorts them. */
/**
 * A plain style section next to an explicit positive-examples section describes the manner ("Brisk, to the point"):
 * only its quoted lines and labelled lines are examples then. So does one that quotes some lines and not others
 * ("- Short answers, a bit impatient." above "- “Go on.”"): the quotes are how the person sounds, the rest the manner.
 */
function styleBodyOf(sections: readonly RawSection[], body: readonly SourceLine[]): readonly SourceLine[] {
  const explicit = sections.some((s) => s.kind === "stylePositive" && s.body.some((line) => line.text.trim() !== ""));
  const written = body.filter((line) => line.text.trim() !== "" && !line.text.trim().startsWith("|"));
  // A label ("- **要像这样说：**") leads into examples; it describes nothing.
  const isLabel = (text: string): boolean => styleLabel(text) || /[:：]\s*(?:\*\*|__)?\s*$/u.test(text);
  const mixed = written.some((line) => quotedSpans(line.text).length > 0) && written.some((line) => quotedSpans(line.text).length === 0 && !isLabel(line.text));
  if (!explicit && !mixed) return body;
  // With examples of their own elsewhere, a line that quotes a few words inside a longer description ("在意细节，会问
  // “…”") tells the manner; the quote is part of it.
  const example = (text: string): boolean => {
    const spans = quotedSpans(text);
    if (spans.length === 0) return false;
    const quoted = spans.reduce((n, q) => n + q.length, 0);
    return !explicit || stripListMarker(text).length - quoted - 2 * spans.length <= quoted;
  };
  return body.filter((line) => line.text.trim().startsWith("|") || example(line.text) || styleLabel(line.text));
}

const STYLE_LABEL_CUE = /正面|反面|避免|模仿|\b(?:positive|negative|good|bad|avoid|imitate)\b/i;

/** A label sorting examples: a cue word, or any name of the positive or negative examples ("Sounds like", "Never say"). */
function styleLabel(text: string): boolean {
  if (STYLE_LABEL_CUE.test(text)) return true;
  const bare = stripEmphasis(stripBullet(text.replace(/^\s*#{1,6}\s*/, ""))).replace(/[:：]\s*$/u, "").trim();
  const kind = bare.length > 40 ? null : classifyHeading(bare, true).kind;
  return kind === "stylePositive" || kind === "styleNegative";
}

function labelled(sections: readonly RawSection[], kind: SectionKind, label: string): SourceLine[] {
  return sections.filter((s) => s.kind === kind).flatMap((s) => [{ no: s.line, text: `${label}：` }, ...s.body]);
}

/** Style examples sorted under their labels; examples before any label count as positive. */
export function readStyle(body: readonly SourceLine[]): { positive: string[]; negative: string[] } {
  const out = { positive: [] as string[], negative: [] as string[] };
  let mode: "positive" | "negative" = "positive";
  // "| 正面示例 | 反面示例 |": a table whose header cells name the kinds; each column is one list.
  let columns: ("positive" | "negative" | null)[] | null = null;
  for (const line of body.flatMap(splitAtStyleLabels)) {
    const trimmed = line.text.trim();
    if (trimmed.startsWith("|")) {
      const cells = trimmed.replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => stripEmphasis(c).trim());
      if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === "")) continue;
      const kinds = cells.map((c) => classifyHeading(c, true).kind);
      if (columns === null && kinds.some((k) => k === "stylePositive" || k === "styleNegative")) {
        columns = kinds.map((k) => (k === "stylePositive" ? "positive" : k === "styleNegative" ? "negative" : null));
        continue;
      }
      if (columns !== null) {
        cells.forEach((cell, i) => {
          const column = columns?.[i] ?? null;
          if (column === null || cell === "") return;
          const spans = quotedSpans(cell);
          out[column].push(...(spans.length > 0 ? spans : [cell]));
        });
        continue;
      }
    } else columns = null;
    const bare = stripEmphasis(stripBullet(line.text.replace(/^\s*#{1,6}\s*/, ""))).trim();
    // "✅ “…”" / "❌ “…”": a mark of approval or refusal sorts the example after it, and the lines that follow it.
    const marked = STYLE_MARKS.get(String.fromCodePoint(bare.codePointAt(0) ?? 0));
    if (marked !== undefined) mode = marked;
    const text = marked === undefined ? bare : bare.slice(String.fromCodePoint(bare.codePointAt(0) ?? 0).length).replace(/^\uFE0F/u, "").trim();
    if (text === "") continue;
    const label = mayBeLabel(text) ? headingOf(text) : null;
    const kind = label === null ? null : classifyHeading(label.text, true).kind ?? STYLE_ONLY_LABELS.get(label.text.trim().toLowerCase()) ?? null;
    let content = text;
    if (label !== null && (kind === "stylePositive" || kind === "styleNegative")) {
      mode = kind === "stylePositive" ? "positive" : "negative";
      content = label.rest;
    }
    const spans = quotedSpans(content);
    if (spans.length > 0) out[mode].push(...spans);
    else if (content.trim() !== "") out[mode].push(content.trim());
  }
  return out;
}

/** Marks of approval and refusal that lead an example ("✅ …", "❌ …"). */
const STYLE_MARKS: ReadonlyMap<string, "positive" | "negative"> = new Map([
  ...[..."✅✔✓☑👍⭕√"].map((mark) => [mark, "positive"] as const),
  ...[..."❌✖✗✘×🚫👎⛔❎"].map((mark) => [mark, "negative"] as const),
]);

/** Labels that sort examples only inside a style section ("Do:" elsewhere names nothing). */
const STYLE_ONLY_LABELS: ReadonlyMap<string, SectionKind> = new Map([["do", "stylePositive"], ["dos", "stylePositive"], ["do's", "stylePositive"], ["don'ts", "styleNegative"], ["要", "stylePositive"], ["不要", "styleNegative"]]);

/** "正面：「…」「…」反面：「…」" on one line: each label starts its own line. */
const INLINE_STYLE_LABEL = /(?:正面|反面)(?:示例|教材|例子|说法)?\s*[:：]|(?:避免|模仿)\s*[:：]|\b(?:positive|negative|good|bad|avoid|imitate|do|don't)(?: examples?)?\s*:/giu;

function splitAtStyleLabels(line: SourceLine): SourceLine[] {
  // Every label ends in a colon: most lines have none and skip the scan.
  if (!line.text.includes(":") && !line.text.includes("：")) return [line];
  const starts = [...line.text.matchAll(INLINE_STYLE_LABEL)].map((m) => m.index).filter((i) => i > 0 && /[」”"』\s。.!！?？]$/u.test(line.text.slice(0, i).trimEnd().slice(-1)));
  if (starts.length === 0) return [line];
  const cuts = [0, ...starts, line.text.length];
  return cuts.slice(0, -1).map((from, k) => ({ no: line.no, text: line.text.slice(from, cuts[k + 1]) }));
}
