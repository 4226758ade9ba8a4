// The name of the person called, from a sentence that says whom the caller rings ("You are calling Name Surname", "ring
// Mr Name Surname", "The customer is Ms Name Surname", "给…某某某女士打电话"). A title before a full name is not part of it.

import type { RawSection } from "./sections.js";

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+`;
const NAME = String.raw`[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+(?:[A-Z][\p{Ll}'’-]+)?){1,2}`;
/** Sentences that name whom the caller rings, per language (data): group 1 the name; a title outside it. */
const CALLED: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:[Tt]he \w+ (?:you're|you are|you'll be|you will be) calling is|(?:[Yy]ou're|[Yy]ou are|[Yy]ou'll be|[Yy]ou will be) calling)\s+(?:${TITLE})?(${NAME})\b`, "u"),
  // "ring Mr Name Surname", "call Dr Name Surname": a verb of calling and a title before a full name (without the title a
  // capitalised word after "call" may be anything).
  new RegExp(String.raw`\b(?:[Rr]ing|[Cc]all|[Pp]hone|[Rr]inging|[Cc]alling|[Pp]honing)\s+${TITLE}(${NAME})\b`, "u"),
  new RegExp(String.raw`\b[Tt]he (?:customer|client) (?:is|will be)\s+(?:${TITLE})?(${NAME})\b`, "u"),
];
/** "给…某某某女士打电话": up to four Han characters before a polite title, before "打电话"; the surname fixed elsewhere. */
const ZH_CALLED = /给[^，。,.；;]{0,30}?(\p{Script=Han}{2,4})(先生|女士|小姐)(?:打(?:个)?电话|致电|回访)/u;

/** Nouns for the person called, before their name in a Chinese sentence ("给用户某某某打电话", "客户是 某某某 女士"). */
const ZH_PARTY = "(?:客户|用户|业主|会员|学员|车主|患者|顾客|家长)";
/** "给用户某某某打电话": the noun ends the run on the left, the verb of calling on the right: the name is sure. */
const ZH_PARTY_CALLED = new RegExp(String.raw`给${ZH_PARTY}\s*(\p{Script=Han}{2,4}?)\s*(?:先生|女士|小姐)?(?:打(?:个)?电话|致电|回访)`, "u");
/** "客户是 某某某 女士", "客户是某某某先生": the name between "是" and a polite title. */
const ZH_PARTY_IS = new RegExp(String.raw`${ZH_PARTY}(?:是|为)\s*(\p{Script=Han}{2,4}?)\s*(?:先生|女士|小姐)`, "u");

export function calledName(sections: readonly RawSection[], text: string): string {
  for (const section of sections) {
    for (const line of section.body) {
      for (const re of CALLED) {
        const m = re.exec(line.text);
        if (m !== null) return m[1] ?? "";
      }
      const party = ZH_PARTY_CALLED.exec(line.text) ?? ZH_PARTY_IS.exec(line.text);
      if (party !== null) return party[1] ?? "";
      const zh = ZH_CALLED.exec(line.text);
      if (zh !== null) return zhName(zh[1] ?? "", zh[2] ?? "", text);
    }
  }
  return "";
}

/**
 * "主人某某某" before "女士": where the name starts is known only from the document's "某女士" (the surname with the
 * title alone); without it the reader is not sure and names nobody.
 */
function zhName(run: string, title: string, text: string): string {
  for (let i = 0; i + 1 < run.length; i++) {
    if (text.includes(`${run[i] ?? ""}${title}`) && run.length - i >= 2) return run.slice(i);
  }
  return "";
}
