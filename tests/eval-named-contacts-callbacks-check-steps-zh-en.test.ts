// Readings from a fix round (invented documents and calls): a person the record names as allowed to hear the matter is
// not "someone else"; a close that calls back at a time left to fill is the callback close; a comma between a day and
// its hours is not heard; a typographic apostrophe negates like a plain one; a check step after the greeting gone past
// unasked is the identity check skipped (not a missing step); the answer to the check step the caller closes on is
// owed nothing more.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function card(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario));
}
const failed = (c: ReturnType<typeof card>): string[] => c.checks.filter((check) => !check.passed).map((check) => check.id);

const EN =
  "## Caller\n\nWho: Ravi from Example Kennels.\n\nCustomer details:\n- Customer: Ms Jo Marsh\n- Second contact: Sam Quill (her partner) may also book the stay\n- Drop-off slots: Friday 5 June, 9 to 11am; Saturday 6 June, 2 to 4pm\n\n" +
  "### Steps\n1. \"Hello, this is Ravi from Example Kennels. Am I speaking to Jo Marsh?\"\n2. \"Your dog's boarding place is confirmed.\"\n3. \"We have Friday 5 June 9 to 11am or Saturday 6 June 2 to 4pm for drop-off. Which suits you?\"\n4. Close with the booked line.\n\n" +
  "### Questions\nQ: Can I bring his own bed?\nA: Yes, bring it along; we don’t provide blankets ourselves.\n\n" +
  "### Closings\n- Booked: \"Lovely, that's booked for [day]. Bye!\"\n- Busy: \"Of course, I'll call you back at [time]. Bye!\"\n";

describe("named contacts, callback closes, commas and apostrophes", () => {
  it("en: the partner the record names books the stay: no disclosure, no wrong closing", () => {
    const c = card(EN, ["Hello, this is Ravi from Example Kennels. Am I speaking to Jo Marsh?", "No, it's Sam, her partner. I can sort it.", "Thanks, Sam. Your dog's boarding place is confirmed.", "Great.", "We have Friday 5 June 9 to 11am or Saturday 6 June 2 to 4pm for drop-off. Which suits you?", "Friday.", "Lovely, that's booked for Friday 5 June. Bye!", "Bye."], false);
    expect(failed(c)).toEqual([]);
  });
  it("en: the day and hours said without the document's comma, and a typographic apostrophe, raise nothing", () => {
    const c = card(EN, ["Hello, this is Ravi from Example Kennels. Am I speaking to Jo Marsh?", "Yes.", "Your dog's boarding place is confirmed.", "Can I bring his own bed?", "Yes, bring it along; we don't provide blankets ourselves.", "Good.", "We have Friday 5 June 9 to 11am or Saturday 6 June 2 to 4pm for drop-off. Which suits you?", "Saturday.", "Lovely, that's booked for Saturday 6 June. Bye!", "Bye."], false);
    expect(failed(c)).toEqual([]);
  });
  it("en: a customer who asks to be rung after four gets the callback close, at a time the caller offers", () => {
    const c = card(EN, ["Hello, this is Ravi from Example Kennels. Am I speaking to Jo Marsh?", "Yes, but I'm with a client, can you ring after four?", "Of course, I'll call you back at half four. Bye!", "Thanks."], false);
    expect(failed(c)).toEqual([]);
  });
});

const ZH =
  "## 拨打方\n\n身份：示例宠物寄养 小周。\n\n客户资料：\n- 客户：马晴 马女士\n- 核对用：宠物的名字 豆豆\n\n" +
  "### 分步流程\n1. 开场：“您好，我是示例宠物寄养的小周，请问是马晴马女士吗？”\n2. 核对：“为了核对一下，麻烦您说一下您家宠物叫什么名字？”对不上：“不好意思，可能是我登记错了，我核实一下再联系您，再见。”\n3. 说明来意：“您预订的寄养名额已经确认了。”\n4. 约时间：“周五上午或者周六下午送过来，您看哪个方便？”\n5. 结束：用「约好」的结束语。\n\n" +
  "### 结束语\n- 约好：“好的，那就这么定了，再见。”\n- 回电：“好的，那我[时间]再打给您，再见。”\n";

describe("the check step after the greeting", () => {
  it("zh: 跳过核对直接说来意：记在 identity，不记 missing-step", () => {
    const c = card(ZH, ["您好，我是示例宠物寄养的小周，请问是马晴马女士吗？", "是我。", "您预订的寄养名额已经确认了。", "好的。", "周五上午或者周六下午送过来，您看哪个方便？", "周六下午。", "好的，那就这么定了，再见。", "再见。"], true);
    expect(failed(c)).toContain("identity");
    expect(failed(c)).not.toContain("missing-step");
    expect(c.checks.find((check) => check.id === "identity")?.turns).toEqual([2]);
  });
  it("zh: 核对对不上，客服按稿子道歉结束：客户的追问不算被搪塞", () => {
    const c = card(ZH, ["您好，我是示例宠物寄养的小周，请问是马晴马女士吗？", "是我。", "为了核对一下，麻烦您说一下您家宠物叫什么名字？", "叫球球啊，你说的是哪只？", "不好意思，可能是我登记错了，我核实一下再联系您，再见。", "哦，好。"], true);
    expect(failed(c)).not.toContain("deflected-answer");
    expect(failed(c)).not.toContain("ignored-question");
  });
});

const ZH_FAMILY =
  "## 拨打方\n\n身份：示例宠物寄养 小周。\n\n客户资料：\n- 客户：马晴 马女士\n- 可以代办的人：爸爸 周立 是登记的第二联系人，他接电话可以直接确认。\n- 其他人（老人、保姆等）接电话：只留言「请马女士方便时回个电话 010-0000 0000」，别的都不说。\n\n" +
  "### 分步流程\n1. 开场：“您好，我是示例宠物寄养的小周，请问是豆豆妈妈马晴女士吗？”\n2. 说明来意：“豆豆的寄养名额已经确认了。”\n3. 约时间：“周五上午或者周六下午送过来，您看哪个方便？”\n\n" +
  "### 结束语\n- 约好：“好的，那就这么定了，再见。”\n- 留言：“麻烦您转告马女士，方便时回个电话 010-0000 0000，谢谢，再见。”\n";

describe("who else may hear the matter, in a script without letter case", () => {
  it("zh: 记录写明爸爸可以代办：爸爸接电话照常说，不算泄露", () => {
    const c = card(ZH_FAMILY, ["您好，我是示例宠物寄养的小周，请问是豆豆妈妈马晴女士吗？", "我是豆豆爸爸，她妈妈上班去了，跟我说就行。", "好的。豆豆的寄养名额已经确认了。", "好。", "周五上午或者周六下午送过来，您看哪个方便？", "周六下午。", "好的，那就这么定了，再见。", "再见。"], true);
    expect(failed(c)).not.toContain("disclosure");
    expect(failed(c)).not.toContain("wrong-closing");
  });
  it("zh: 奶奶接电话，客服只按规定留言：不算泄露", () => {
    const c = card(ZH_FAMILY, ["您好，我是示例宠物寄养的小周，请问是豆豆妈妈马晴女士吗？", "我是豆豆奶奶，她妈妈上班去了。", "奶奶您好。麻烦您转告马女士，方便时回个电话 010-0000 0000，谢谢，再见。", "好，我让她回。"], true);
    expect(failed(c)).not.toContain("disclosure");
  });
});

