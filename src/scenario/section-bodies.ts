// Shared by both sides: the bodies of a side's sections grouped by kind, and the sections kept as extras.

import type { ExtraSection } from "../schema/scenario.js";
import { stripEmphasis, type SourceLine } from "./lines.js";
import { bodyText } from "./lists.js";
import type { SectionKind } from "./section-names.js";
import type { RawSection } from "./sections.js";

/** Body lines of every section of each kind, in document order (grouped once: each side asks for many kinds). */
export function bodiesByKind(sections: readonly RawSection[]): (kind: SectionKind) => SourceLine[] {
  const groups = new Map<SectionKind, SourceLine[]>();
  for (const section of sections) {
    if (section.kind === null) continue;
    const group = groups.get(section.kind);
    if (group === undefined) groups.set(section.kind, [...section.body]);
    else group.push(...section.body);
  }
  return (kind) => groups.get(kind) ?? [];
}

/**
 * The side's role text: its role section, or else the untitled text under the side heading (which is then
 * consumed, added to `skip`, so it is not kept again as an extra section).
 */
/** A sentence that says who the reader plays: "你是…", "你扮演…", "You are…", "You will play…". */
export const YOU_ARE = /(?:^|[\s>*_。！!，,])(?:你是|你叫|你的名字是|你将扮演|你扮演|您是|you are|you['’]re|your name is|you will play|you play)(?=[\s\p{L}*_“"【「『])/iu;

const NAME_FIELD_LINE = /^\s*(?:[-*+]\s+)?(?:姓名|名字|name|full name)\s*[:：]/i;

export function roleBodyOf(sections: readonly RawSection[], bodyOf: (kind: SectionKind) => SourceLine[], skip: Set<RawSection>): SourceLine[] {
  const roleBody = bodyOf("role");
  // "## Caller" then "### Who is calling": a side heading with only blank lines under it holds no role text.
  const intro = sections.find((s) => s.intro && s.body.some((line) => line.text.trim() !== ""));
  if (intro === undefined) {
    if (roleBody.length > 0) return roleBody;
    // "# Identity" / "# 客户模拟提示词" then "You are…": an untitled-kind section opening with who you are is the role.
    const you = sections.find((s) => s.kind === null && s.body.some((line) => YOU_ARE.test(line.text)));
    if (you === undefined) return roleBody;
    skip.add(you);
    return you.body;
  }
  if (roleBody.length > 0) {
    // "Name: …" / "Company: …" fields above a "Role: …" field describe the same person.
    if (!intro.body.some((line) => NAME_FIELD_LINE.test(stripEmphasis(line.text)))) return roleBody;
    skip.add(intro);
    return [...intro.body, ...roleBody];
  }
  skip.add(intro);
  return intro.body;
}

/** A line that opens with a quote is content, never a sub-label. */
export function mayBeLabel(text: string): boolean {
  return !/^\s*(?:[-*+•]\s+)?[“「『"]/.test(text);
}

/**
 * The sections a side does not read into a field, kept as extra sections; `kept` hears of each one so the reader can
 * warn, naming what was set aside and where.
 */
export function extrasOf(sections: readonly RawSection[], known: ReadonlySet<SectionKind>, skip: ReadonlySet<RawSection>, kept: (section: RawSection, body: string) => void = () => undefined): ExtraSection[] {
  const out: ExtraSection[] = [];
  for (const s of sections) {
    if (skip.has(s) || (s.kind !== null && known.has(s.kind))) continue;
    const body = bodyText(s.body);
    if (body === "" && (s.intro || s.title === "")) continue;
    kept(s, body);
    out.push({ title: s.title, body });
  }
  return out;
}

/** The warning for a section kept as an extra: its title, or the first words of untitled text. */
export function extraWarning(side: "caller" | "callee", warn: (message: string, line: number | null) => void): (section: RawSection, body: string) => void {
  return (section, body) => {
    if (section.kind === null && !section.intro && section.title !== "") warn(`unknown section '${section.title}' kept as an extra section`, section.line);
    else if (section.kind !== null) warn(`section '${section.title}' is not a ${side} part; kept as an extra section`, section.line);
    else warn(`text not read as any ${side} field kept as an extra section: '${excerpt(body)}'`, section.body[0]?.no ?? section.line);
  };
}

/** The first words of a text set aside, on one line. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
