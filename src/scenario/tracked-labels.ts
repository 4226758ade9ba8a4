// The words a word processor's plain-text export labels its tracked edits with ("[Deleted: …]", "[Inserted: …]",
// "[Comment 2]"), per language: data only, read by `tracked-changes.ts`.

/** Labels of a deletion mark, lower-cased. */
export const DELETED_LABELS: readonly string[] = ["deleted", "deletion", "removed", "del", "删除", "删去", "已删除", "删掉", "删"];
/** Labels of an insertion mark, lower-cased. */
export const INSERTED_LABELS: readonly string[] = ["inserted", "insertion", "added", "ins", "插入", "新增", "添加", "增加", "已插入"];
/** Labels of a comment's anchor ("[Comment 2]", "〔批注3〕"), lower-cased. */
export const COMMENT_LABELS: readonly string[] = ["comment", "批注", "注释", "评论"];
