import { describe, expect, it } from "vitest";
import { maskPii } from "../src/export/mask-pii.js";

describe("maskPii", () => {
  it("masks e-mail addresses and phone numbers in Chinese and English text", () => {
    expect(maskPii("发到 zhang.san+work@example.com.cn 就行")).toBe("发到 [EMAIL] 就行");
    expect(maskPii("我的手机13812345678，备用 138 1234 5678")).toBe("我的手机[PHONE]，备用 [PHONE]");
    expect(maskPii("打+86 139-0000-1111或010-62345678")).toBe("打[PHONE]或[PHONE]");
    expect(maskPii("客服热线400-820-8820")).toBe("客服热线[PHONE]");
    expect(maskPii("Call me at (415) 555-0100 or +44 20 7946 0958.")).toBe("Call me at [PHONE] or [PHONE].");
    expect(maskPii("Reach ann@example.com, 415-555-0100")).toBe("Reach [EMAIL], [PHONE]");
  });

  it("leaves dates, money, durations, percentages and ids alone", () => {
    const text = "2025-09-30 前退款 $114,000，10分钟内，30%，订单号 20250930，3.5个工作日，1-2 天，第 12 期";
    expect(maskPii(text)).toBe(text);
  });
});
