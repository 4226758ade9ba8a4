// The caller side: role, task, what it knows about the customer, the script, the knowledge base and how to end.

import { keyedClosings } from "./keyed-closings.js";
import type { CallerSide } from "../schema/scenario.js";
import { identityOf } from "./identity.js";
import { isListItem, stripBullet, stripEmphasis, type SourceLine } from "./lines.js";
import { bodyText, fieldItems, itemFullText, listItems, splitRunOn } from "./lists.js";
import { bodiesByKind, extraWarning, extrasOf, mayBeLabel, roleBodyOf } from "./section-bodies.js";
import { readKnowledgeSections } from "./qa.js";
import { quotedSpans, sampleLines } from "./quotes.js";
import { classifyHeading, type SectionKind } from "./section-names.js";
import type { RawSection } from "./sections.js";
import { headingOf } from "./headings.js";
import { SPEAKER_LABEL } from "./section-cues.js";
import { readSteps } from "./steps.js";
import { withoutUnsaidLines } from "./unsaid-steps.js";
import { taskInRole } from "./role-task.js";
import { labelledEndPairs } from "./end-pairs.js";
import { openingNotClosing } from "./opening-closing.js";
import { arrowPair, closingPairs } from "./closing-pairs.js";

interface EndsAndClosings {
  endConditions: string[];
  closingLines: string[];
}

const CALLER_FIELDS: ReadonlySet<SectionKind> = new Set(["role", "task", "customerProfile", "steps", "knowledgeBase", "opening", "endAndClosing", "endConditions", "closingLines"]);

export function buildCaller(sections: readonly RawSection[], warn: (message: string, line: number | null) => void): CallerSide {
  const has = (kind: SectionKind): boolean => sections.some((s) => s.kind === kind);
  const skip = new Set<RawSection>();
  const bodyOf = bodiesByKind(sections);
  const written = bodyText(roleBodyOf(sections, bodyOf, skip));
  // A task labelled inside the role text is the task when no section gives one.
  const inRole = bodyOf("task").length === 0 ? taskInRole(written) : null;
  const role = inRole?.role ?? written;
  const { name, organization } = identityOf(role);
  const table = endClosingTable([...bodyOf("endAndClosing"), ...bodyOf("endConditions"), ...bodyOf("closingLines")]);
  const rest = (kind: SectionKind): SourceLine[] => bodyOf(kind).filter((line) => table === null || !line.text.trim().startsWith("|"));
  const combined = splitEndAndClosing(rest("endAndClosing"));
  const ends = endsWithClosings(rest("endConditions"));
  const closings = closingPairs(rest("closingLines"));
  // Parts pairing each condition with its line go first, so the n-th condition is the n-th closing's: a closings
  // section of labelled lines after a bare "when to end" list keeps its labels beside their lines.
  const parts = [table ?? { endConditions: [], closingLines: [] }, combined, ends, closings];
  const paired = (p: EndsAndClosings): boolean => p.endConditions.length > 0 && p.endConditions.length === p.closingLines.length;
  const ordered = [...parts.filter(paired), ...parts.filter((p) => !paired(p))];
  const endConditions = ordered.flatMap((p) => p.endConditions);
  const closingLines = ordered.flatMap((p) => p.closingLines);
  const side: CallerSide = {
    name,
    organization,
    role,
    task: inRole?.task ?? bodyText(bodyOf("task")),
    customerProfile: fieldItems(bodyOf("customerProfile")),
    steps: readSteps(bodyOf("steps")).map(withoutUnsaidLines),
    knowledgeBase: readKnowledgeSections(sections.filter((s) => s.kind === "knowledgeBase")),
    opening: openingNotClosing(openingOf(bodyOf("opening")), closingLines, warn),
    endConditions,
    closingLines,
    extraSections: extrasOf(sections, CALLER_FIELDS, skip, extraWarning("caller", warn)),
  };
  const missing: [boolean, string][] = [
    [role === "", "caller role (角色 / Role)"],
    [side.task === "", "caller task (核心任务 / Task)"],
    [side.customerProfile.length === 0, "customer profile (目标客户画像 / Customer profile)"],
    [side.steps.length === 0, has("steps") ? "steps (the script section has no numbered steps)" : "steps (分步流程 / Steps)"],
    [side.knowledgeBase.length === 0, has("knowledgeBase") ? "Q&A pairs (the knowledge-base section has no Q/A pairs)" : "knowledge base (问答知识库 / FAQ)"],
    [side.opening === null, "opening line (开场白 / Opening line)"],
    [endConditions.length === 0, "caller end conditions (结束条件 / End conditions)"],
    [closingLines.length === 0, "closing lines (结束语 / Closing lines)"],
  ];
  // Spoken parts the reader could not find may sit in a section it set aside: name where, so a person can relabel it.
  const spokenAside = sections.filter((s) => s.kind === null && !s.intro && s.title !== "" && s.body.some((l) => quotedSpans(l.text).length > 0));
  const aside = spokenAside.length === 0 ? "" : `; quoted lines set aside in ${spokenAside.slice(0, 3).map((s) => `'${s.title}' (line ${s.line})`).join(", ")}`;
  const spoken = new Set(["opening line (开场白 / Opening line)", "closing lines (结束语 / Closing lines)"]);
  for (const [absent, what] of missing) {
    if (absent) warn(`missing ${what}; left empty${spoken.has(what) ? aside : ""}`, spoken.has(what) ? (spokenAside[0]?.line ?? null) : null);
  }
  return side;
}

/** "或：“…”", "Or: …": an alternative opening; the first one written is the opening. */
const ALTERNATIVE = /^(?:或者?|或是|也可以说|备选|or|alternatively|alternative)\s*[:：]/i;

/** The lines before the first one that offers an alternative ("或：“…”"). */
function spokenBefore(texts: readonly string[]): string[] {
  const cut = texts.findIndex((t, i) => i > 0 && ALTERNATIVE.test(t));
  return cut < 0 ? [...texts] : texts.slice(0, cut);
}

function openingOf(body: readonly SourceLine[]): string | null {
  const texts = spokenBefore(body.map((l) => stripEmphasis(stripBullet(l.text)).trim()).filter((t) => t !== ""));
  if (texts.length === 0) return null;
  // Several quoted list items are alternatives: the first is the opening.
  const quotedItems = body.filter((l) => isListItem(l.text) && quotedSpans(l.text).length > 0);
  // …unless a quoted line stands on its own above them: then the items are rules on it ("■ 不要一上来就“…”",
  // "- If they ask who you are: “…”"), and only the lines on their own are said.
  const standing = quotedItems.length === 0 ? [] : body.filter((l) => !isListItem(l.text) && quotedSpans(l.text).length > 0);
  const first = standing.length === 0 ? [] : spokenBefore(standing.map((l) => stripEmphasis(l.text).trim()));
  if (first.length === 0 && quotedItems.length > 1) return quotedSpans(stripEmphasis(quotedItems[0]?.text ?? "")).join("");
  const spans = first.length > 0 ? first.flatMap(quotedSpans) : texts.flatMap(quotedSpans);
  const parts = spans.length > 0 ? spans : texts;
  const joined = parts.reduce((acc, p) => (acc === "" ? p : /[\u3000-\u9fff\uff00-\uffef]$/.test(acc) ? acc + p : `${acc} ${p}`), "");
  return joined === "" ? null : joined;
}

function endItems(body: readonly SourceLine[]): string[] {
  return splitRunOn(listItems(body).map((item) => trimEnd(itemFullText(item))).filter((t) => t !== ""));
}

/** "… is agreed. Close with: “…”": a label that hands the caller its closing line (a quote alone may be the customer's). */
const CLOSE_WITH = /^(.{2,200}?)[\s.。，,;；]*(?:close with|closing line|say|and say|end with|结束语|结束话术|并说|说)\s*[:：]\s*(?=[“"「『])/iu;

/** "… say yes or no. Close with": the label before a paired closing line is not part of the condition. */
const CLOSE_LABEL_END = /[.。，,;；]\s*(?:close with|closing line|and say|say|end with|结束语|结束话术|并说|说)\s*$/iu;

/** "A slot is booked → “Great, see you then.”": an arrow from the condition to what the caller says last. */
const ARROW_CLOSE = /^(.{2,200}?)\s*(?:→|->|=>|⇒)\s*(?=[“"「『])/u;

/** "对方忙：“…”", "Busy: “…”": a condition, a colon, then the quoted line said (a colon before a quote ends the condition). */
const COLON_CLOSE = /^([^“”"「」『』:：]{2,80}?)\s*[:：]\s*(?=[“"「『])/u;

/** End-condition items, each closing line it names set apart. */
function endsWithClosings(body: readonly SourceLine[]): { endConditions: string[]; closingLines: string[] } {
  const pairs = labelledEndPairs(body);
  if (pairs !== null) return pairs;
  const out = { endConditions: [] as string[], closingLines: [] as string[] };
  for (const item of endItems(body)) {
    const colon = COLON_CLOSE.exec(item);
    // "A slot is booked. Close with: “…”": the label before the colon is the closing's, read by CLOSE_WITH.
    const m = (colon !== null && !CLOSE_LABEL_END.test(colon[1] ?? "") ? colon : null) ?? CLOSE_WITH.exec(item) ?? ARROW_CLOSE.exec(item);
    if (m === null) out.endConditions.push(item);
    else {
      out.endConditions.push(trimEnd(m[1] ?? ""));
      out.closingLines.push(...sampleLines(item.slice(m[0].length)));
    }
  }
  return out;
}

function closingItems(body: readonly SourceLine[]): string[] {
  return listItems(body).flatMap((item) => sampleLines(itemFullText(item)));
}

function trimEnd(text: string): string {
  return text.replace(/[；;，,、。]+$/u, "").trim();
}


const CONDITION_HEADER = /条件|情况|情形|场景|condition|situation|when|if\b/i;
const CLOSING_HEADER = /结束语|话术|收尾|告别|closing|goodbye|sign-?off|what to say|\bsay\b/i;

/** "| 条件 | 结束语 |" / "| Condition | Closing line |": a table pairing each end condition with its closing line. */
function endClosingTable(body: readonly SourceLine[]): { endConditions: string[]; closingLines: string[] } | null {
  const rows = body.filter((line) => line.text.trim().startsWith("|")).map((line) =>
    line.text.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((cell) => stripEmphasis(cell).trim()),
  );
  const header = rows[0];
  if (header === undefined) return null;
  const closingAt = header.findIndex((cell) => CLOSING_HEADER.test(cell));
  const conditionAt = header.findIndex((cell, i) => i !== closingAt && CONDITION_HEADER.test(cell));
  if (closingAt < 0 || conditionAt < 0) return null;
  const out = { endConditions: [] as string[], closingLines: [] as string[] };
  for (const row of rows.slice(1)) {
    if (row.every((cell) => /^:?-{2,}:?$/.test(cell) || cell === "")) continue;
    const condition = trimEnd(row[conditionAt] ?? "");
    const closing = row[closingAt] ?? "";
    if (condition !== "") out.endConditions.push(condition);
    if (closing !== "") out.closingLines.push(...sampleLines(closing));
  }
  return out.endConditions.length > 0 ? out : null;
}

/** A combined "end conditions and closing lines" section, split on its sub-labels (bold lines, "结束语：", "#### Closing"). */
export function splitEndAndClosing(body: readonly SourceLine[]): { endConditions: string[]; closingLines: string[] } {
  const keyed = keyedClosings(body);
  if (keyed !== null) return keyed;
  const pairs = labelledEndPairs(body);
  if (pairs !== null) return pairs;
  const parts: Record<"end" | "closing" | "none", SourceLine[]> = { end: [], closing: [], none: [] };
  let mode: "end" | "closing" | "none" = "none";
  for (const line of body) {
    const label = mayBeLabel(line.text) ? headingOf(stripBullet(line.text)) : null;
    const kind = label === null ? null : classifyHeading(label.text, true).kind;
    if (label !== null && (kind === "endConditions" || kind === "closingLines")) {
      mode = kind === "endConditions" ? "end" : "closing";
      if (label.rest.trim() !== "") parts[mode].push({ no: line.no, text: label.rest });
      continue;
    }
    parts[mode].push(line);
  }
  const loose = listItems(parts.none);
  // "- If the customer agrees: “Great, bye.”" in every item: each pairs a condition with its closing line.
  // "- If she agrees: confirm, close → “…”": an arrow parts the pair whatever the condition holds.
  const arrows = loose.map((i) => arrowPair(stripEmphasis(itemFullText(i))));
  const paired = loose.length > 0 && loose.every((i, k) => arrows[k] !== null || pairedCondition(i.text) !== null) ? loose.map((i, k) => arrows[k]?.condition ?? pairedCondition(i.text) ?? "") : [];
  const closingOf = (i: (typeof loose)[number], k: number): string[] => sampleLines(paired.length > 0 ? (arrows[k]?.said ?? i.text) : i.text);
  return {
    endConditions: [...paired.map((c) => trimEnd(c.replace(CLOSE_LABEL_END, ""))), ...loose.filter((i) => quotedSpans(i.text).length === 0).map((i) => trimEnd(itemFullText(i))), ...endItems(parts.end)],
    closingLines: [...loose.flatMap((i, k) => (quotedSpans(i.text).length > 0 ? closingOf(i, k) : [])), ...closingItems(parts.closing)],
  };
}

/** "If the customer agrees: “…”", "客户同意时：“…”": a condition, a colon or dash, then the quoted closing. */
// A short condition counts too ("约好了：“…”", "Booked: “…”"), unless it names who speaks ("坐席：“…”").
const PAIRED = /^([^“”"「」『』:：]{2,80}?)\s*(?:[:：]|——|—|–|->|→)\s*[“"「『]/u;

function pairedCondition(text: string): string | null {
  const condition = PAIRED.exec(text)?.[1] ?? null;
  return condition === null || SPEAKER_LABEL.test(condition.trim()) ? null : condition;
}
