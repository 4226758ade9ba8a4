// The caller's full name when the reading found only the short one it introduces itself by ("it's Morven" / "我是小沈"):
// the same person written out in full elsewhere in the document (a name field, a header, a signature) is the name.

/** "小沈", "老沈", "阿沈": how a Chinese surname is said familiarly. */
const ZH_FAMILIAR = /^[小老阿](\p{Script=Han})$/u;
const EN_GIVEN = /^[A-Z][\p{Ll}'’-]{1,20}$/u;

/**
 * "exported_by: …", "# maintained by …", "撰写：…": a line naming who exported, wrote or keeps the document names its
 * staff, not the caller; a full form written there is someone else's.
 */
const STAFF_LEAD = /(?:export(?:ed|er)?|maintain(?:ed|er)?|owner|written|wrote|edited|editor|reviewed|reviewer|prepared|created|updated|modified|导出|维护|撰写|编写|审核|编辑|负责人)(?:_by|\s+by)?[^\n|｜;；,，=]{0,12}$/iu;

function staffLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  return STAFF_LEAD.test(text.slice(start, at));
}

/** Every full name in the text that begins with the short one, standing alone (bounded by no letter of the same script). */
function fullForms(short: string, text: string): string[] {
  const familiar = ZH_FAMILIAR.exec(short);
  if (familiar !== null) {
    const surname = familiar[1] ?? "";
    return [...text.matchAll(/(?<!\p{Script=Han})(\p{Script=Han}{2,3})(?!\p{Script=Han})/gu)].filter((m) => !staffLine(text, m.index)).map((m) => m[1] ?? "").filter((n) => n.startsWith(surname) && !/[先女小老阿]/u.test(n.slice(1)));
  }
  if (!EN_GIVEN.test(short)) return [];
  const re = new RegExp(`(?<![\\p{L}])${short}\\s+([A-Z](?:\\p{Ll}+|['’][A-Z]\\p{Ll}+)(?:-[A-Z]\\p{Ll}+)?)(?![\\p{L}])`, "gu");
  return [...text.matchAll(re)].filter((m) => !staffLine(text, m.index)).map((m) => `${short} ${m[1] ?? ""}`);
}

/** The full form of a short caller name when the text writes exactly one; otherwise the name as read. */
export function fullerName(name: string, text: string): string {
  if (name === "") return name;
  const forms = [...new Set(fullForms(name, text))];
  return forms.length === 1 ? forms[0] ?? name : name;
}
