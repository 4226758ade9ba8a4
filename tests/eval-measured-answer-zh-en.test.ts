// wrong-answer: a customer's question whose words meet an entry's answer rather than its question ("does the carpet
// need to dry?" against "How long is the visit? — … needs 12 hours to dry …"), answered with an amount of the kind that
// answer states and the document states nowhere ("about two hours"), is a reply to that entry: it contradicts it.
// The entry's own amount passes; a slot read from the script (a point on the clock) is no amount and is not judged here.
// Calls are invented for these tests against tests/fixtures/eval/*-measured-answer.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("measured-answer", { en: ["Nell", "Sam"], zh: ["小陆", "孟洁"] });

const EN_OPEN = ["Hi, is this Sam Okafor? This is Nell from Example Carpet Care.", "Yes, speaking."];
const ZH_OPEN = ["您好，请问是孟洁女士吗？我是示例地毯护理的小陆。", "是我。"];

describe("a reply with another amount than the entry its question's words meet", () => {
  it("en: 'does the carpet need to dry after?' answered 'about two hours' is charged at the reply; 'twelve hours' is not", () => {
    const asked = [...EN_OPEN, "Your deep-clean is ready to book.", "Does the carpet need to dry after?"];
    const wrong = card("en", [...asked, "Yes, about two hours to dry.", "Okay.", "I have Wednesday at 9 am or Friday at 1 pm. Which suits you?", "Wednesday."]);
    expect(failedTurns(wrong, "wrong-answer")).toEqual([4]);
    const right = card("en", [...asked, "Yes, about 12 hours to dry.", "Okay.", "I have Wednesday at 9 am or Friday at 1 pm. Which suits you?", "Wednesday."]);
    expect(failedTurns(right, "wrong-answer")).toBeNull();
  });

  it("zh: “洗完要晾干吗？”答“两个小时就干”与条目的12个小时不符，记在那一轮；答12个小时不记", () => {
    const asked = [...ZH_OPEN, "您的地毯深度清洗可以预约了。", "洗完地毯要晾干吗？"];
    const wrong = card("zh", [...asked, "要的，大概两个小时就干了。", "好。", "周三上午9点和周五下午1点，您看哪个方便？", "周三吧。"]);
    expect(failedTurns(wrong, "wrong-answer")).toEqual([4]);
    const right = card("zh", [...asked, "要的，大概12个小时才能晾干。", "好。", "周三上午9点和周五下午1点，您看哪个方便？", "周三吧。"]);
    expect(failedTurns(right, "wrong-answer")).toBeNull();
  });

  it("en/zh: a slot read from the script in reply is no amount: not charged", () => {
    const en = card("en", [...EN_OPEN, "Your deep-clean is ready to book.", "When can the carpet dry, then?", "I have Wednesday at 9 am or Friday at 1 pm. Which suits you?", "Wednesday."]);
    expect(failedTurns(en, "wrong-answer")).toBeNull();
    const zh = card("zh", [...ZH_OPEN, "您的地毯深度清洗可以预约了。", "那地毯什么时候能晾干？", "周三上午9点和周五下午1点，您看哪个方便？", "周三吧。"]);
    expect(failedTurns(zh, "wrong-answer")).toBeNull();
  });
});
