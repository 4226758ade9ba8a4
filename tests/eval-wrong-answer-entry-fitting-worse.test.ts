// A reply that reads out another knowledge-base entry's answer is a wrong answer unless the customer's words fit that
// entry about as well as the one they matched: one shared word ("how long") does not make the duration entry asked.
import { describe, expect, it } from "vitest";
import { judgeReply } from "../src/eval/kb.js";
import { EVAL_LANGS } from "../src/eval/lang/index.js";

describe("another entry's answer to a question that fits it worse", () => {
  it("en: the visit's length read to 'how long before I can walk on it' is a wrong answer", () => {
    const entries = [
      { question: "How long does the visit take?", answer: "About 90 minutes per room." },
      { question: "How long before I can walk on it again?", answer: "Once it feels dry to the touch you can walk on it." },
    ];
    expect(judgeReply(EVAL_LANGS.en, entries, 1, "About 90 minutes per room.", "How long before I can walk on it again?"))
      .toEqual({ verdict: "contradicted", conflicts: ["answered entry 1"] });
  });

  it("zh: 时长那条念给“做完多久能用” is a wrong answer", () => {
    const entries = [
      { question: "一次要多久？", answer: "每次大约50分钟。" },
      { question: "做完多久能用？", answer: "做完擦干就能马上用。" },
    ];
    expect(judgeReply(EVAL_LANGS.zh, entries, 1, "每次大约50分钟。", "做完了多久能用？"))
      .toEqual({ verdict: "contradicted", conflicts: ["answered entry 1"] });
  });

  it("en: a question fitting both entries about as well is answered by either", () => {
    const entries = [
      { question: "Can you take the payment by phone?", answer: "No, we don't take card details on this call; pay on the website." },
      { question: "Are you going to repossess my van?", answer: "No action like that is being taken; we only want to help bring the account current." },
    ];
    const reply = "No, no action like that is being taken, we only want to help bring the account current.";
    expect(judgeReply(EVAL_LANGS.en, entries, 0, reply, "And you're not gonna take the van, right?").verdict).not.toBe("contradicted");
  });
});
