// A Chinese A-not-A question ("要不要…？", "需不需要…？") holds the words of a refusal ("不要", "不需要") without refusing:
// the scorer's refusal cue must not hear it, or a call that ran its course is read as ended "refused" and its
// booked close charged as the wrong closing.
import { describe, expect, it } from "vitest";
import { ZH } from "../src/eval/lang/zh.js";

describe("zh refusal cue", () => {
  it.each(["要不要我在家等着？", "需不需要先交钱？", "你们想不想听我意见？", "这个同不同意都行吗？", "参不参加要看那天"])(
    "does not hear a refusal in the question %s",
    (line) => expect(ZH.refusal.test(line)).toBe(false),
  );
  it.each(["不要了，谢谢", "我不需要", "不想弄了", "不同意", "不参加了"])("still hears the refusal %s", (line) =>
    expect(ZH.refusal.test(line)).toBe(true),
  );
});
