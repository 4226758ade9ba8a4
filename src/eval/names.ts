// Ways a person's name shows up in speech and in speaker labels: the full name, Latin name parts,
// or a Chinese surname with a title ("张先生", "李经理").

const TITLES_ZH = "先生|女士|小姐|太太|老师|经理|总监|主任|总|工|师傅|医生|博士|同学|老板|姐|哥";
const TITLES_EN = /\b(mr|mrs|ms|miss|mx|dr|prof|sir|madam)\b\.?/giu;
const ZH_TITLE = new RegExp(`(${TITLES_ZH})$`, "u");

/** Lowercased name variants worth searching for (at least 2 characters each). */
export function nameParts(name: string): string[] {
  const clean = name.replace(/[（(].*?[）)]/gu, "").trim().toLowerCase();
  const parts = new Set<string>();
  if (clean.length >= 2) parts.add(clean);
  for (const part of clean.split(/[\s·•.-]+/u)) if (/^[a-z]{3,}$/u.test(part)) parts.add(part);
  return [...parts];
}

/** Chinese surname (first character) when the name is written in Chinese, else null. */
export function surname(name: string): string | null {
  const first = name.trim()[0];
  return first !== undefined && /[\u3400-\u9fff]/u.test(first) ? first : null;
}

/** Does the text mention the person: full name, a Latin name part, or surname + title? */
export function mentionsName(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  if (nameParts(name).some((part) => (/^[a-z]+$/u.test(part) ? new RegExp(`\\b${part}\\b`, "u").test(lower) : lower.includes(part)))) {
    return true;
  }
  const family = surname(name);
  return family !== null && new RegExp(`${family}(${TITLES_ZH})`, "u").test(text);
}

/** A speaker label without honorifics: "王伟先生" → "王伟", "Ms. Alex Morgan" → "alex morgan", "李经理" → "李". */
export function stripTitles(label: string): string {
  let out = label.replace(TITLES_EN, " ").replace(/\s+/gu, " ").trim();
  for (let i = 0; i < 2 && ZH_TITLE.test(out); i++) out = out.replace(ZH_TITLE, "").trim();
  return out.toLowerCase();
}

/** Generic words an organisation's name ends with; the part before them is what people say ("FitCo", "安和"). */
const ORG_TAIL_EN = /\b(?:gyms?|group|holdings|inc|ltd|llc|plc|co|corp(?:oration)?|company|solutions|services|insurance|bank|hospital|university|college|clinic|mutual|international|limited)\b\.?/giu;
const ORG_TAIL_ZH = /(?:有限责任公司|股份有限公司|有限公司|分公司|公司|集团|财产保险|保险|银行|医院|大学|学院|中心|物业|快递|通信|宽带|商城)$/u;

/** Does the text name the organisation: in full, or by its distinctive head ("FitCo" for "FitCo Gyms")? */
export function mentionsOrganization(text: string, organization: string): boolean {
  const lower = text.toLowerCase();
  const org = organization.toLowerCase().trim();
  if (org.length >= 2 && lower.includes(org)) return true;
  if (/[\u3400-\u9fff]/u.test(org)) {
    const head = org.replace(ORG_TAIL_ZH, "");
    return head.length >= 2 && head !== org && lower.includes(head);
  }
  const head = org.replace(ORG_TAIL_EN, " ").replace(/\s+/gu, " ").trim();
  return head.length >= 4 && head !== org && new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u").test(lower);
}
