// wrong-closing reads the document's closings however they are written: a closing line given inside its end
// condition ("选好时间：“…”") is a closing line; a condition naming the customer ("Not Mr <name>",
// "接电话的不是<name>本人") is the wrong-person ending; a plain goodbye where the document has a line for the ending
// that happened is charged at the goodbye. Documents and calls are invented (tests/fixtures/eval/*-direction-steps.md).
import { describe, expect, it } from "vitest";
import { failedTurns } from "./fixtures/eval/alternating-call.js";
import { card, EN_HEAD, EN_READ_BACK, EN_TIP, ZH_HEAD, ZH_READ_BACK, ZH_TIP } from "./fixtures/eval/direction-steps-calls.js";

const EN_CALL = [...EN_HEAD, ...EN_TIP, ...EN_READ_BACK];
const ZH_CALL = [...ZH_HEAD, ...ZH_TIP, ...ZH_READ_BACK];

describe("wrong-closing: the document's closings as written, and a plain goodbye where a line was owed", () => {
  it("en: a plain goodbye after a day was picked is charged; the day-picked line passes", () => {
    expect(failedTurns(card("en", [...EN_CALL, "Thanks for your time. Goodbye."]), "wrong-closing")).toEqual([10]);
    expect(failedTurns(card("en", [...EN_CALL, "Perfect, the tuner will see you then. Thanks, Mr Okoro, goodbye."]), "wrong-closing")).toBeNull();
  });

  it("en: 'Not Mr <name>' is the wrong-person ending: its line to the spouse passes, the customer's close is charged", () => {
    const spouse = ["Hello, it's Wren from Example Piano Tuning. Am I speaking with Mr Ansel Okoro?", "No, this is his wife, he's at choir practice."];
    expect(failedTurns(card("en", [...spouse, "Could you ask him to call Example Piano Tuning back? Thank you, goodbye."]), "wrong-closing")).toBeNull();
    expect(failedTurns(card("en", [...spouse, "Perfect, the tuner will see you then. Thanks, Mr Okoro, goodbye."]), "wrong-closing")).toEqual([2]);
  });

  it("zh: 结束语写在结束条件里也算结束语：选好时间后只说“好的，再见”被记，说选好时间的结束语不记", () => {
    expect(failedTurns(card("zh", [...ZH_CALL, "好的，感谢您的配合，再见。"]), "wrong-closing")).toEqual([10]);
    expect(failedTurns(card("zh", [...ZH_CALL, "好的，调音师到时上门，谢谢欧阳先生，再见。"]), "wrong-closing")).toBeNull();
  });

  it("zh: “接电话的不是<姓名>本人”是找错人的结束：对家属说转告的结束语不记，说给客户的结束语被记", () => {
    const spouse = ["您好，我是示例钢琴调音的小闻，请问是欧阳宁先生吗？", "我是他爱人，他去排练了。"];
    expect(failedTurns(card("zh", [...spouse, "麻烦您转告他回电示例钢琴调音，谢谢，再见。"]), "wrong-closing")).toBeNull();
    expect(failedTurns(card("zh", [...spouse, "好的，调音师到时上门，谢谢欧阳先生，再见。"]), "wrong-closing")).toEqual([2]);
  });
});
