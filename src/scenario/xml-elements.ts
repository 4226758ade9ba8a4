// XML-style exports ("<section name=…>", "<field key=…>…</field>", "<step no=… title=…>…</step>", "<qa><q>…</q><a>…</a></qa>"):
// an element's attributes say what its text is, so each line becomes the Markdown line the section reader reads.

import type { SourceLine } from "./lines.js";

/** Attribute names by what they say about the element's text: its name, its number, or when it applies. */
const NAME_ATTRS = ["name", "title", "label", "heading", "key", "field"] as const;
const NUMBER_ATTRS = ["no", "n", "num", "number", "index", "step", "order", "seq"] as const;
const CONDITION_ATTRS = ["when", "if", "condition", "case", "trigger"] as const;

/** Child tags that are a question or its answer. */
const QA_TAGS: Readonly<Record<string, "Q" | "A">> = { q: "Q", question: "Q", ask: "Q", a: "A", answer: "A", reply: "A" };

const ATTRIBUTE = /([A-Za-z_][\w-]{0,30})\s*=\s*"([^"]{0,300})"/g;
const OPEN_ONLY = /^\s*<([A-Za-z][\w-]{0,40})(\s[^<>]{1,400})>\s*$/;
const WHOLE = /^\s*<([A-Za-z][\w-]{0,40})((?:\s[^<>]{0,400})?)>(.*)<\/\1>\s*$/;
const CHILD = /<([A-Za-z][\w-]{0,40})(?:\s[^<>]{0,200})?>([^<]*)<\/\1>/g;

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTRIBUTE)) out.set((m[1] ?? "").toLowerCase(), (m[2] ?? "").trim());
  return out;
}

function first(attrs: Map<string, string>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = attrs.get(name);
    if (value !== undefined && value !== "") return value;
  }
  return undefined;
}

/**
 * The Markdown lines one XML-style line stands for, or null when its attributes say nothing the reader needs (the
 * ordinary tag rules apply then). An opening tag with a name is a heading; a whole element with a number is a
 * numbered item, with a name a "name：text" field, with a condition an ending "condition：text"; an element holding
 * question and answer children is a Q/A pair.
 */
export function xmlElementLines(line: SourceLine): SourceLine[] | null {
  const at = (text: string): SourceLine => ({ no: line.no, text });
  const open = OPEN_ONLY.exec(line.text);
  if (open !== null) {
    const attrs = attributes(open[2] ?? "");
    const name = first(attrs, NAME_ATTRS);
    const number = first(attrs, NUMBER_ATTRS);
    // "<step n="2" name="check">" over its lines: a numbered element is a numbered heading, a step of its section.
    if (number !== undefined && /^\d{1,3}$/.test(number)) return [at(`### ${number}. ${name ?? ""}`.trimEnd())];
    return name === undefined ? null : [at(`## ${name}`)];
  }
  const whole = WHOLE.exec(line.text);
  if (whole === null) return null;
  const attrs = attributes(whole[2] ?? "");
  const inner = whole[3] ?? "";
  const children = [...inner.matchAll(CHILD)];
  if (children.length >= 2 && children.every((c) => QA_TAGS[(c[1] ?? "").toLowerCase()] !== undefined)) {
    return children.map((c) => at(`${QA_TAGS[(c[1] ?? "").toLowerCase()] ?? "Q"}: ${(c[2] ?? "").trim()}`));
  }
  if (inner.includes("<")) return null;
  const text = inner.trim();
  const name = first(attrs, NAME_ATTRS);
  const number = first(attrs, NUMBER_ATTRS);
  const condition = first(attrs, CONDITION_ATTRS);
  if (number !== undefined && /^\d{1,3}$/.test(number)) return [at(`${number}. ${name === undefined ? text : `${name}：${text}`}`)];
  if (condition !== undefined) return [at(`- ${condition}：${text}`)];
  // "<section name="…">text</section>": a named block on one line is a heading over its text.
  if (name !== undefined && /^(?:section|part|chapter|group|block)$/i.test(whole[1] ?? "")) return [at(`## ${name}`), at(text)];
  if (name !== undefined) return [at(`- ${name}：${text}`)];
  return null;
}
