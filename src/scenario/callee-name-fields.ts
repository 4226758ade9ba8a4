// The callee's name from a labelled field anywhere on the caller's side ("Contact: Ann Lee (owner)", "» Name: …",
// "| 认养人 | 某某 |", "姓名 = 某某", "site manager ..... Ann Lee", "Booking: name=Ann Lee; …") when no customer profile
// gave it: a record of the person called is written in many layouts the section reader does not take as a profile.

import { stripEmphasis, stripListMarker, type SourceLine } from "./lines.js";
import { otherSpeakerNear } from "./section-cues.js";
import type { RawSection } from "./sections.js";

/** Labels of the person called, whole (lower-cased); "… name" / "…姓名" labels are matched by form below. */
const PERSON_LABELS: ReadonlySet<string> = new Set([
  "name", "full name", "customer", "client", "contact", "contact name", "contact person", "owner", "member", "guest", "patient",
  "student", "parent", "homeowner", "account holder", "booked by",
  "姓名", "名字", "称呼", "客户", "联系人", "联络人", "会员", "业主", "户主", "车主", "家长", "学员", "患者", "顾客", "用户",
]);
/** "客户姓名", "学员姓名", "member name": a name label of some person; a business's or the caller's own is not the callee's. */
const NAME_FORM = /^(?:[\p{L} ]{1,20}\s)?name$|^\p{Script=Han}{0,3}(?:姓名|名字|称呼)$/u;
const NOT_CALLEE = /compan|business|organi[sz]ation|firm|shop|store|brand|caller|agent|assistant|bot|your|staff|rep\b|公司|单位|企业|机构|门店|店铺|品牌|坐席|客服|机器人|助手|员工|负责|经办|跟进|维护|创建|拨打|外呼|致电/iu;
/** "认养人", "委托人", "订房人": a role noun in 人 names a party of the matter; a staff role above is excluded. */
const PARTY_NOUN = /^\p{Script=Han}{1,2}人$|^\p{Script=Han}{1,3}(?:家长|客户|业主|车主|用户)$/u;

/** A label, a separator (colon, equals, an arrow, a table bar, a tab, a dot leader) and the value; marks before. */
const FIELD = /^[^\p{L}\p{N}]*?([\p{L}][\p{L} ]{0,24}?)\s*(?:=>|->|⇒|[:：=|\t▸]|\s\.{3,}\s)\s*(.+)$/u;
/** "name=Ann Lee; …", "客户姓名：某某，…" inside a line: only a name label is trusted there. */
const INLINE = /(?:^|[\s;,，；{(（])((?:[\p{L}]{1,12} )?name|\p{Script=Han}{0,3}姓名)\s*[:：=]\s*(.+)$/iu;
/** A person's name as written: two or three capitalised words (a double-barrelled one joined by a hyphen), or two to four Han characters, then a stop. */
const EN_NAME = /^((?:[A-Z][\p{Ll}'’-]+(?:[A-Z][\p{Ll}'’-]+)?|Mc[A-Z][\p{Ll}]+|O’[A-Z][\p{Ll}]+|O'[A-Z][\p{Ll}]+)(?:\s+(?:[A-Z][\p{Ll}'’-]+(?:[A-Z][\p{Ll}'’-]+)?|Mc[A-Z][\p{Ll}]+|O['’][A-Z][\p{Ll}]+)){1,2})(?=$|\s*[,;(（|.]|\s+[-–—(]|\s*\|)/u;
/** "Mr ", "Mrs. ", "Dr ": a polite title before an English name. */
const EN_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?=[A-Z])/u;
/** A polite title after a Chinese name ("某某某先生（…）") ends the name; it is no part of it. */
const ZH_NAME = /^(\p{Script=Han}{2,4}?)(?:先生|女士|小姐)?(?=$|[\s，,；;（(|、。]|\s*\|)/u;

export function isPersonLabel(raw: string): boolean {
  const label = raw.trim().toLowerCase().replace(/\s+/gu, " ");
  if (label === "" || NOT_CALLEE.test(label)) return false;
  return PERSON_LABELS.has(label) || NAME_FORM.test(label) || PARTY_NOUN.test(label);
}

function personName(value: string): string {
  // A quoted value is something said, never a name field.
  const text = stripEmphasis(value).trim();
  if (/^[“"「『]/u.test(text)) return "";
  // "Mr Ann Lee (…)": a polite title before a full name is no part of it.
  const untitled = text.replace(EN_TITLE, "");
  return EN_NAME.exec(untitled)?.[1] ?? ZH_NAME.exec(text)?.[1] ?? "";
}

/** The value of a person label on the line, or "". */
function nameOn(line: SourceLine): string {
  const text = stripListMarker(stripEmphasis(line.text).replace(/^[\s>]*/u, "")).replace(/^\s*\|/u, "").replace(/\|\s*$/u, "");
  const field = FIELD.exec(text);
  if (field !== null && isPersonLabel(field[1] ?? "")) {
    const name = personName(field[2] ?? "");
    if (name !== "") return name;
  }
  const inline = INLINE.exec(text);
  return inline !== null && isPersonLabel(inline[1] ?? "") ? personName(inline[2] ?? "") : "";
}

/**
 * The first person named under a label of the person called, on the caller's side (its own role section last), that
 * is not the caller: the callee's name, or "".
 */
export function calleeNameFromFields(sections: readonly RawSection[], callerName: string): string {
  const notCaller = (name: string): boolean => name !== "" && !callerName.includes(name) && (callerName === "" || !name.includes(callerName));
  // The caller's own role section last: a record of the customer is pasted there too ("> [!info] Account").
  const ordered = [...sections.filter((s) => s.kind !== "role"), ...sections.filter((s) => s.kind === "role")];
  for (const section of ordered) {
    // "Owner: Ann Lee" read as a section labelled "Owner": its value is the section's first line.
    const first = section.body[0];
    if (first !== undefined && first.no === section.line && isPersonLabel(section.title) && notCaller(personName(first.text))) return personName(first.text);
    for (const [at, line] of section.body.entries()) {
      const name = nameOn(line);
      // "用户：那行，…" among other speakers' lines is a conversation, not a field.
      if (notCaller(name) && !otherSpeakerNear(section.body, at, labelOf(line))) return name;
    }
  }
  return "";
}

function labelOf(line: SourceLine): string {
  return FIELD.exec(stripEmphasis(line.text))?.[1]?.trim() ?? "";
}
