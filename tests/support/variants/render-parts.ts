// Renders the parts of a scenario body (spoken lines, lists, steps, question-answer pairs, endings, style examples)
// in one of the layouts a feature names; the section titles around them are render-document.ts's.
import type { CanonQa, CanonStep } from "./canon.js";
import type { Features } from "./features.js";
import type { Words } from "./labels.js";

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮";
const LETTERS = "ABCDEFGHIJKLMNO";

export interface PartContext {
  f: Features;
  w: Words;
  language: "zh" | "en";
  /** How a sub-title (a step or question heading) is written at the given depth below its section. */
  subTitle: (text: string) => string;
}

/** A spoken line in the variant's quotes ("blockquote" quotes in running text, tables and lists use curly ones). */
export function quote(text: string, style: Features["quotes"], language: "zh" | "en"): string {
  switch (style) {
    case "curly": return `“${text}”`;
    case "corner": return `「${text}」`;
    case "straight": return `"${text}"`;
    case "single": return language === "en" ? `‘${text}’` : `『${text}』`;
    case "backtick": return `\`${text}\``;
    case "none": return text;
    case "blockquote": return `“${text}”`;
  }
}

/** Spoken lines placed under an item, indented by `indent`. */
function spoken(lines: string[], c: PartContext, indent: string, bullet = "- "): string[] {
  if (c.f.quotes === "blockquote") return lines.map((l) => `${indent}> ${l}`);
  return lines.map((l) => `${indent}${bullet}${quote(l, c.f.quotes, c.language)}`);
}

export function list(items: string[], mark: Features["lists"], indent = ""): string[] {
  return items.map((item, i) => {
    switch (mark) {
      case "dash": return `${indent}- ${item}`;
      case "star": return `${indent}* ${item}`;
      case "numbered": return `${indent}${i + 1}. ${item}`;
      case "bullet-char": return `${indent}• ${item}`;
      case "plain": return `${indent}${item}`;
    }
  });
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function table(heads: string[], rows: string[][]): string[] {
  return [`| ${heads.join(" | ")} |`, `| ${heads.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

export function renderSteps(steps: CanonStep[], c: PartContext): string[] {
  const { f, w } = c;
  if (f.steps === "table") {
    const q = f.quotes === "blockquote" ? "curly" : f.quotes;
    return table(["#", w.tableHeads.step, w.tableHeads.script], steps.map((s, i) => [String(i + 1), s.title, s.lines.map((l) => quote(l, q, c.language)).join("<br>")]));
  }
  const out: string[] = [];
  steps.forEach((step, i) => {
    const n = i + 1;
    const head = (): string[] => {
      switch (f.steps) {
        case "md-bold": return [`${n}. **${step.title}**`, ...spoken(step.lines, c, "   ")];
        case "md-plain": return [`${n}. ${step.title}`, ...spoken(step.lines, c, "   ", "")];
        case "heading": return [c.subTitle(`${w.stepWord(n)}${w.colon}${c.language === "en" ? " " : ""}${step.title}`), "", ...spoken(step.lines, c, "")];
        case "step-word": return [`${w.stepWord(n)}${w.colon}${c.language === "en" ? " " : ""}${step.title}`, ...spoken(step.lines, c, "")];
        case "step-ordinal": return [`${w.stepOrdinal(n)}${w.colon}${c.language === "en" ? " " : ""}${step.title}`, ...spoken(step.lines, c, "")];
        case "hash-dash": return [`#${n} — ${step.title}`, ...spoken(step.lines, c, "")];
        case "lettered": return [`${LETTERS[i] ?? n}${c.language === "en" ? ". " : "、"}${step.title}`, ...spoken(step.lines, c, "   ")];
        case "tasklist": return [`- [ ] ${step.title}`, ...spoken(step.lines, c, "  ")];
        case "circled": return [`${CIRCLED[i] ?? n} ${step.title}`, ...spoken(step.lines, c, "")];
        case "paren": return [`${c.language === "en" ? `(${n}) ` : `（${n}）`}${step.title}`, ...spoken(step.lines, c, "")];
        case "say-label": return [`${n}. ${step.title}`, ...step.lines.map((l) => `   ${w.say}${w.colon}${c.language === "en" ? " " : ""}${quote(l, f.quotes === "blockquote" ? "curly" : f.quotes, c.language)}`)];
        case "table": return [];
      }
    };
    out.push(...head(), "");
  });
  return out;
}

export function renderKb(kb: CanonQa[], c: PartContext): string[] {
  const { f, w } = c;
  const sp = c.language === "en" ? " " : "";
  const [q, a] = w.question;
  const [lq, la] = w.longQuestion;
  switch (f.kb) {
    case "qa-list": return kb.flatMap((e) => [`- ${q}${w.colon}${sp}${e.q}`, `  ${a}${w.colon}${sp}${e.a}`]);
    case "qa-plain": return kb.flatMap((e) => [`${q}${w.colon}${sp}${e.q}`, `${a}${w.colon}${sp}${e.a}`, ""]);
    case "long-label": return kb.flatMap((e) => [`${lq}${w.colon}${sp}${e.q}`, `${la}${w.colon}${sp}${e.a}`, ""]);
    case "table": return table([w.tableHeads.question, w.tableHeads.answer], kb.map((e) => [e.q, e.a]));
    case "deflist": return kb.flatMap((e) => [e.q, `: ${e.a}`, ""]);
    case "bold-q": return kb.flatMap((e) => [`**${e.q}**`, e.a, ""]);
    case "details": return kb.flatMap((e) => ["<details>", `<summary>${e.q}</summary>`, "", e.a, "", "</details>", ""]);
    case "heading-q": return kb.flatMap((e) => [c.subTitle(e.q), "", e.a, ""]);
    case "numbered": return kb.flatMap((e, i) => [`${i + 1}. ${e.q}`, `   ${e.a}`]);
    case "arrow": return kb.map((e) => `- ${e.q} → ${e.a}`);
  }
}

/** End conditions paired with closing lines (table and arrow layouts pair them one to one). */
export function renderPairs(conditions: string[], closings: string[], c: PartContext): string[] {
  const q = c.f.quotes === "blockquote" ? "curly" : c.f.quotes;
  const bare = (text: string): string => text.replace(/[;；。.]+$/, "");
  if (c.f.endings === "table") {
    return table([c.w.tableHeads.condition, c.w.tableHeads.closing], conditions.map((cond, i) => [bare(cond), quote(closings[i] ?? "", q, c.language)]));
  }
  const lower = (text: string): string => (c.language === "en" ? text.charAt(0).toLowerCase() + text.slice(1) : text);
  return conditions.map((cond, i) => `- ${c.w.ifWord}${c.language === "en" ? " " : ""}${lower(bare(cond))} → ${quote(closings[i] ?? "", q, c.language)}`);
}

export function renderClosings(closings: string[], c: PartContext): string[] {
  return spoken(closings, c, "");
}

/** The callee's style examples in one block (marks or a two-column table); sub-labelled forms are the document's. */
export function renderStyleBlock(positive: string[], negative: string[], c: PartContext): string[] {
  const q = c.f.quotes === "blockquote" ? "curly" : c.f.quotes;
  if (c.f.style === "marks") {
    return [...positive.map((l) => `- ✅ ${quote(l, q, c.language)}`), ...negative.map((l) => `- ❌ ${quote(l, q, c.language)}`)];
  }
  const rows = Array.from({ length: Math.max(positive.length, negative.length) }, (_, i) => [
    positive[i] === undefined ? "" : quote(positive[i], q, c.language),
    negative[i] === undefined ? "" : quote(negative[i], q, c.language),
  ]);
  return table([c.w.tableHeads.good, c.w.tableHeads.bad], rows);
}

export function renderProfile(items: string[], c: PartContext): string[] {
  const split = items.map((item) => /^([^:：]{1,24})[:：]\s*(.+)$/.exec(item));
  if (c.f.profile === "table" && split.every((m) => m !== null)) {
    return table([c.w.tableHeads.field, c.w.tableHeads.value], split.map((m) => [m?.[1] ?? "", m?.[2] ?? ""]));
  }
  return list(items, c.f.lists);
}

export function spokenParagraph(text: string, c: PartContext): string {
  return c.f.quotes === "blockquote" ? `> ${text}` : quote(text, c.f.quotes, c.language);
}
