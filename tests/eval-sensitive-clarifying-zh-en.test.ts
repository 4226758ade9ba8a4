// sensitive-info: a clarifying question that quotes the customer's own topic or a knowledge-base question holding a
// sensitive word ("您是问App登录密码忘了怎么办吗？") asks for nothing; asking for the password itself is still charged
// at its turn. Documents and calls are invented for these tests (tests/fixtures/eval/*-kb-password.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("kb-password", { en: ["Nell", "Owen"], zh: ["小聂", "蒲文"] });

const EN_OPEN = ["Hi, is this Owen Pike? It's Nell from Example Meal Kits.", "Yes. Quick one, the app keeps logging me out, I think I forgot the password."];
const ZH_OPEN = ["您好，请问是蒲文先生吗？我是示例净菜的小聂。", "是我。问一下，App老是登不上，密码好像忘了。"];
const EN_END = ["Your first box arrives on Friday between 8 am and noon.", "Great.", "Thanks, Mr Pike, enjoy the box. Goodbye.", "Bye."];
const ZH_END = ["您的第一箱周五上午8点到12点送到。", "好。", "谢谢蒲先生，祝您用餐愉快，再见。", "再见。"];

describe("a clarifying question about a password asks for none", () => {
  it("en: quoting the FAQ question back passes; asking him to read out the password is charged at its turn", () => {
    const clean = card("en", [...EN_OPEN, "Do you mean: what do you do if you forget your app password?", "Yeah, that.", "Tap Forgot password on the login screen and a reset link is emailed to you.", "Thanks.", ...EN_END]);
    expect(failedTurns(clean, "sensitive-info")).toBeNull();
    const asked = card("en", [...EN_OPEN, "Could you tell me your app password so I can check it?", "Er, no.", "Tap Forgot password on the login screen and a reset link is emailed to you.", "Thanks.", ...EN_END]);
    expect(failedTurns(asked, "sensitive-info")).toEqual([2]);
  });

  it("zh: 复述知识库里的问题不算索要密码；让客户报密码照记", () => {
    const clean = card("zh", [...ZH_OPEN, "您是问App登录密码忘了怎么办吗？", "对对。", "在登录页点忘记密码，重置链接会发到您的邮箱。", "好。", ...ZH_END]);
    expect(failedTurns(clean, "sensitive-info")).toBeNull();
    const asked = card("zh", [...ZH_OPEN, "麻烦您把登录密码报一下，我帮您看看。", "这不好吧。", "在登录页点忘记密码，重置链接会发到您的邮箱。", "好。", ...ZH_END]);
    expect(failedTurns(asked, "sensitive-info")).toEqual([2]);
  });
});
