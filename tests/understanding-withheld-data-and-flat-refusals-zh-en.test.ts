// Declining what the caller asked for: holding a datum back until the caller says who they are first ("你先说你是
// 哪家的", "you first — who are you"), a flat "我不填" in any clause after a request, "not big on surveys"; and plain
// acts: "that's slow" / "等了两个礼拜" complains, "maybe ring people if…" suggests, "how exactly do I know…" doubts the
// caller. New wording, none of any labelled part.
import { describe, expect, it } from "vitest";
import { readActs, type ActContext } from "../src/seats/rule/acts.js";
import { awaitedReply } from "../src/seats/rule/caller-plan.js";
import { packFor, type LanguagePack } from "../src/lang/index.js";

const en = packFor("en");
const zh = packFor("zh");
const after = (prev: string | null, pack: LanguagePack): ActContext => ({ prev, customerName: "Robin Ash", awaiting: prev === null ? null : awaitedReply(prev, pack) });
const main = (text: string, context: ActContext, pack: LanguagePack): string => readActs(text, pack, context)[0] ?? "";

describe("refusals and plain acts, en", () => {
  const verify = after("Before we start, could you confirm your date of birth for me?", en);
  const rate = after("One last thing: on a scale of 1 to 10, how was the installer?", en);
  const greeted = after("Hello, is that Ms Robin Ash? It's Dana from Northgate Plumbing.", en);

  it("holding a datum back until the caller identifies first declines it", () => {
    expect(main("you first, which firm is this exactly", verify, en)).toBe("refuse");
    expect(main("Tell me your full name first and where you're based", verify, en)).toBe("refuse");
  });

  it("not being one for ratings declines the rating", () => {
    expect(main("I'm not big on surveys, sorry", rate, en)).toBe("refuse");
    expect(main("don't do scores, just finish up", rate, en)).toBe("refuse");
  });

  it("calling the wait slow complains; 'maybe ring people if…' suggests; 'how exactly do I know…' doubts the caller", () => {
    expect(main("I emailed on Monday and that is really slow", greeted, en)).toBe("complaint");
    expect(main("maybe ring people if the van is late, that's all", rate, en)).toBe("suggestion");
    expect(main("How exactly do I know you're the real plumbers", greeted, en)).toBe("suspects-scam");
    expect(main("Sorry, the times again? A lorry went past", after("We can do Monday at 9 or Friday at 2, which is better?", en), en)).toBe("repeat");
  });
});

describe("refusals and plain acts, zh", () => {
  const verify = after("先核对一下，麻烦说一下身份证后四位，或者您的出生日期？", zh);
  const rate = after("这次服务您给打个分吧，1到10分，10分是非常满意。", zh);
  const greeted = after("您好，请问是林慧林女士吗？我是安居维修的小周。", zh);

  it("holding a datum back until the caller identifies first declines it", () => {
    expect(main("你先说你们是哪家的 我再报", verify, zh)).toBe("refuse");
    expect(main("您先告诉我您叫什么 凭什么问我", verify, zh)).toBe("refuse");
  });

  it("a flat refusal in any clause after a request declines it", () => {
    expect(main("这个我不填 你们那边查不到吗", verify, zh)).toBe("refuse");
    expect(main("评什么分 不评 快点说完", rate, zh)).toBe("refuse");
    expect(main("你们不是有记录吗 问这个干嘛 我不讲", verify, zh)).toBe("refuse");
  });

  it("waiting weeks complains; 'just be quicker' suggests", () => {
    expect(main("怎么才来电话 我都等了两个礼拜了", greeted, zh)).toBe("complaint");
    expect(main("你们让师傅回电话快点就行了", rate, zh)).toBe("suggestion");
  });
});
