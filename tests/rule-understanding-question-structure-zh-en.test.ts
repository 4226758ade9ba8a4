// Act reading on new wording, by structure rather than by a document's vocabulary: a question is recognised by
// its form (clause-final 没/不 in unpunctuated speech, 不会…吧, split A-not-A 能…不能, "I want to know", auxiliary
// inversion with may/shall/am, an interrogative left in place: "the fee was how much again"), and generic cue
// families (repeated trouble, a relative away, brush-offs) name their act. Invented lines, no document's words.
import { describe, expect, it } from "vitest";
import { packFor, type Act } from "../src/lang/index.js";
import { readActs } from "../src/seats/rule/acts.js";

const mainAct = (text: string, language: "zh" | "en"): Act | undefined => readActs(text, packFor(language), { prev: null, customerName: "某人", awaiting: null })[0];

const CASES: Record<"zh" | "en", [Act, string[]][]> = {
  zh: [
    ["question", ["你们不会又涨价了吧", "这钱退了没 我等好久了", "可以用微信付不 我没带卡", "我想知道退款进度", "想问一下押金的事", "这个月能到账不能", "到时候要收钱不"]],
    ["complaint", ["这都第三次了", "每次都这样", "都三天了还没到", "东西坏了没人修", "你们的人迟到了一个小时", "修完还是漏水", "怎么又坏了", "到现在还没退", "上次来的师傅态度特别差", "一点都不靠谱"]],
    ["hostile", ["别烦我", "少来这套"]],
    ["other-person", ["他出差了", "她去上班了", "他人在外地", "他现在住院呢", "我替我老公接的", "这是我爸的手机"]],
    ["agree", ["好嘞", "可以可以", "对对对", "那行"]],
    ["busy", ["正忙着呢"]],
  ],
  en: [
    ["question", ["the fee was how much again", "may I ask about the deposit", "am I able to pause it", "I want to know the fee", "just wanted to ask about the refund", "quick question about my bill", "shall we do it on monday", "so the refund takes how long", "need to know when it ships", "mind telling me the price"]],
    ["complaint", ["this is taking forever", "I've been waiting two weeks", "that's not what I was told", "the app keeps crashing", "it's the third time this happened", "I was charged twice", "still no refund", "nobody showed up", "it's been three days and nothing", "the guy showed up an hour late", "it stopped working again", "the staff were rude", "it still leaks after the repair"]],
    ["hostile", ["get lost", "what the hell", "are you deaf", "don't waste my time", "I'll sue you"]],
    ["other-person", ["she stepped out", "he can't come to the phone", "he's at the hospital", "I'm answering for my husband", "this is my dad's phone"]],
  ],
};

describe("acts read by structure and generic cue families", () => {
  for (const language of ["zh", "en"] as const) {
    for (const [act, lines] of CASES[language]) {
      it(`${language}: ${act}`, () => {
        for (const line of lines) expect([line, mainAct(line, language)]).toEqual([line, act]);
      });
    }
  }

  it("a look-alike stays what it is: a declarative 呢, a word containing 少来, a plain statement", () => {
    expect(mainAct("我还没收到呢", "zh")).not.toBe("question");
    expect(mainAct("维修费用是多少来着", "zh")).toBe("question");
    expect(mainAct("我不是他 你打错了", "zh")).not.toBe("question");
    expect(mainAct("I know the price already", "en")).not.toBe("question");
    // "nobody answers" inside a condition is no complaint.
    expect(mainAct("real quick, if nobody answers the door do you just leave it", "en")).toBe("question");
  });
});
