// Builds the own-scf-35 labelled calls from the compact lists below (one line a turn, caller first; labels written
// with the calls, before any scorer run). tune/ is measured while fixing; held/ is run once at the end.
// Run: node build.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { URL } from "node:url";

const docs = {
  zh: { scenario: "../scenarios/own35-zh-tijian.md", industry: "community-health-check", stem: "own-scf-35-zh-tijian" },
  en: { scenario: "../scenarios/own35-en-pianotune.md", industry: "piano-tuning", stem: "own-scf-35-en-pianotune" },
};
const EO = "Hello, this is Mira from Larkspur Piano Care. Could I speak to Mr Renwick, please?";
const EC = "Thanks. Before we go on, could you tell me the first line of the address on your plan?";
const EP = "Thank you, that matches. The piano is due its yearly tuning; the last one was on 12 March last year.";
const ES = "We can come Monday 9 March between 2 and 4, Wednesday 11 March between 9 and 11, or Friday 13 March between 1 and 3. Which suits you?";
const EPR = "The tuning is £75, paid to the tuner by card on the day.";
const EV = "Before the visit, just keep the lid clear and the room at its normal heating; no need to move the piano.";
const EB = (x) => `Just to confirm, that's ${x}?`;
const EE = (x) => `Thanks, Mr Renwick, that's ${x}. Ellis will ring when he is on his way. Goodbye.`;
const EM = "Could you ask Mr Renwick to ring Larkspur Piano Care on 01947 555 0612? Thank you, goodbye.";
const EHEAD = [EO, "Yes, speaking.", EC, "4 Quarry Lane.", EP];
const MON = "Monday 9 March, between 2 and 4";
const WED = "Wednesday 11 March, between 9 and 11";
const FRI = "Friday 13 March, between 1 and 3";

const ZO = "您好，我是青禾社区卫生服务中心的小蒋，请问是马桂兰马阿姨吗？";
const ZC = "马阿姨您好，麻烦您说一下身份证后四位，我核对一下。";
const ZP = "好的，对上了。今年65岁以上老人的免费体检开始预约了，给您打个电话约一下时间。";
const ZT = "可以约4月8日周三上午7点半到9点，或者4月10日周五上午7点半到9点，您看哪天方便？";
const ZR = "体检前一天晚上10点以后不要吃东西，早上空腹来，记得带身份证和医保卡。";
const ZD = "地点在中心二楼体检科。";
const ZB = (x) => `跟您确认一下，${x}，对吧？`;
const ZE = (x) => `好的马阿姨，那就${x}，到时候见，再见！`;
const ZM = "麻烦请马阿姨回个电话到青禾社区卫生服务中心，电话0574-5550 2796，谢谢，再见！";
const ZHEAD = [ZO, "是我，啥事？", ZC, "5126。", ZP];
const ZWED = "4月8日周三上午7点半";
const ZFRI = "4月10日周五上午7点半";

// [part, lang, number, lines, caller faults [kind, turn, why]]
const calls = [
  ["tune", "en", "001", [...EHEAD, "Oh, already? Okay.", ES, "Wednesday, please.", EPR, "Fine.", EV, "Okay.", EB(WED), "That's right.", EE(WED), "Bye."], []],
  ["tune", "en", "002", [EO, "Speaking, but I'm driving right now.", "No problem. When would be a good time to ring you back?", "After six this evening.",
    "No problem, I'll ring you back after six this evening. Goodbye.", "Bye."], []],
  ["tune", "en", "003", [EO, "He's out at the moment, I'm his wife.", EM, "Will do."], []],
  ["tune", "en", "004", [...EHEAD, "Ah, we actually sold the piano last month.", "Thanks for letting us know, I'll close the plan. Goodbye.", "Bye."], []],
  ["tune", "en", "005", [...EHEAD, "Okay.", ES, "Friday.", EV, "Fine.", EB(FRI), "Yes.", EE(FRI), "Bye."],
    [["missing-step", 8, "the price step (£75 by card on the day) is skipped"]]],
  ["tune", "en", "006", [...EHEAD, "How long does it take, roughly?", "Oh, about twenty minutes.", "Right.", ES, "Monday.", EPR, "Fine.", EV, "Okay.", EB(MON), "Yes.", EE(MON), "Bye."],
    [["wrong-answer", 6, "KB: about an hour and a half; the answer says twenty minutes"]]],
  ["tune", "en", "007", [...EHEAD, "Can you fix a sticking key too? The low C sticks.", ES, "Er, Monday.", EPR, "Fine.", EV, "Okay.", EB(MON), "Yes.", EE(MON), "Bye."],
    [["ignored-question", 6, "asked about a sticking key (KB: small fixes free); the caller moves on to the slots"]]],
  ["tune", "en", "008", [EO, "Speaking.", "Before anything else, what's the first line of the address on your plan?", "It's 4 Quarry Lane.",
    "Great, thanks. It's been a year since the last tuning on 12 March, so the piano's due again.", "Right.",
    "Slots we have: Mon 9 Mar 2 till 4, Wed 11 Mar 9 till 11, Fri 13 Mar 1 till 3.", "Fri.",
    "It's £75, and you pay the tuner by card when he comes.", "Good.",
    "Nothing to move, just clear the lid and keep the room heated as usual.", "Sure.",
    "So Friday 13 March, 1 till 3, right?", "That's right.", EE(FRI), "Bye."], []],
  ["held", "en", "009", [...EHEAD, "Sorry, I'm about to go into the dentist. Can you ring later?", "Of course. When suits you?", "Tomorrow morning.",
    "No problem, I'll ring you back tomorrow morning. Goodbye.", "Bye."], []],
  ["held", "en", "010", [...EHEAD, "Okay.", ES, "Monday.", EPR, "Fine.", EB(MON), "Yes.", EE(MON), "Bye."],
    [["missing-step", 10, "the before-the-visit step (lid clear, room heated) is skipped"]]],
  ["held", "en", "011", [...EHEAD, "Fine. Can it be done on a Saturday?", "Yes, Saturdays are fine.", "Oh good, but weekdays work too.", ES, "Wednesday.", EPR, "Okay.", EV, "Fine.", EB(WED), "Yes.", EE(WED), "Bye."],
    [["wrong-answer", 6, "KB: weekdays only; the answer says Saturdays are fine"]]],
  ["held", "en", "012", [EO, "This is his son, Dad's in the garden.", EM, "Sure, I'll tell him."], []],

  ["tune", "zh", "001", [...ZHEAD, "哦，好啊。", ZT, "周五吧。", ZR, "知道了。", ZD, "好。", ZB(ZFRI), "对。", ZE(ZFRI), "再见。"], []],
  ["tune", "zh", "002", [ZO, "是我，我在外面买菜呢，不方便。", "好的，那您看什么时候方便，我再打给您？", "下午三点以后吧。", "好的，那我下午三点以后再给您打，再见！", "再见。"], []],
  ["tune", "zh", "003", [ZO, "我妈不在，我是她儿子。", ZM, "好的。"], []],
  ["tune", "zh", "004", [...ZHEAD, "我上个月刚在医院体检过了，这次不去了。", "好的，那这次就不给您预约了，有需要随时打给我们，再见！", "再见。"], []],
  ["tune", "zh", "005", [...ZHEAD, "好。", ZT, "周三。", ZD, "好。", ZB(ZWED), "对。", ZE(ZWED), "再见。"],
    [["missing-step", 8, "准备 (前一晚10点后禁食、空腹、带身份证医保卡) is skipped"]]],
  ["tune", "zh", "006", [...ZHEAD, "要钱吗？", "要交五十块钱挂号费。", "哦，那行吧。", ZT, "周五。", ZR, "好。", ZD, "好。", ZB(ZFRI), "对。", ZE(ZFRI), "再见。"],
    [["wrong-answer", 6, "KB: 全部免费; the answer says a 50元 fee"]]],
  ["tune", "zh", "007", [...ZHEAD, "报告什么时候能拿到？", ZT, "呃，周三吧。", ZR, "好。", ZD, "好。", ZB(ZWED), "对。", ZE(ZWED), "再见。"],
    [["ignored-question", 6, "asked when the report is ready (KB: two weeks); the caller moves on to the times"]]],
  ["tune", "zh", "008", [ZO, "嗯，我是。", "马阿姨，先核对一下，您身份证最后四位是多少？", "5126。",
    "对上了，谢谢。是这样，今年六十五岁以上的老人免费体检可以约了。", "哦。",
    "有两个时间，4月8号星期三早上七点半到九点，4月10号星期五早上七点半到九点，您挑一个？", "星期三。",
    "头天晚上十点过后就别吃东西了，第二天空着肚子来，身份证和医保卡带上。", "嗯。",
    "就在我们中心二楼的体检科。", "晓得了。", "我再对一下：4月8号星期三早上七点半，对吧？", "对的。", ZE(ZWED), "再见。"], []],
  ["held", "zh", "009", [...ZHEAD, "我现在在医院陪老伴呢，晚点说行吗？", "好的，那您看什么时候方便？", "明天上午吧。", "好的，那我明天上午再给您打，再见！", "再见。"], []],
  ["held", "zh", "010", [...ZHEAD, "好。", ZT, "周五。", ZR, "知道了。", ZB(ZFRI), "对。", ZE(ZFRI), "再见。"],
    [["missing-step", 10, "地点 (二楼体检科) is skipped"]]],
  ["held", "zh", "011", [...ZHEAD, "能带我老伴一起去查吗？", "可以，家属也一起免费查。", "那太好了。", ZT, "周三。", ZR, "好。", ZD, "好。", ZB(ZWED), "对。", ZE(ZWED), "再见。"],
    [["wrong-answer", 6, "KB: family may come along but their own check is paid; the answer says free"]]],
  ["held", "zh", "012", [ZO, "她不在，我是隔壁邻居，帮她看门呢。", ZM, "好，我跟她说。"], []],
];

for (const [part, lang, num, lines, faults] of calls) {
  const doc = docs[lang];
  const id = `${doc.stem}-${num}`;
  const record = {
    id, scenario: doc.scenario, language: lang, industry: doc.industry, source: "hand",
    turns: lines.map((text, index) => ({ speaker: index % 2 === 0 ? "caller" : "callee", text })),
    verdict: faults.length === 0 ? "pass" : "fail",
    faults: faults.map(([kind, turn, why]) => ({ kind, turn, why })),
    simulatorFaults: [],
  };
  mkdirSync(new URL(`./${part}/`, import.meta.url), { recursive: true });
  writeFileSync(new URL(`./${part}/${id}.json`, import.meta.url), `${JSON.stringify(record, null, 1)}\n`);
}
