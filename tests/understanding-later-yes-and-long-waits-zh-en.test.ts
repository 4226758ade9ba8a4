// A yes/no check answered with a yes in a later clause ("It's locked, and yes, the keys are with me") agrees; a wait
// counted out ("我等三天了", "现在才联系我") and "吵死了" complain. New wording, none of any labelled part.
import { describe, expect, it } from "vitest";
import { readActs, type ActContext } from "../src/seats/rule/acts.js";
import { awaitedReply } from "../src/seats/rule/caller-plan.js";
import { packFor, type LanguagePack } from "../src/lang/index.js";

const en = packFor("en");
const zh = packFor("zh");
const after = (prev: string | null, pack: LanguagePack): ActContext => ({ prev, customerName: "Robin Ash", awaiting: prev === null ? null : awaitedReply(prev, pack) });
const main = (text: string, context: ActContext, pack: LanguagePack): string => readActs(text, pack, context)[0] ?? "";

describe("en", () => {
  it("a yes to the check in a later clause agrees", () => {
    const check = after("Is the gate locked at night, and will the keys be with you?", en);
    expect(main("It's locked, and yes, the keys are with me", check, en)).toBe("agree");
  });
});

describe("zh", () => {
  const greeted = after("您好，请问是林慧林女士吗？我是安居维修的小周。", zh);
  it("a wait counted out, or a call only now, complains", () => {
    expect(main("怎么现在才联系我 我等三天了", greeted, zh)).toBe("complaint");
  });
  it("'吵死了' complains", () => {
    expect(main("楼上那个 一到晚上就咚咚咚的 吵死了", after("最近房子住着还好吗？有没有漏水的情况？", zh), zh)).toBe("complaint");
  });
});

describe("en, agreeing in passing", () => {
  it("'yeah, no worries' to a request agrees; 'Exactly why …' opens a question, not a yes", () => {
    const ask = after("For the visit we need you to leave the side gate open, so the fitter can get round.", en);
    expect(main("yep no worries, I'll leave it open", ask, en)).toBe("agree");
    const check = after("Is the heating off at the moment, and is the boiler still leaking?", en);
    expect(main("Exactly why would it leak again, it was fixed", check, en)).not.toBe("agree");
  });
});

describe("zh, a startled yes", () => {
  it("'啊？哦是我' confirms first, whatever it asks after", () => {
    const greeted = after("您好，请问是林慧林女士吗？我是安居维修的小周。", zh);
    expect(main("嗯？哦是我是我 你哪里啊", greeted, zh)).toBe("confirm-identity");
  });
});
