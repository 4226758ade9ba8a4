// Objection handling written as speaker-labelled pairs (the customer's words, then the reply under "You:"/"回应："),
// under a heading the reader does not know, is read as objection entries of the knowledge base; a sample call is not.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { speakerPairs } from "../src/scenario/speaker-pairs.js";

const lines = (text: string[]) => text.map((t, i) => ({ no: i + 1, text: t }));

function objections(doc: string[]): string[] {
  return parseScenarioText(doc.join("\n")).caller.knowledgeBase.filter((e) => e.kind === "objection").map((e) => e.question);
}

const EN = ["# Gym renewals", "", "## Who you are", "You are Pat Lowe from Example Gym.", "", "## Steps", "1. Hello", '   - "Hi, it\'s Pat from Example Gym."', "2. Renewal", '   - "Your membership ends on Friday."', ""];
const ZH = ["# 健身卡续费回访", "", "## 你的身份", "你叫周晴，是示例健身房的会籍顾问。", "", "## 流程", "1. 问候", "   - “您好，我是示例健身房的周晴。”", "2. 续费", "   - “您的会员卡周五到期。”", ""];

describe("speaker-labelled objection pairs", () => {
  it("reads a two-line 'Member: \"…\"' / 'You: \"…\"' pair under an unknown heading as an objection (en)", () => {
    expect(objections([...EN, "## Moans we hear", "", 'Member: "The price went up again."', 'You: "It did, by two pounds; the pool is open longer now."'])).toEqual(["The price went up again."]);
  });

  it("reads one-line '学员：“…” → 回应：“…”' pairs and a speech-verb label without a colon (zh)", () => {
    const got = objections([...ZH, "## 会员推脱", "", "会员：“最近太忙了。” → 回应：“可以先办停卡，卡期顺延。”", "会员说“太贵了” → 你回“老会员续费打八折。”"]);
    expect(got).toEqual(["最近太忙了。", "太贵了"]);
  });

  it("leaves a sample call alone: the caller speaks first, so its labelled lines are no pairs", () => {
    expect(speakerPairs(lines(['You: "Hi, is that Sam?"', 'Member: "Speaking."', 'You: "Your card ends Friday."']))).toEqual([]);
  });

  it("needs quoted words or an objection label on the customer's line", () => {
    expect(speakerPairs(lines(["Note: check the date first", 'You: "Thanks."']))).toEqual([]);
    expect(speakerPairs(lines(["Pushback: too far to drive", 'Reply: "We have a second site in town."']))).toHaveLength(1);
  });
});
