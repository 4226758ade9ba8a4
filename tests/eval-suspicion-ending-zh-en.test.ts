// A customer who takes the call for a scam ends it as surely as one who refuses: the caller who points them to the
// official number and says goodbye skipped no step. Documents and calls are invented for these tests
// (tests/fixtures/eval/*-walked-past.md, which name no such ending).
import { describe, expect, it } from "vitest";
import type { Scorecard } from "../src/schema/index.js";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";
import { EN_OPEN, ZH_OPEN } from "./fixtures/eval/walked-past-lines.js";

const card = scorerFor("walked-past", { en: ["Theo", "Jo"], zh: ["小宋", "蒋梅"] });
/** How the scorer read the call's ending (the missing-step check gives it). */
const endingOf = (scored: Scorecard): unknown => scored.checks.find((c) => c.id === "missing-step")?.details?.["ending"];

describe("missing-step: a call ended on the customer's fear of fraud", () => {
  it("en: the caller who gives the number to check and closes skipped nothing; closing on a calm customer did", () => {
    const wary = card("en", [EN_OPEN[0] ?? "", "Hang on, how did you get my number? This sounds like a scam.", "Quite right to be careful. Please ring us back on the number on our website. Bye.", "I will."]);
    expect(failedTurns(wary, "missing-step")).toBeNull();
    expect(endingOf(wary)).toBe("refused");
    const calm = card("en", [EN_OPEN[0] ?? "", "Yes, that's me.", "Quite right. Please ring us back on the number on our website. Bye.", "Okay."]);
    expect(failedTurns(calm, "missing-step")).not.toBeNull();
    expect(endingOf(calm)).toBe("done");
  });

  it("zh: 客户怀疑是诈骗，拨打方请其打官网电话核实后道别，算对方拒绝、不算漏步骤；客户没起疑，结束方式仍是正常结束", () => {
    const wary = card("zh", [ZH_OPEN[0] ?? "", "你怎么有我电话的？现在骗子多得很。", "您谨慎是对的，您可以打我们官网上的号码核实一下，再见。", "嗯。"]);
    expect(failedTurns(wary, "missing-step")).toBeNull();
    expect(endingOf(wary)).toBe("refused");
    const calm = card("zh", [ZH_OPEN[0] ?? "", "是我。", "您也可以打我们官网上的号码核实一下，再见。", "嗯。"]);
    expect(endingOf(calm)).toBe("done");
  });
});
