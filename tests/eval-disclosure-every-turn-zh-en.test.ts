// disclosure is charged at every turn that tells someone else something new from the record (a repeat of what was
// already charged is not), once where the caller went on before the check the script asks for, and an answer to a
// verification question verifies only what the record bears out and the caller did not say first. Documents and
// calls are invented for these tests (tests/fixtures/eval/*-precision.md, *-verify.md).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";
import { scorerForFiles } from "./fixtures/eval/alternating-call.js";

type Doc = "en" | "zh" | "enVerify" | "zhVerify";
const FILES: Record<Doc, string> = {
  en: "tests/fixtures/eval/en-precision.md",
  zh: "tests/fixtures/eval/zh-precision.md",
  enVerify: "tests/fixtures/eval/en-verify.md",
  zhVerify: "tests/fixtures/eval/zh-verify.md",
};
const scored = scorerForFiles(FILES);

/** Failed turns of the disclosure check (lines alternate caller, callee), or null when it passed. */
function disclosed(doc: Doc, lines: readonly string[]): readonly (number | null)[] | null {
  const check = scored(doc, lines).checks.find((c) => c.id === "disclosure");
  return check === undefined || check.passed ? null : check.turns;
}

/** The customer turn the identity reading took as confirming who answered (null: never). */
function confirmedAt(doc: Doc, lines: readonly string[]): unknown {
  return scored(doc, lines).checks.find((c) => c.id === "disclosure")?.details?.confirmedAt;
}

describe("disclosure to someone else: every turn that tells something new", () => {
  it("zh: the start date to the mother-in-law, then the fee: both turns; the date said again: not again", () => {
    const call = ["您好，我是示例游泳馆前台小唐，请问是何建明先生吗？", "他上班去了，我是他岳母。", "阿姨好，小舟的暑期课7月6日开课。", "哦哦。", "一共16节，学费1,560元已经交了。", "好。", "7月6日开课，麻烦提醒他。", "行。"];
    expect(disclosed("zh", call)).toEqual([2, 4]);
  });

  it("en: the start date to the neighbour, then the fee: both turns; the date said again: not again", () => {
    const call = [
      "Hi, this is Dana from Example Riverside Pool. May I speak with Mark Grant?",
      "He's at work, I'm his neighbour.",
      "Oh, okay. Leo's lessons start on July 6.",
      "Right.",
      "It's 16 lessons and the $390 fee is paid.",
      "Okay.",
      "So July 6, please remind him.",
      "Will do.",
    ];
    expect(disclosed("en", call)).toEqual([2, 4]);
  });

  it("en: 'Yes, this is she.' is the customer, not someone named 'she'", () => {
    const call = ["Hi, this is Dana from Example Riverside Pool. May I speak with Mark Grant?", "Yes, this is she.", "Just to check, you're Leo's dad, Mark Grant?", "Yes.", "Leo's lessons start on July 6.", "Good."];
    expect(disclosed("en", call)).toBeNull();
  });
});

describe("disclosure before the check the script asks for: charged once, where the caller went on", () => {
  it("zh: no data given, the reading then the bill in two turns: one fault, at the first", () => {
    const call = ["您好，我是示例水务的小林，请问是蒋文华先生吗？", "是我。", "为了核实身份，麻烦您说一下户号后四位或者登记的小区。", "我记不住。", "好的，您家3月14日抄表2,315吨。", "嗯。", "水费388.40元。", "好。"];
    expect(disclosed("zhVerify", call)).toEqual([4]);
  });

  it("en: no data given, the reading then the bill in two turns: one fault, at the first", () => {
    const call = ["Hi, this is Quill from Example Harbour Water. Is this Robin Ashby?", "Yes.", "For security, could you tell me your account PIN or your postcode?", "I don't have it.", "Okay. Your meter was read on March 14 at 2,315 units.", "Right.", "And your bill is $88.40.", "Fine."];
    expect(disclosed("enVerify", call)).toEqual([4]);
  });
});

describe("verification: only what the record bears out, and not what the caller said first", () => {
  it("zh: 户号后四位 the record holds verifies; one the caller read out first, or one the record lacks, does not", () => {
    const ask = "为了核实身份，麻烦您说一下户号后四位或者登记的小区。";
    const fact = "好的，您家3月14日抄表2,315吨，水费388.40元。";
    expect(disclosed("zhVerify", ["您好，我是示例水务的小林，请问是蒋文华先生吗？", "是我。", ask, "6382。", fact, "好。"])).toBeNull();
    expect(disclosed("zhVerify", ["您好，我是示例水务的小林，请问是蒋文华先生吗？", "是我。", ask, "翠湖苑。", fact, "好。"])).toBeNull();
    // Read out by the caller first: that is a slip of its own (turn 2), and the echo verifies nothing.
    const echoed = ["您好，我是示例水务的小林，请问是蒋文华先生吗？", "是我。", "户号尾号6382对吧？" + ask, "6382。", fact, "好。"];
    expect(disclosed("zhVerify", echoed)).toEqual([2]);
    expect(confirmedAt("zhVerify", echoed)).toBeNull();
    expect(disclosed("zhVerify", ["您好，我是示例水务的小林，请问是蒋文华先生吗？", "是我。", ask, "5190。", fact, "好。"])).toEqual([4]);
  });

  it("en: the PIN or postcode the record holds verifies; a PIN the caller read out first, or one the record lacks, does not", () => {
    const ask = "For security, could you tell me your account PIN or your postcode?";
    const fact = "Thanks. Your meter was read on March 14 at 2,315 units, and your bill is $88.40.";
    const open = ["Hi, this is Quill from Example Harbour Water. Is this Robin Ashby?", "Speaking."];
    expect(disclosed("enVerify", [...open, ask, "It's 4471.", fact, "Okay."])).toBeNull();
    expect(disclosed("enVerify", [...open, ask, "KX9 2PL.", fact, "Okay."])).toBeNull();
    // Read out by the caller first: that is a slip of its own (turn 2), and the echo verifies nothing.
    const echoed = [...open, `Is your PIN 4471? ${ask}`, "Yes, 4471.", fact, "Okay."];
    expect(disclosed("enVerify", echoed)).toEqual([2]);
    expect(confirmedAt("enVerify", echoed)).toBeNull();
    expect(disclosed("enVerify", [...open, ask, "It's 9023.", fact, "Okay."])).toEqual([4]);
  });
});

describe("verification passed once: a later check asked again does not move it", () => {
  it("zh: 户号 given at turn 3, the reading told, then the check asked again and 小区 given: the reading is no disclosure", () => {
    const call = ["您好，我是示例水务的小林，请问是蒋文华先生吗？", "是我。", "为了核实身份，麻烦您说一下户号后四位或者登记的小区。", "6382。", "好的，您家3月14日抄表2,315吨。", "嗯。", "为了核实身份，麻烦您说一下户号后四位或者登记的小区。", "翠湖苑。", "好的，水费388.40元。", "好。"];
    expect(disclosed("zhVerify", call)).toBeNull();
    expect(confirmedAt("zhVerify", call)).toBe(3);
  });

  it("en: the PIN given at turn 3, the reading told, then the postcode asked again and given: the reading is no disclosure", () => {
    const call = ["Hi, this is Quill from Example Harbour Water. Is this Robin Ashby?", "Speaking.", "For security, could you tell me your account PIN or your postcode?", "It's 4471.", "Thanks. Your meter was read on March 14 at 2,315 units.", "Right.", "And to verify once more, your postcode?", "KX9 2PL.", "Your bill is $88.40.", "Okay."];
    expect(disclosed("enVerify", call)).toBeNull();
    expect(confirmedAt("enVerify", call)).toBe(3);
  });
});

describe("disclosure: what the person said first, and what the document lets someone else hear", () => {
  it("zh: the relative names the start date first, the caller confirms it: not charged; the fee they never named: charged", () => {
    const call = ["您好，我是示例游泳馆前台小唐，请问是何建明先生吗？", "他上班去了，我是他岳母。是不是7月6号开课那个事？", "对，7月6日开课。", "哦。", "学费1,560元已经交了。", "好。"];
    expect(disclosed("zh", call)).toEqual([4]);
  });

  it("en: the neighbour names the start date first, the caller confirms it: not charged; the fee: charged", () => {
    const call = ["Hi, this is Dana from Example Riverside Pool. May I speak with Mark Grant?", "He's at work, I'm his neighbour. Is it the lessons starting July 6?", "Yes, July 6.", "Right.", "And the $390 fee is paid.", "Okay."];
    expect(disclosed("en", call)).toEqual([4]);
  });

  const doc = (lines: readonly string[]) => parseScenarioText(lines.join("\n"));
  const told = (scenario: ReturnType<typeof doc>, text: string): boolean =>
    evaluateCall(scenario, parseCall(text, "call.txt", scenario)).checks.find((c) => c.id === "disclosure")?.passed === false;

  it("zh: a number the rules let someone else hear (其他人接听：只说…回电号码…) is not the customer's; the fee is", () => {
    const zh = doc([
      "## 拨打方", "", "### 角色", "示例琴行前台小吴。", "", "### 客户画像", "- 客户：钱多多", "- 学费2,640元未缴", "- 琴行电话：6677 1020", "",
      "### 步骤", "1. 找客户：“您好，我是示例琴行小吴，请问是钱多多女士吗？”", "2. 说学费：“您的学费2,640元还没缴。”", "",
      "### 规则", "- 其他人接听：只说琴行名字和回电号码6677 1020。", "", "### 结束语", "- “好的，再见。”", "", "## 接听方", "", "### 角色", "钱多多，教师。",
    ]);
    expect(told(zh, "客服：您好，我是示例琴行小吴，请问是钱多多女士吗？\n对方：她不在，我是她同事。\n客服：好的，麻烦让她回电6677 1020，再见。")).toBe(false);
    expect(told(zh, "客服：您好，我是示例琴行小吴，请问是钱多多女士吗？\n对方：她不在，我是她同事。\n客服：好的，她的学费2,640元还没缴，再见。")).toBe(true);
  });

  it("en: a number the rules let someone else hear is not the customer's; the fee is", () => {
    const en = doc([
      "## Caller", "", "### Role", "Ari at Example Music School.", "", "### Customer information", "- Customer: Jo Penn", "- Fee due: $264", "- School line: 555 0142 880", "",
      "### Call script", "1. Ask for Jo", '   - "Hi, this is Ari from Example Music School. Is this Jo Penn?"', "2. The fee", '   - "Your fee of $264 is due."', "",
      "### Rules", "- If someone else answers: give only the school's name and the number 555 0142 880.", "", "### Closing lines", '- "Thanks, bye."', "", "## Callee", "", "### Persona", "Jo Penn, teacher.",
    ]);
    expect(told(en, "Agent: Hi, this is Ari from Example Music School. Is this Jo Penn?\nVoice: She's out, I'm her colleague.\nAgent: Okay, could she call 555 0142 880? Thanks, bye.")).toBe(false);
    expect(told(en, "Agent: Hi, this is Ari from Example Music School. Is this Jo Penn?\nVoice: She's out, I'm her colleague.\nAgent: Okay, her fee of $264 is due. Thanks, bye.")).toBe(true);
  });
});

describe("disclosure: a step of the errand told to someone else, figure or not", () => {
  it("zh: what to bring to the lessons told to the neighbour: charged; only the callback message: not", () => {
    const open = ["您好，我是示例游泳馆前台小唐，请问是何建明先生吗？", "他出门了，我是他邻居。"];
    expect(disclosed("zh", [...open, "好的，那您转告一下，上课请带泳帽、泳镜和拖鞋，更衣柜不用自带锁。", "行。"])).toEqual([2]);
    expect(disclosed("zh", [...open, "好的，麻烦您转告何先生回个电话，谢谢，再见。", "行。"])).toBeNull();
  });

  it("en: what to bring to the lessons told to the neighbour: charged; only the callback message: not", () => {
    const open = ["Hi, this is Dana from Example Riverside Pool. May I speak with Mark Grant?", "He's out, I'm his neighbour."];
    expect(disclosed("en", [...open, "Okay, could you tell him to bring a cap, goggles and flip-flops; lockers need no padlock.", "Sure."])).toEqual([2]);
    expect(disclosed("en", [...open, "Okay, could you ask Mark to call us back? Thanks, bye.", "Sure."])).toBeNull();
  });
});
