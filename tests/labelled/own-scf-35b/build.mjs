// Builds the own-scf-35b labelled calls (one line a turn, caller first; labels written with the calls, before any
// scorer run). tune/ is measured while fixing; held/ is run once at the end. Run: node build.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { URL } from "node:url";

const docs = {
  zh: { scenario: "../scenarios/own35b-zh-kongtiao.md", industry: "appliance-cleaning", stem: "own-scf-35b-zh-kongtiao" },
  en: { scenario: "../scenarios/own35b-en-windows.md", industry: "window-cleaning", stem: "own-scf-35b-en-windows" },
};
const EO = "Hello, this is Tessa from Brightpane Window Cleaning. Could I speak to Mrs Fairweather, please?";
const EC = "Thanks. Before we go on, could you tell me the postcode on your plan?";
const EP = "Thank you, that matches. Your quarterly window clean is due, so I'm ringing to book it in.";
const ES = "We can come Tuesday 14 April in the morning, Thursday 16 April in the afternoon, or Saturday 18 April in the morning. Which suits you?";
const EA = "On the day, please leave the side gate unlocked.";
const EB = (x) => `Just to confirm, that's ${x}?`;
const EE = (x) => `Lovely, Mrs Fairweather, that's ${x}. Our cleaner will text on the morning. Goodbye.`;
const EHEAD = [EO, "Yes, speaking.", EC, "GL17 3QX.", EP];
const TUE = "Tuesday 14 April, morning";
const THU = "Thursday 16 April, afternoon";

const ZO = "您好，我是暖橙家电的小陶，请问是郑雪梅郑女士吗？";
const ZC = "郑女士您好，麻烦您说一下手机号后四位，我核对一下。";
const ZP = "好的，对上了。您购买的空调清洗服务可以预约上门了。";
const ZT = "可以约5月20日周三上午，或者5月22日周五下午，您看哪天方便？";
const ZR = "清洗前麻烦把空调下方的家具挪开一点。";
const ZB = (x) => `跟您确认一下，${x}，对吧？`;
const ZE = (x) => `好的郑女士，那就${x}，师傅上门前会给您打电话，再见！`;
const ZHEAD = [ZO, "是我，什么事？", ZC, "0391。", ZP];
const ZWED = "5月20日周三上午";
const ZFRI = "5月22日周五下午";

// [part, lang, number, lines, caller faults [kind, turn, why]]
const calls = [
  ["tune", "en", "001", [...EHEAD, "Oh good.", ES, "Thursday, please.", EA, "Will do.", EB(THU), "Yes.", EE(THU), "Bye."], []],
  ["tune", "en", "002", [...EHEAD, "How much is it to do the conservatory roof as well?", "The conservatory roof is £60 extra.", "Hm, okay.", ES, "Tuesday.", EA, "Fine.", EB(TUE), "Yes.", EE(TUE), "Bye."],
    [["wrong-answer", 6, "KB: £25 extra; the answer says £60"]]],
  ["tune", "en", "003", [...EHEAD, "Do I need to be in when they come?", "Sure. So, we can come Tuesday 14 April in the morning or Thursday 16 April in the afternoon. Which suits you?", "Er, Tuesday I suppose.", EA, "Okay.", EB(TUE), "Yes.", EE(TUE), "Bye."],
    [["ignored-question", 6, "asked whether she must be in (KB: no, if the gate is unlocked); 'Sure' and on to the slots"]]],
  ["tune", "en", "004", [...EHEAD, "Fine.", ES, "I'll need to check my diary and get back to you.", EE(THU), "Oh. Bye then."],
    [["false-claim", 8, "closes with the booked close reading back Thursday afternoon; she never picked a slot"]]],
  ["tune", "en", "005", [...EHEAD, "What does it cost these days?", "It's forty pounds for all the windows, paid by card after the clean.", "Fine.", ES, "Saturday morning.", EA, "Sure.", EB("Saturday 18 April, morning"), "Yes.", EE("Saturday 18 April, morning"), "Bye."], []],
  ["tune", "en", "006", [...EHEAD, "Do I have to be home for it?", "Yes, good question: no, you don't need to be in, as long as the side gate is unlocked.", "Great.", ES, "Thursday.", EA, "Okay.", EB(THU), "Yes.", EE(THU), "Bye."], []],
  ["held", "en", "007", [...EHEAD, "How long will they be here?", "Usually about two hours.", "Oh, okay.", ES, "Tuesday.", EA, "Fine.", EB(TUE), "Yes.", EE(TUE), "Bye."],
    [["wrong-answer", 6, "KB: about 45 minutes; the answer says two hours"]]],
  ["held", "en", "008", [...EHEAD, "How much is the visit now?", "Right, so we can come Tuesday 14 April in the morning or Thursday 16 April in the afternoon.", "Um, Thursday.", EA, "Okay.", EB(THU), "Yes.", EE(THU), "Bye."],
    [["ignored-question", 6, "asked the price (KB: £40); 'Right' and on to the slots"]]],
  ["held", "en", "009", [...EHEAD, "Okay.", ES, "None of those, I'm away that whole week.", EE(TUE), "What? I said I'm away."],
    [["false-claim", 8, "closes with the booked close reading back Tuesday morning; she picked no slot (no-slot ending owed)"]]],

  ["tune", "zh", "001", [...ZHEAD, "哦，好的。", ZT, "周五吧。", ZR, "行。", ZB(ZFRI), "对。", ZE(ZFRI), "再见。"], []],
  ["tune", "zh", "002", [...ZHEAD, "我家有三台挂机，第三台要多少钱？", "第三台收80元。", "哦，行吧。", ZT, "周三。", ZR, "好。", ZB(ZWED), "对。", ZE(ZWED), "再见。"],
    [["wrong-answer", 6, "KB: 第三台起每台 120 元; the answer says 80元"]]],
  ["tune", "zh", "003", [...ZHEAD, "洗的时候家里要有人吗？", "好的，那我们可以约5月20日周三上午，或者5月22日周五下午。", "呃，那周五吧。", ZR, "好。", ZB(ZFRI), "对。", ZE(ZFRI), "再见。"],
    [["ignored-question", 6, "asked whether someone must be home (KB: yes); '好的' and on to the times"]]],
  ["tune", "zh", "004", [...ZHEAD, "嗯。", ZT, "我得看看排班，回头再说吧。", ZE(ZWED), "啊？我还没定呢。"],
    [["false-claim", 8, "closes with the booked close reading back 5月20日; she picked no time"]]],
  ["held", "zh", "005", [...ZHEAD, "洗一台要多久？", "每台大概两个小时。", "这么久啊。", ZT, "周三。", ZR, "好。", ZB(ZWED), "对。", ZE(ZWED), "再见。"],
    [["wrong-answer", 6, "KB: 每台大约 40 分钟; the answer says 两个小时"]]],
  ["held", "zh", "006", [...ZHEAD, "要另外收钱吗？", "好的，这个不另外收费，两台挂机都包含在服务券里了。", "那好。", ZT, "周五。", ZR, "好。", ZB(ZFRI), "对。", ZE(ZFRI), "再见。"], []],
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
