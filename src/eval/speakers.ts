// Who is speaking in a transcript line: a speaker label ("王伟先生：", "Agent:", "B:") matched to the caller or the
// callee by role words and by the two names in the scenario; labels that name neither are resolved afterwards by
// elimination or by which side's script the lines sound like.
import type { Scenario, Speaker } from "../schema/index.js";
import { toHalfWidth } from "../text/normalize.js";
import { nameParts, stripTitles, surname } from "./names.js";

const ROLE_WORDS: Record<Speaker, { zh: string[]; en: string[] }> = {
  caller: {
    zh: ["拨打方", "呼叫方", "主叫", "去电方", "坐席", "客服", "业务员", "销售", "外呼", "回访员", "访员", "专员", "顾问", "甲方", "甲"],
    en: ["caller", "agent", "rep", "representative", "operator", "csr", "sales", "advisor", "associate", "support", "csm", "a"],
  },
  callee: {
    zh: ["接听方", "被叫", "客户", "顾客", "用户", "受访者", "车主", "乙方", "乙"],
    en: ["callee", "customer", "client", "user", "recipient", "b"],
  },
};

/** A label cleaned of markup and honorifics: "**王伟先生**" → "王伟", "[Ms. Alex Morgan]" → "alex morgan". */
export function cleanLabel(label: string): string {
  return stripTitles(toHalfWidth(label).replace(/[*_`#>【】[\]()（）<>《》"'“”‘’]/gu, " ").replace(/\s+/gu, " ").trim());
}

function hasRoleWord(label: string, speaker: Speaker): boolean {
  const words = ROLE_WORDS[speaker];
  if (words.zh.some((w) => (w.length === 1 ? label === w : label.includes(w)))) return true;
  const tokens = label.split(/[\s\d._-]+/u).filter((t) => t.length > 0);
  return tokens.some((t) => words.en.includes(t)) && (tokens.length <= 3);
}

function namesSide(label: string, name: string, organization: string | null): boolean {
  if (label.length === 0) return false;
  const parts = nameParts(name);
  if (parts.some((part) => label.includes(part))) return true;
  if (/^[\u3400-\u9fff]+$/u.test(label) && label.length >= 2 && name.includes(label)) return true;
  const family = surname(name);
  if (family !== null && (label === family || label === `小${family}` || label === `老${family}`)) return true;
  return organization !== null && organization.length >= 2 && label.includes(organization.toLowerCase());
}

/** Caller, callee, or null when the label names neither or both. */
export function attributeLabel(rawLabel: string, scenario: Scenario): Speaker | null {
  const label = cleanLabel(rawLabel);
  const caller = namesSide(label, scenario.caller.name, scenario.caller.organization) || hasRoleWord(label, "caller");
  const callee = namesSide(label, scenario.callee.name, null) || hasRoleWord(label, "callee");
  if (caller === callee) {
    // Both: a name beats a role word ("客服王伟" where 王伟 is the customer is unlikely; prefer the name match).
    if (caller && namesSide(label, scenario.caller.name, null) !== namesSide(label, scenario.callee.name, null)) {
      return namesSide(label, scenario.caller.name, null) ? "caller" : "callee";
    }
    return null;
  }
  return caller ? "caller" : "callee";
}
