// Writes the own-sim-31 labelled calls (tune/ and kept/) from the tables below: `node build.mjs`.
import { mkdirSync, writeFileSync } from "node:fs";

const EN = "../scenarios/own31s-en-windows.md";
const ZH = "../scenarios/own31s-zh-gas.md";
const EN_OPEN = "Hello, it's Priya from Larkfield Window Care. Am I speaking to Mr Gerald Ashworth?";
const EN_CHECK = "Thanks, Mr Ashworth. Could you confirm your address for me, please?";
const EN_SLOTS = "Thank you. Your six-monthly window clean is due. We have Tuesday 8 June morning, Thursday 10 June morning or Saturday 12 June afternoon. Which would suit?";
const ZH_OPEN = "您好，我是江屿燃气客服中心的小蒋，请问是周蔓菁女士吗？";
const ZH_CHECK = "好的周女士，麻烦您说一下燃气户号的后四位。";
const ZH_SLOTS = "好的，核对上了。您家的年度入户安检到期了，安检是免费的。现在有6月15日周二上午、6月17日周四下午、6月19日周六上午，您看哪个方便？";

/** [id, part, scenario, language, industry, lines (caller first, alternating), verdict, simulatorFaults] */
const calls = [
  ["en-t1", "tune", EN, "en", [EN_OPEN, "Yes, speaking.", EN_CHECK, "14 Wrekin Close.", EN_SLOTS,
    "Now then, let me think. Tuesday's... hmm. Actually, I'll leave it there for now."],
    [{ kind: "end-without-cause", turn: 5, why: "trails off while picking a slot and ends with no cause" }]],
  ["en-t2", "tune", EN, "en", [EN_OPEN, "Speaking.", EN_CHECK, "It's 14 Wrekin Close.", EN_SLOTS,
    "Well, I'm at work at the college all week, so it'll have to be the Saturday.",
    "Saturday 12 June afternoon, then. Would you like the conservatory roof done as well? It's £38 for the house and £22 extra for the roof.",
    "Go on, do the roof too.",
    "Lovely, that's Saturday 12 June afternoon, £60. The cleaner will knock when he arrives. Bye now.", "Bye."],
    [{ kind: "persona-break", turn: 5, why: "says he works all week; the persona is retired" }]],
  ["en-t3", "tune", EN, "en", [EN_OPEN, "Yes, that's me.", EN_CHECK, "14 Wrekin Close.", EN_SLOTS,
    "I sit on the parish council and keep Wednesday mornings for its meetings. The conservatory roof got green with moss over the winter. Thursday morning.",
    "Thursday 10 June morning, then. Shall we do the conservatory roof too? It's £38 for the house and £22 extra for the roof.",
    "Yes, the roof as well.",
    "Lovely, that's Thursday 10 June morning, £60. The cleaner will knock when he arrives. Bye now.", "Right you are, bye."],
    [{ kind: "verbatim-persona", turn: 5, why: "recites two background sentences of the persona almost word for word" }]],
  ["en-t4", "tune", EN, "en", [EN_OPEN, "Yes, speaking.", EN_CHECK, "Number 14, Wrekin Close.", EN_SLOTS,
    "Now then, let me think. Thursday morning suits me. Will he shut the side gate this time? The neighbour's terrier got in last time.",
    "I'll make sure he's told to close the gate. Would you like the conservatory roof done as well? It's £38 for the house and £22 extra for the roof.",
    "That roof's gone green, so yes, do it.",
    "Lovely, that's Thursday 10 June morning, £60. The cleaner will knock when he arrives. Bye now.", "That'll do nicely. Bye."],
    []],
  ["en-k1", "kept", EN, "en", [EN_OPEN, "Yes, Gerald here.", EN_CHECK, "14 Wrekin Close.", EN_SLOTS,
    "Hang on, my wife usually keeps the diary. She says Thursday morning.",
    "Thursday 10 June morning, then. Would you like the conservatory roof done as well? It's £38 for the house and £22 extra for the roof.",
    "Mm. The roof. Well..."],
    [{ kind: "persona-break", turn: 5, why: "speaks of his wife; the persona is widowed and lives alone" },
     { kind: "end-without-cause", turn: 7, why: "trails off mid-question about the roof and the call ends" }]],
  ["en-k2", "kept", EN, "en", [EN_OPEN, "Speaking, but I'm just on my way out to the parish council meeting.", 
    "No problem, I'll ring back tomorrow morning. Bye.", "Thank you, bye."],
    []],
  ["zh-t1", "tune", ZH, "zh", [ZH_OPEN, "是我。", ZH_CHECK, "7152。", ZH_SLOTS,
    "嗯……周四下午的话……哎，算了，就先这样吧。"],
    [{ kind: "end-without-cause", turn: 5, why: "选时段时话说一半，没有原因就结束了" }]],
  ["zh-t2", "tune", ZH, "zh", [ZH_OPEN, "对，我是。", ZH_CHECK, "后四位7152。", ZH_SLOTS,
    "我都退休好几年了，白天一直在家，周二上午吧。",
    "好的，周二上午。提醒您一下，安检当天家里要有成年人在，厨房灶台下方要方便查看。",
    "行，知道了。",
    "好的，给您约在6月15日周二上午，安检员上门前会先打电话，再见。", "再见。"],
    [{ kind: "persona-break", turn: 5, why: "说自己退休了，人设是在职会计" }]],
  ["zh-t3", "tune", ZH, "zh", [ZH_OPEN, "是我，什么事？", ZH_CHECK, "7152。", ZH_SLOTS,
    "你们天天打电话，真是烦死了。周四下午吧。",
    "不好意思打扰您了。周四下午。提醒您一下，安检当天家里要有成年人在，厨房灶台下方要方便查看。",
    "行。",
    "好的，给您约在6月17日周四下午，安检员上门前会先打电话，再见。", "再见。"],
    [{ kind: "negative-style", turn: 5, why: "说了风格里要避免的那句话" }]],
  ["zh-t4", "tune", ZH, "zh", [ZH_OPEN, "行，你说。", ZH_CHECK, "7152。", ZH_SLOTS,
    "这个我得看看时间。周四下午吧，我请个假。对了，上门的人怎么认？前阵子小区有人冒充你们来推销。",
    "安检员穿蓝色工服，戴工牌，上门前会先给您打电话。另外提醒您，当天家里要有成年人在，厨房灶台下方要方便查看。",
    "好，那就这么定了。",
    "好的，给您约在6月17日周四下午，安检员上门前会先打电话，再见。", "再见。"],
    []],
  ["zh-k1", "kept", ZH, "zh", [ZH_OPEN, "是我。", ZH_CHECK, "7152。", ZH_SLOTS,
    "周六上午吧，我家又没孩子，周末都闲着。",
    "好的，周六上午。提醒您一下，安检当天家里要有成年人在，厨房灶台下方要方便查看。",
    "嗯……家里要有人是吧……那个……"],
    [{ kind: "persona-break", turn: 5, why: "说家里没孩子，人设有一个上小学的女儿" },
     { kind: "end-without-cause", turn: 7, why: "提醒事项时话说一半就没了下文" }]],
  ["zh-k2", "kept", ZH, "zh", [ZH_OPEN, "是我，我在上班呢，不方便，你晚上七点以后再打吧。",
    "好的，那我晚上七点以后再打给您，再见。", "嗯，再见。"],
    []],
];

const industry = { en: "window-cleaning", zh: "gas-safety-inspection" };
for (const [id, part, scenario, language, lines, simulatorFaults] of calls) {
  const turns = lines.map((text, i) => ({ speaker: i % 2 === 0 ? "caller" : "callee", text }));
  const label = { id: `own-sim-31-${id}`, scenario, language, industry: industry[language], source: "hand", turns, verdict: "pass", faults: [], simulatorFaults };
  mkdirSync(part, { recursive: true });
  writeFileSync(`${part}/own-sim-31-${id}.json`, `${JSON.stringify(label, null, 1)}\n`);
}
