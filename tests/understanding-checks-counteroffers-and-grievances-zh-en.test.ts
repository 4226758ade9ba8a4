// Families read from the customer's act (fix round on heldout-l): a yes to a caller's yes/no check agrees (an
// affirming word or the checked word echoed); turning offered times down to ask for another asks; "are you
// listening" is hostile; "not doing surveys" and "不说 你直接讲" refuse; "next time…"/"下次…能不能" suggest;
// "怎么这么麻烦" complains. New wording, none of any labelled part.
import { describe, expect, it } from "vitest";
import { readActs, type ActContext } from "../src/seats/rule/acts.js";
import { awaitedReply } from "../src/seats/rule/caller-plan.js";
import { packFor, type LanguagePack } from "../src/lang/index.js";

const en = packFor("en");
const zh = packFor("zh");
const after = (prev: string | null, pack: LanguagePack): ActContext => ({ prev, customerName: "Robin Ash", awaiting: prev === null ? null : awaitedReply(prev, pack) });
const main = (text: string, prev: string | null, pack: LanguagePack): string => readActs(text, pack, after(prev, pack))[0] ?? "";

describe("a yes to the caller's yes/no check agrees", () => {
  it("en: an affirming opening, whatever follows", () => {
    const check = "Are the two radiators upstairs still leaking? Our plumber brings a drip tray.";
    expect(main("yep, both of them, worse at night", check, en)).toBe("agree");
    expect(main("spot on, two rooms", "So that's the loft and the landing, still right?", en)).toBe("agree");
    expect(main("yes, that's all correct", "Two sofas and a rug — all still right?", en)).toBe("agree");
  });
  it("zh: an affirming opening, or the checked word echoed", () => {
    expect(main("对 一直住这儿", "送货地址没变吧？", zh)).toBe("agree");
    expect(main("修好了 昨天就修好了", "楼下的水管修好了吗？师傅要先看一下。", zh)).toBe("agree");
    expect(main("有 门口就有", "车库里有插座吗？", zh)).toBe("agree");
  });
  it("a reply that only describes is not a yes", () => {
    expect(main("没插头 墙上啥都没装", "车库里有插座吗？", zh)).not.toBe("agree");
  });
});

describe("offered times turned down to ask for another", () => {
  it("asks first, in both languages", () => {
    expect(main("neither, we're at my sister's, could you come the Friday after", "We can come Monday 3 or Wednesday 5 — which suits?", en)).toBe("question");
    expect(main("两个都不行 月底可以吗", "可以约3号周一上午，或者5号周三下午，您看哪个方便？", zh)).toBe("question");
  });
});

describe("hostile, refusing, suggesting and complaining in speech", () => {
  it("hostile: telling the caller off for not listening", () => {
    expect(main("I said mornings are out, are you even listening", "We can do Monday 9 or Tuesday 10, which suits?", en)).toBe("hostile");
    expect(main("说了上午不行 你听不懂啊", "可以约周一上午，或者周二上午，您看哪个方便？", zh)).toBe("hostile");
  });
  it("refuse: no surveys, no data, get on with it", () => {
    expect(main("I'm not doing surveys, sorry", "On a scale of 1 to 5, how was the fitter?", en)).toBe("refuse");
    expect(main("不说 你直接讲什么事", "麻烦您报一下会员号后四位，我核对一下。", zh)).toBe("refuse");
  });
  it("suggest: how to do it next time", () => {
    expect(main("next time send the invoice with the parts", "On a scale of 1 to 5, how was the fitter?", en)).toBe("suggestion");
    expect(main("tell your drivers to knock louder", "On a scale of 1 to 5, how was the fitter?", en)).toBe("suggestion");
    expect(main("下回上门能不能先发个短信 我好请假", "麻烦您给师傅打个分，1到5分，您打几分？", zh)).toBe("suggestion");
  });
  it("complain: what it costs the customer", () => {
    expect(main("怎么这么麻烦 修个门还要我去跟保安讲", "师傅进小区需要登记吗？", zh)).toBe("complaint");
    expect(main("麻烦死了 每次都这样", "做完以后两天别碰水哈。", zh)).toBe("complaint");
  });
});

describe("waving the request off, echoing the caller's name, naming one's own role", () => {
  it("refuse: a request waved off, or ended by negating what was asked", () => {
    expect(main("会员号谁记得住 你直接说吧", "麻烦您报一下会员号后四位，我核对一下。", zh)).toBe("refuse");
    expect(main("I've no idea where the letter is, just tell me", "Could you read me the reference on your letter so I can check?", en)).toBe("refuse");
    expect(main("评什么分 不评", "麻烦您给师傅评个分，1到5分，您评几分？", zh)).toBe("refuse");
  });
  it("asks-who: a word of the caller's introduction echoed with what/which", () => {
    expect(main("青松？什么青松", "您好，是王先生吗？我是青松物业的小林。", zh)).toBe("asks-who");
    expect(main("Brightwell and who?", "Hello, is that Mr Dunn? It's Priya from Brightwell Glazing.", en)).toBe("asks-who");
  });
  it("other-person: a role the caller did not ask for", () => {
    expect(main("我是装修的项目经理 王哥的房子我在管", "您好，是王先生吗？我是青松物业的小林。", zh)).toBe("other-person");
    expect(main("this is the site manager, he's on the roof", "Hello, is that Mr Dunn? It's Priya from Brightwell Glazing.", en)).toBe("other-person");
    // The role the caller asked for is the customer's own.
    expect(main("对 我是孩子妈妈", "您好，请问是小宇的妈妈，孩子妈妈吗？", zh)).not.toBe("other-person");
  });
});

describe("busy: asked to call back at a later part of the day", () => {
  const hello = "Hello, is that Mr Dunn? It's Priya from Brightwell Glazing.";
  it("en and zh", () => {
    expect(main("I'm at the dentist, could you ring this afternoon", hello, en)).toBe("busy");
    expect(main("I'm at work, can you try me at lunch", hello, en)).toBe("busy");
    expect(main("我在上课 下班再说", "您好，是王先生吗？我是青松物业的小林。", zh)).toBe("busy");
  });
});
