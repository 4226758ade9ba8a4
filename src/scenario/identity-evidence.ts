// The caller's name and organisation only when a sentence says so: the role text, a "you are…" sentence anywhere on
// the caller side, or the self-introduction in the opening; otherwise empty, with a diagnostic.

import type { CallerSide } from "../schema/scenario.js";
import { bareIntroducedName, cleanName, identityOf, selfIntroduction, type Identity } from "./identity.js";

/** A caller-word field whose value opens with a full name (two or three capitalised words, or two to four Han characters). */
const CALLER_FIELD = /^\s*(?:[-*•]\s*)?(?:\*\*|__)?(?:[Aa]gent|AGENT|[Cc]aller|CALLER|[Rr]epresentative|[Aa]gent [Nn]ame|[Cc]aller [Nn]ame|坐席|客服|拨打方|外呼坐席|(?:拨打|外呼|致电)(?:人员|人|员)?)(?:\*\*|__)?\s*[:：]\s*((?:[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+(?:[A-Z][\p{Ll}'’-]+)?){1,2})|\p{Script=Han}{2,4})(?=$|[\s,，、(（])/u;
/**
 * "拨打人：售后组 客服 某某某", "外呼员：售后客服 某某", "外呼人：前台 某某某": a caller field whose value is a title (a team
 * may run into it) and then, after a space, the name; a short form may follow in brackets ("某某（小某）").
 */
const CALLER_FIELD_LAST = /^\s*(?:[-*•]\s*)?(?:坐席|客服|拨打方|外呼坐席|(?:拨打|外呼|致电)(?:人员|人|员|身份)?)\s*[:：=]\s*(?:\p{Script=Han}{1,10}\s+){1,3}(\p{Script=Han}{2,4})\s*(?:[（(](?:(\p{Script=Han}{2,4})|[^（()）\n]{1,30})[）)])?\s*(?:$|[,，;；。])/u;

/**
 * "Dispatcher Jo Rendell": three capitalised words of which the caller says only the second of itself ("it's Jo") begin
 * with a title; the name is the last two.
 */
function withoutTitle(name: string, said: string | null): string {
  const words = name.split(/\s+/u);
  if (words.length !== 3 || said === null) return name;
  const spoken = new Set(said.split(/[^\p{L}'’-]+/u));
  const saysWord = (word: string): boolean => spoken.has(word);
  return saysWord(words[1] ?? "") && !saysWord(words[0] ?? "") ? words.slice(1).join(" ") : name;
}

/** "小某（某某）": a familiar short form ("小"/"老"/"阿" and the surname) before the full name it stands for, in brackets. */
function fullFormOf(name: string, bracketed: string | undefined): string {
  if (bracketed === undefined) return name;
  const short = /^[小老阿](\p{Script=Han})$/u.exec(name)?.[1];
  return short !== undefined && bracketed.startsWith(short) ? bracketed : name;
}
/** "公司：…", "Company: …": a field that states the organisation, written out in full. */
const ORG_FIELD = /^\s*(?:[-*•]\s*)?(?:\*\*|__)?(?:公司|单位|机构|公司名称|机构名称|[Cc]ompany|COMPANY|[Cc]ompany [Nn]ame|[Oo]rgani[sz]ation|ORGANI[SZ]ATION|[Oo]rg|ORG|[Oo]rg [Nn]ame)(?:\*\*|__)?\s*[:：]\s*(\S.{1,60}?)\s*$/u;
import { frontMatterIdentity, type FrontMatter } from "./front-matter.js";
import { YOU_ARE } from "./section-bodies.js";
import { classifyHeading, personSide } from "./section-names.js";
import type { RawSection } from "./sections.js";
import type { Decision } from "./trace.js";

type Warn = (message: string, line: number | null) => void;

export function fillIdentity(caller: CallerSide, sections: readonly RawSection[], warn: Warn, decisions: Decision[], front: FrontMatter | null = null): CallerSide {
  let { name, organization } = caller;
  const note = (field: string, value: string, line: number | null, how: string): void => {
    decisions.push({ field: `caller.${field}`, lines: line === null ? [] : [line], evidence: `'${value}' from ${how}` });
  };
  if (name !== "") note("name", name, roleLine(sections), "the role text");
  if (organization !== null) note("organization", organization, roleLine(sections), "the role text");
  // "专员某某" in the role text, "我是某公司的某某" in the opening: the name the caller says of itself, without the title.
  const said = caller.opening ?? caller.steps[0]?.lines[0] ?? null;
  const saidName = said === null ? null : bareIntroducedName(said);
  // One character before it is a surname (a full name says its given name): the full name stays; a title is two or more.
  if (saidName !== null && name.length >= saidName.length + 2 && name.endsWith(saidName)) {
    name = saidName;
    note("name", name, null, "the self-introduction, the role text's name without the title before it");
  }
  const untitled = withoutTitle(name, said);
  if (untitled !== name) {
    name = untitled;
    note("name", name, null, "the role text's name without the title before the name the caller says of itself");
  }
  const candidates: { found: Identity; line: number | null; how: string }[] = [];
  if (name === "" || organization === null) {
    // "agent: Name" / "company: Org" in the front matter: metadata that states the identity outright.
    const metaName = frontMatterIdentity(front, "name");
    const metaOrg = frontMatterIdentity(front, "organization");
    if (metaName !== null || metaOrg !== null) {
      candidates.push({ found: { name: metaName === null ? "" : cleanName(metaName.value), organization: metaOrg?.value ?? null }, line: metaName?.line ?? metaOrg?.line ?? null, how: "the front matter" });
    }
    // "| Agent | Name |", "Caller: Name, account manager": a field labelled with the caller's own word names the caller.
    sections.forEach((section, i) => {
      // "坐席：顾某" read as a bare side heading and a section titled by the value after it: still one field.
      const split = sections[i + 1];
      // The title after it is a value, never a part's name ("拨打方" over "角色" heads the caller's role).
      const bare = section.title !== "" && section.body.every((l) => l.text.trim() === "") && split !== undefined && classifyHeading(split.title, false).kind === null && personSide(split.title) === null;
      const joined = split !== undefined && bare && split.line <= section.line + 1 ? CALLER_FIELD.exec(`${section.title}：${split.title}`) : null;
      if (joined !== null && joined[0].trim().length === `${section.title}：${split?.title ?? ""}`.trim().length) candidates.push({ found: { name: cleanName(joined[1] ?? ""), organization: null }, line: section.line, how: "a field labelled with the caller's word" });
    });
    for (const section of sections) {
      // "坐席：顾某" read as a side heading with the name under it: the label and its value are still one field.
      const first = section.body.find((l) => l.text.trim() !== "");
      const asField = first === undefined || section.title === "" ? null : CALLER_FIELD.exec(`${section.title}：${first.text.trim()}`);
      if (asField !== null && first !== undefined && /^\s*\S+\s*$|^[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+(?:[A-Z][\p{Ll}'’-]+)?){1,2}$/u.test(first.text.trim())) candidates.push({ found: { name: cleanName(asField[1] ?? ""), organization: null }, line: first.no, how: "a field labelled with the caller's word" });
      for (const line of section.body) {
        const last = CALLER_FIELD_LAST.exec(line.text);
        const m = last ?? CALLER_FIELD.exec(line.text);
        if (m !== null) candidates.push({ found: { name: withoutTitle(cleanName(last === null ? (m[1] ?? "") : fullFormOf(m[1] ?? "", m[2])), said), organization: null }, line: line.no, how: "a field labelled with the caller's word" });
      }
    }
    for (const section of sections) {
      // "…just checking you're all set for the day": a "you are" inside a quoted line is said to the customer.
      const line = section.body.find((l) => YOU_ARE.test(l.text) && !insideQuote(l.text, l.text.search(YOU_ARE)));
      if (line !== undefined) candidates.push({ found: identityOf(line.text.slice(line.text.search(YOU_ARE))), line: line.no, how: "a 'you are' sentence" });
    }
    const spoken = caller.opening ?? caller.steps[0]?.lines[0] ?? null;
    if (spoken !== null) candidates.push({ found: selfIntroduction(spoken), line: null, how: `the self-introduction in ${caller.opening === null ? "the first script line" : "the opening"}` });
    // "我是某某公司的某某" with no title before the name: a name only when the caller's own role text writes it too.
    const bare = spoken === null ? null : bareIntroducedName(spoken);
    const own = sections.filter((s) => s.kind === "role" || s.intro).flatMap((s) => s.body);
    const echoed = bare === null ? undefined : own.find((l) => l.text.includes(bare) && l.text !== spoken);
    if (bare !== null && echoed !== undefined) candidates.push({ found: { name: bare, organization: null }, line: echoed.no, how: "the self-introduction's name, written in the role text too" });
    // "company: Acme Glass" among the caller's own opening fields (a config's constants, a page's header): the
    // organisation stated as a field, when no sentence states it. A customer's record is never the caller's.
    for (const section of sections.filter((s) => s.intro || s.kind === "role")) {
      const line = section.body.find((l) => ORG_FIELD.test(l.text));
      const value = line === undefined ? undefined : ORG_FIELD.exec(line.text)?.[1]?.split(/[,，;；(（|]/u)[0]?.trim();
      if (line !== undefined && value !== undefined && value !== "") candidates.push({ found: { name: "", organization: value }, line: line.no, how: "an organisation field among the caller's own" });
    }
  }
  for (const { found, line, how } of candidates) {
    if (name === "" && found.name !== "") {
      name = found.name;
      note("name", name, line, how);
    }
    if (organization === null && found.organization !== null) {
      organization = found.organization;
      note("organization", organization, line, how);
    }
  }
  // "from Acme Glass" in the script, "Acme Glass Ltd." in the role text: the organisation's full legal
  // name, where the document writes one, is the name it goes by.
  const full = organization === null ? null : legalName(organization, sections) ?? fieldName(organization, sections);
  if (full !== null && organization !== null) {
    organization = full.name;
    note("organization", full.name, full.line, "its full name written in the document (a legal form, an organisation field)");
  }
  if (name === "") warn("missing caller name (in the role paragraph); left empty", null);
  if (organization === null) warn("caller organisation not stated in a sentence the reader is sure of; left empty", null);
  return { ...caller, name, organization };
}

/** Whether `at` falls inside a quotation the line opens before it (curly, corner or straight double quotes). */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const count = (re: RegExp): number => before.match(re)?.length ?? 0;
  return count(/[“「『]/gu) > count(/[”」』]/gu) || count(/"/gu) % 2 === 1;
}

function roleLine(sections: readonly RawSection[]): number | null {
  const role = sections.find((s) => s.kind === "role") ?? sections.find((s) => s.intro);
  return role?.body[0]?.no ?? role?.line ?? null;
}

/** Legal forms written after a company's name, with the period an abbreviation carries. */
const LEGAL_SUFFIX = String.raw`(?:\s+(?:Ltd|Inc|LLC|PLC|Corp|Co|Pty|GmbH|LLP|Limited)\b\.?|(?:股份有限公司|有限责任公司|有限公司))`;

/** "公司：某某农业服务有限公司" for the "某某" the script says: the organisation field writes the name out in full. */
function fieldName(organization: string, sections: readonly RawSection[]): { name: string; line: number } | null {
  for (const section of sections) {
    for (const line of section.body) {
      // The name alone: a note after a comma or in brackets ("…, members' desk") is no part of it.
      const value = ORG_FIELD.exec(line.text)?.[1]?.split(/[,，;；(（|]/u)[0]?.trim();
      if (value !== undefined && value !== organization && value.startsWith(organization)) return { name: value, line: line.no };
    }
  }
  return null;
}

function legalName(organization: string, sections: readonly RawSection[]): { name: string; line: number } | null {
  if (new RegExp(`${LEGAL_SUFFIX}$`, "u").test(organization)) return null;
  const written = new RegExp(`${organization.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${LEGAL_SUFFIX}`, "u");
  for (const section of sections) {
    for (const line of section.body) {
      const m = written.exec(line.text);
      if (m !== null) return { name: m[0].trim(), line: line.no };
    }
  }
  return null;
}
