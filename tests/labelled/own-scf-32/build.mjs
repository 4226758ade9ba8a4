// Builds the own-scf-32 labelled calls from the compact lists below (one line a turn, caller first; labels written
// with the calls, before any scorer run). tune/ is measured while fixing; held/ is run once at the end.
// Run: node build.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { URL } from "node:url";

const docs = {
  zh: { scenario: "../scenarios/own32-zh-carservice.md", industry: "car-service", stem: "own-scf-32-zh-carservice" },
  en: { scenario: "../scenarios/own32-en-gutters.md", industry: "gutter-cleaning", stem: "own-scf-32-en-gutters" },
};
const ZO = "您好，我是驰远4S店售后的小蒋，请问是郑伟郑先生吗？";
const ZC = "郑先生您好，麻烦您说一下车牌后三位，我核对一下。";
const ZP = "好的，对上了。您的车上次保养是6月12号，现在跑了差不多一万公里，该做小保养了，换机油机滤。您还有最后一张免费保养券，12月31号前有效。";
const ZS = "时间有12月16号周三上午9点、18号周五下午2点、20号周日上午10点，您看哪个方便？";
const ZR = "好的。保养大概一个半小时，来的时候带上行驶证和保养手册，可以在休息区等，还有免费洗车。";
const ZB = (t) => `跟您确认一下，${t}。`;
const ZE = (t) => `好的郑先生，那就${t}，到了找服务顾问小蒋，再见。`;
const EO = "Hello, this is Sam from ClearFlow Gutters. Could I speak to Mrs Dalton, please?";
const EC = "Thanks. Before I go on, could you confirm the first line of your address for me?";
const EP = "Lovely, that matches. Your annual gutter clear is due; the leaves have been heavy this autumn, and blocked gutters overflow and leave damp walls.";
const ES = "We can come Tuesday 15 December in the morning, Thursday 17 December in the afternoon, or Saturday 19 December in the morning. Which suits you?";
const EM = "It's £75 for the front and back gutters plus flushing the downpipe, paid by bank transfer or cash on the day.";
const EG = "On the day we need side access to the back garden, so please leave the gate unlocked and move any cars off the drive. You don't need to be home if the gate's open.";
const EB = (x) => `So that's ${x}.`;
const EE = (x) => `Lovely, Mrs Dalton, that's ${x}. We'll text the evening before. Bye now.`;
const ZHEAD = [ZO, "是我，你说。", ZC, "327。", ZP];
const EHEAD = [EO, "Speaking, dear.", EC, "17 Larch Avenue.", EP];

// [part, lang, number, lines, caller faults [kind, turn, why], simulator faults [kind, turn, why]]
const calls = [
  ["tune", "zh", "001", [...ZHEAD, "要花钱吗？", "免费券抵工时和机油机滤，不另收钱；要是检查出别的问题，先问您再修。", "那行。", ZS, "周五下午吧。", ZR, "好。",
    ZB("12月18号周五下午2点"), "对。", ZE("12月18日下午2点"), "好，再见。"], [], []],
  ["tune", "zh", "002", [ZO, "我是他老婆，他出车去了，什么事？", "没关系，麻烦您转告郑先生回个电话 0571-5550 8830，驰远4S店，谢谢。", "好，我跟他说。"], [], []],
  ["tune", "zh", "003", [...ZHEAD, "行。用的什么机油啊？", "用的是5W-40的半合成机油。", "哦。", ZS, "周日上午。", ZR, "好。",
    ZB("12月20号周日上午10点"), "对。", ZE("12月20日上午10点"), "再见。"],
    [["wrong-answer", 6, "知识库是原厂5W-30全合成，答成5W-40半合成"]], []],
  ["tune", "zh", "004", [...ZHEAD, "嗯，好。", ZS, "周五下午2点吧，周三我跑长途。", ZR, "好。", "跟您确认一下，您选的是12月20号周日上午10点。", "嗯。",
    ZE("12月20日上午10点"), "再见。"],
    [["false-claim", 10, "客户选的是周五下午2点，复述成他选了周日上午10点（结束语跟着错，只记一次）"]], []],
  ["tune", "zh", "005", [...ZHEAD, "行。", ZS, "周三上午吧。", ZR, "对了，能不能上门来取车啊？我白天走不开。", ZB("12月16号周三上午9点"), "……行吧。",
    ZE("12月16日上午9点"), "嗯。"],
    [["ignored-question", 10, "客户问能不能上门取车（知识库有答案），小蒋没回答直接复述"]], []],
  ["tune", "zh", "006", [...ZHEAD, "好。", ZS, "周五下午。", ZB("12月18号周五下午2点"), "对。", ZE("12月18日下午2点"), "再见。"],
    [["missing-step", 8, "第5步提醒（一个半小时、带行驶证和保养手册）没说，直接复述"]], []],
  ["tune", "zh", "007", [...ZHEAD, "嗯。", "这个免费保养券12月31号就到期了，过了就作废。", "知道了。", ZS, "周日上午。", ZR, "好。",
    "再提醒您一下，免费保养券12月31号到期，过了就不能用了。", "你说过两遍了。", ZB("12月20号周日上午10点"), "对。", ZE("12月20日上午10点"), "再见。"],
    [["repetition", 12, "免费券12月31日到期第三遍，没人问"]], []],
  ["tune", "zh", "008", [ZO, "是我，在开车呢，晚点说吧。", "不好意思打扰了，再见。", "哎？"],
    [["wrong-closing", 2, "客户在开车要晚点说，该约回电，用了打错了的结束语"]], []],
  ["held", "zh", "009", [ZO, "我是郑伟，42岁，开网约车，车天天在跑，时间紧。我现在开车呢，你晚点打。", "好的，那我晚上7点再打给您，不打扰了。", "行。"],
    [], [["verbatim-persona", 1, "客户把陪练设定原样念出来"]]],
  ["held", "zh", "010", [...ZHEAD, "好。", ZS, "周三上午9点。", ZR, "行。下次保养是多久以后？", "下次是一万公里或者一年，先到为准。", "知道了。",
    ZB("12月16号周三上午9点"), "对。", ZE("12月16日上午9点"), "再见。"],
    [["wrong-answer", 10, "知识库是5000公里或6个月，答成一万公里或一年"]], []],
  ["held", "zh", "011", [ZO, "是我。", ZC, "327。", "好的，对上了。时间有12月16号周三上午9点、18号周五下午2点、20号周日上午10点，您看哪个方便？", "周五下午吧。",
    ZR, "好。", ZB("12月18号周五下午2点"), "对。", ZE("12月18日下午2点"), "再见。"],
    [["missing-step", 4, "第3步说事（该小保养、免费券12月31日到期）没说，直接约时间"]], []],
  ["held", "zh", "012", [...ZHEAD, "好。", ZS, "周日上午。", ZR, "好。", "跟您确认一下，12月20号周日上午10点，您也同意我们上门取车，司机会提前联系您。", "嗯？",
    ZE("12月20日上午10点"), "再见。"],
    [["false-claim", 10, "客户从没说要上门取车，复述里说他同意了"]], []],
  ["tune", "en", "001", [...EHEAD, "Oh yes, it's been dreadful. How long does it take?", "About an hour.", "That's not bad.", ES, "Thursday afternoon would be best.",
    EM, "That's fine, I'll pay cash.", EG, "I'll leave it open.", EB("Thursday 17 December, in the afternoon"), "Yes, dear.",
    EE("Thursday 17 December in the afternoon"), "Bye bye."], [], []],
  ["tune", "en", "002", [EO, "I'm Ruth Dalton, 71, retired teacher who lives alone, hard of hearing on the phone. The grocery man is at the door, can you ring back later?",
    "No problem, I'll ring back after lunch, about two. Bye.", "Thank you, dear."], [], [["verbatim-persona", 1, "recites the test-customer paragraph"]]],
  ["tune", "en", "003", [...EHEAD, "Right. How long will your men be here?", "It's about half a day, usually the whole morning.", "Oh, goodness.", ES, "Tuesday morning then.",
    EM, "Fine.", EG, "Yes.", EB("Tuesday 15 December, in the morning"), "Yes.", EE("Tuesday 15 December in the morning"), "Bye."],
    [["wrong-answer", 6, "the sheet says about an hour, not half a day"]], []],
  ["tune", "en", "004", [...EHEAD, "Yes, I know.", ES, "Saturday morning, please, I'm out on Thursday.", EM, "Alright.", EG, "Fine.",
    "So, as you chose, that's Thursday 17 December in the afternoon.", "Mm.", EE("Thursday 17 December in the afternoon"), "Bye."],
    [["false-claim", 12, "she chose Saturday morning; the read-back says she chose Thursday afternoon (the closing follows it; charged once)"]], []],
  ["tune", "en", "005", [...EHEAD, "I see.", ES, "Tuesday morning.", EM, "Do you use ladders? I'm worried about my flowerbeds under the front gutter.", EG, "Oh. Well.",
    EB("Tuesday 15 December, in the morning"), "Yes.", EE("Tuesday 15 December in the morning"), "Bye."],
    [["ignored-question", 10, "the ladders question (answered in the sheet) gets no answer; the caller moves on to preparation"]], []],
  ["tune", "en", "006", [...EHEAD, "Okay.", ES, "Thursday afternoon.", EM, "That's fine.", EB("Thursday 17 December, in the afternoon"), "Yes.",
    EE("Thursday 17 December in the afternoon"), "Bye."],
    [["missing-step", 10, "preparation (gate unlocked, cars off the drive) skipped; straight to the read-back"]], []],
  ["tune", "en", "007", [...EHEAD, "How much is it?", "It's £75 for front and back plus the downpipe.", "Fine.", ES, "Saturday morning.", EM, "Yes, you said.",
    "And just to be clear, it's £75 in total for the gutters and the downpipe.", "I heard you the first time, dear.", EG, "Alright.",
    EB("Saturday 19 December, in the morning"), "Yes.", EE("Saturday 19 December in the morning"), "Bye."],
    [["repetition", 12, "the £75 price a third time, unasked, after she said she heard it"]], []],
  ["tune", "en", "008", [...EHEAD, "Oh, my nephew cleared them last month, so not this year, thank you.", "Lovely, Mrs Dalton, we'll text the evening before. Bye now.", "Oh... bye."],
    [["wrong-closing", 6, "she declined; the booked closing was used instead of the not-this-year one"]], []],
  ["held", "en", "009", [EO, "She's my mum, she's having a nap. I'm her daughter.", "Could you ask Mrs Dalton to call ClearFlow on 0113 496 0571? Thanks, bye.", "Will do."], [], []],
  ["held", "en", "010", [...EHEAD, "It's been a wet month. What happens if it rains on the day?", "If it rains at all we cancel and rebook you for next month.", "Oh dear.",
    ES, "Tuesday morning.", EM, "Okay.", EG, "Fine.", EB("Tuesday 15 December, in the morning"), "Yes.", EE("Tuesday 15 December in the morning"), "Bye."],
    [["wrong-answer", 6, "the sheet says they still come unless there's a storm warning"]], []],
  ["held", "en", "011", [...EHEAD, "Right.", ES, "Thursday afternoon.", EG, "I'll unlock it.", EB("Thursday 17 December, in the afternoon"), "Yes.",
    EE("Thursday 17 December in the afternoon"), "Bye."],
    [["missing-step", 8, "the price step (£75, transfer or cash) skipped"]], []],
  ["held", "en", "012", [...EHEAD, "Yes.", ES, "Saturday morning. I'll be out, mind, at my sister's.", EM, "Fine.", EG, "The gate's always open.",
    "So that's Saturday 19 December in the morning, and as you said, you'll be home to let us in.", "Mm.", EE("Saturday 19 December in the morning"), "Bye."],
    [["false-claim", 12, "she said she'd be out; the read-back says she said she'd be home"]], []],
];

for (const [part, lang, num, lines, faults, simulatorFaults] of calls) {
  const doc = docs[lang];
  const id = `${doc.stem}-${num}`;
  const record = {
    id, scenario: doc.scenario, language: lang, industry: doc.industry, source: "hand",
    turns: lines.map((text, index) => ({ speaker: index % 2 === 0 ? "caller" : "callee", text })),
    verdict: faults.length === 0 ? "pass" : "fail",
    faults: faults.map(([kind, turn, why]) => ({ kind, turn, why })),
    simulatorFaults: simulatorFaults.map(([kind, turn, why]) => ({ kind, turn, why })),
  };
  mkdirSync(new URL(`./${part}/`, import.meta.url), { recursive: true });
  writeFileSync(new URL(`./${part}/${id}.json`, import.meta.url), `${JSON.stringify(record, null, 1)}\n`);
}
