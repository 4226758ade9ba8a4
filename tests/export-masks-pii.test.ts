import { describe, expect, it } from "vitest";
import { createPiiMasker, maskPii } from "../src/export/mask-pii.js";

import { scorePiiCorpus } from "./pii/score-corpus.js";

describe("maskPii", () => {
  it("masks e-mail addresses and phone numbers in Chinese and English text", () => {
    expect(maskPii("发到 zhang.san+work@example.com.cn 就行")).toBe("发到 [EMAIL_1] 就行");
    expect(maskPii("我的手机13812345678，备用 138 1234 5678")).toBe("我的手机[PHONE_1]，备用 [PHONE_1]");
    expect(maskPii("打+86 139-0000-1111或010-62345678")).toBe("打[PHONE_1]或[PHONE_2]");
    expect(maskPii("客服热线400-820-8820")).toBe("客服热线[PHONE_1]");
    expect(maskPii("Call me at (415) 555-0100 or +44 20 7946 0958.")).toBe("Call me at [PHONE_1] or [PHONE_2].");
    expect(maskPii("Reach ann@example.com, 415-555-0100")).toBe("Reach [EMAIL_1], [PHONE_1]");
  });

  it("leaves dates, money, durations, percentages, times and ids alone", () => {
    for (const text of [
      "2025-09-30 前退款 $114,000，10分钟内，30%，订单号 20250930，3.5个工作日，1-2 天，第 12 期",
      "分期记录：2025-03-18 21:47通过手机App办理，分期本金12,000元",
      "故障记录：2025-06-03 09:20中断，2025-06-06 14:05恢复",
    ]) {
      expect(maskPii(text)).toBe(text);
    }
  });

  it("tells identity and card numbers by their checksums, not their length", () => {
    expect(maskPii("身份证11010519491231002X")).toBe("身份证[ID_1]");
    expect(maskPii("身份证110105194912310021")).toBe("身份证110105194912310021");
    expect(maskPii("card 4111 1111 1111 1111")).toBe("card [CARD_1]");
    expect(maskPii("ref 4111 1111 1111 1112")).toBe("ref 4111 1111 1111 1112");
  });

  it("gives one person one placeholder across a call, whatever the form of the name", () => {
    const masker = createPiiMasker({ names: ["张建国"] });
    const turns = ["请问是张建国先生吗？", "不是，我是他爱人，我叫周丽", "好的周女士，麻烦转告张先生回电"];
    masker.learnNames(turns);
    expect(turns.map((turn) => masker.mask(turn))).toEqual(["请问是[NAME_1]先生吗？", "不是，我是他爱人，我叫[NAME_2]", "好的[NAME_2]女士，麻烦转告[NAME_1]先生回电"]);
  });

  it("masks at least 99% of the PII strings of the development corpus and keeps every figure", () => {
    const score = scorePiiCorpus("corpus.dev.json");
    expect(score.pii).toBeGreaterThanOrEqual(150);
    expect(score.masked / score.pii).toBeGreaterThanOrEqual(0.99);
    expect(score.lost).toEqual([]);
  });
});
