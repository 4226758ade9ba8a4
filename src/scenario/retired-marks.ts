// A step or item the writer retired by a bracketed mark right after its number ("③ 【已停用】…", "Step 2 - [RETIRED
// in spring: …] …", "- (retired) …"): like a struck-through item it is set aside with the lines indented under it.
// The marks are generic words of both languages; a mark later in the line (a note inside a live step) retires nothing,
// except a bracketed remark closing a numbered step's title ("▶ 第5步 回访加购（已下线，留档）", "Step 4 - Upsell (retired)").

/** The words that retire a part. */
const RETIRED_WORDS = String.raw`已?作废|已?停用|已?废弃|已?删除|已?下线|removed|retired|deprecated|obsolete|withdrawn|discontinued`;
/** What may come before the mark: a bullet, a number in any common glyph, "Step N", "第N步", and a separator. */
const LEAD = String.raw`^[\s\u3000]*(?:[-*+●•■◆▪▶►▸]\s*)?(?:\d{1,3}(?:\.\d{1,2}){0,2}[.)、]?|[①-⑳]|(?:step|stage|phase)\s*\d{1,2}|第\s*[0-9一二三四五六七八九十]{1,3}\s*步)?[\s\u3000]*(?:[-–—:：]\s*)?`;
const RETIRED_ITEM = new RegExp(String.raw`${LEAD}[【\[(（]\s*(?:${RETIRED_WORDS})(?![a-z])[^】\])）\n]{0,60}[】\])）]`, "iu");

/** A numbered step's title closed by a bracketed remark that opens with a retiring word. */
const STEP_NUMBER = String.raw`^[\s\u3000]*(?:[-*+●•■◆▪▶►▸]\s*)?(?:\d{1,3}[.)、]|[①-⑳]|(?:step|stage|phase)\s*\d{1,2}|第\s*[0-9一二三四五六七八九十]{1,3}\s*步)`;
const RETIRED_TITLE = new RegExp(String.raw`${STEP_NUMBER}[^【\[(（\n]{1,40}[【\[(（]\s*(?:${RETIRED_WORDS})(?![a-z])[^】\])）\n]{0,60}[】\])）]\s*$`, "iu");

export function retiredItem(text: string): boolean {
  return RETIRED_ITEM.test(text) || RETIRED_TITLE.test(text);
}

const RETIRED_CELL = new RegExp(String.raw`^[【\[(（]?\s*(?:${RETIRED_WORDS})\s*[】\])）]?$`, "iu");

/** A table cell holding only a retiring word (a status column's "停用", "retired"): its row is set aside. */
export function retiredCell(cell: string): boolean {
  return RETIRED_CELL.test(cell.trim());
}
