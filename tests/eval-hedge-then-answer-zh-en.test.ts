// deflected-answer: a hedge the same turn follows at once with what the caller does know, in the question's words ("I
// can't say who is on the rota. Whichever mechanic does it will have the notes…", "谁排班我说不准。不管哪位师傅修…")
// gave the customer an answer: no put-off. The same hedge followed by anything else is charged at its turn. Calls are
// invented for these tests against tests/fixtures/eval/*-clean-readings.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("clean-readings", { en: ["Pip", "Rosa"], zh: ["小柏", "汤若兰"] });

const EN_HEAD = [
  "Hi, it's Pip from Example Bike Servicing. Am I speaking with Ms Rosa Tindall?",
  "Yes, speaking.",
  "Sorry, our mechanic is off on Monday, so I need to move your service.",
  "Okay.",
  "We can do Wednesday the 12th at 10 or Friday the 14th at 3. Which would you like?",
  "Friday, please.",
  "Friday the 14th at 3, lovely.",
  "Will it be the same mechanic as last time? He knew my odd gear hub.",
];
const EN_TAIL = ["Okay.", "So that's Friday the 14th at 3, £85 as booked.", "Yes.", "Great, see you then, Ms Tindall. Bye.", "Bye."];

const ZH_HEAD = [
  "您好，我是示例单车保养店的小柏，请问是汤若兰女士吗？",
  "是我。",
  "抱歉，周一师傅休息，得给您改个时间。",
  "行。",
  "12号上午10点或者14号下午3点都可以，您选哪个？",
  "14号吧。",
  "好的，14号下午3点。",
  "还是上次那个师傅修吗？他知道我这车变速有毛病。",
];
const ZH_TAIL = ["好。", "好的，那就是14号下午3点，费用还是260元。", "对。", "好的，到时见，汤女士，再见。", "再见。"];

describe("a hedge the caller follows at once with what it knows", () => {
  it("en: 'I can't say who is on the rota. Whichever mechanic does it…' is no put-off; the hedge alone is charged", () => {
    const answered = card("en", [...EN_HEAD, "I can't say who is on the rota that day. Whichever mechanic does it will have the notes on your gear hub from last time.", ...EN_TAIL]);
    expect(failedTurns(answered, "deflected-answer")).toBeNull();
    const put = card("en", [...EN_HEAD, "I can't say who is on the rota that day. Let me just check the price with you.", ...EN_TAIL]);
    expect(failedTurns(put, "deflected-answer")).toEqual([8]);
  });

  it("zh: “那天谁排班我说不准。不管哪位师傅修，都能看到变速的记录”不算推托；只推托的记在那一轮", () => {
    const answered = card("zh", [...ZH_HEAD, "那天谁排班我现在说不准。不管哪位师傅修，都能看到您上次变速的维修记录。", ...ZH_TAIL]);
    expect(failedTurns(answered, "deflected-answer")).toBeNull();
    const put = card("zh", [...ZH_HEAD, "那天谁排班我现在说不准。我跟您核对一下费用。", ...ZH_TAIL]);
    expect(failedTurns(put, "deflected-answer")).toEqual([8]);
  });
});
