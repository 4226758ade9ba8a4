// A step the caller reads right after answering ("Not during a pause … You can pause for 1, 2 or 3 months") is the
// script's word, not a contradiction of the entry it follows; a reply clause of the caller's own that says the
// opposite of the entry still is (zh and en).
import { describe, expect, it } from "vitest";
import { negationConflict } from "../src/eval/negation-conflict.js";
import { EVAL_LANGS } from "../src/eval/lang/index.js";

const scriptOf = (lines: string[]) => {
  const low = lines.join("\n").toLowerCase();
  return (clause: string): boolean => clause.trim().length >= 6 && low.includes(clause.trim());
};

describe("a clause the script gives the caller", () => {
  it("en: the next step read after the answer is no denial of the entry", () => {
    const entry = "Not during a pause; the card is switched off while paused.";
    // The step read next speaks of the pause itself ("during a pause you keep …"): without the script guard it would
    // read as stating what the entry's "not during a pause" denies.
    const reply = "Not during a pause, the card is off. Moving along. During a pause you keep your locker. How long do you need?";
    const script = scriptOf(["During a pause you keep your locker. How long do you need?"]);
    expect(negationConflict(EVAL_LANGS.en, entry, reply)).not.toBeNull();
    expect(negationConflict(EVAL_LANGS.en, entry, reply, script)).toBeNull();
    expect(negationConflict(EVAL_LANGS.en, entry, "Yes, you can use it during a pause.", script)).not.toBeNull();
  });

  it("zh: 答完接着念的步骤话术不算与条目相反", () => {
    const entry = "暂停期间不能进场，会员卡停用。";
    const reply = "暂停期间不能进场。接下来，暂停可以选一到三个月进场，您要几个月？";
    const script = scriptOf(["暂停可以选一到三个月进场，您要几个月？"]);
    expect(negationConflict(EVAL_LANGS.zh, entry, reply)).not.toBeNull();
    expect(negationConflict(EVAL_LANGS.zh, entry, reply, script)).toBeNull();
    expect(negationConflict(EVAL_LANGS.zh, entry, "暂停期间也能进场。", script)).not.toBeNull();
  });
});
