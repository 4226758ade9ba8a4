// Writes the own-sim-34 labelled calls (tune/ and kept/) from the tables below: `node build.mjs`.
import { mkdirSync, writeFileSync } from "node:fs";

const EN = "../scenarios/own34s-en-bike.md";
const ZH = "../scenarios/own34s-zh-aircon.md";
const EN_OPEN = "Hi, it's Tom from Hollins Bike Workshop. Is that Ms Fiona Tarrant?";
const EN_CHECK = "Thanks, Ms Tarrant. Could you confirm your postcode for me?";
const EN_DAYS = "Thanks, that matches. Your e-bike's annual service is due. We have Monday 15 March or Wednesday 17 March, drop-off at 8am, or Saturday 20 March, drop-off at 9am. Which suits you?";
const EN_PRICE = (day, time) => `${day} it is, drop-off at ${time}. The service is £65, which includes the brake and battery check; any parts are extra and we ring you before fitting them. It's ready the same day after 5pm.`;
const EN_CLOSE = (day, time) => `Great, that's ${day}, drop-off at ${time}, £65 plus any parts. See you then, bye.`;
const ZH_OPEN = "您好，我是清风家电清洗服务中心的小林，请问是罗建国先生吗？";
const ZH_CHECK = "罗先生您好，麻烦报一下您预留手机号的后四位。";
const ZH_DAYS = "好的，核对上了。您家两台挂机空调的年度清洗到期了。现在有6月3日周二上午、6月5日周四下午、6月7日周六上午，您看哪个方便？";
const ZH_PRICE = (day) => `好的，给您约${day}。两台一共160元，每台80元，清洗完现场微信或者现金付就行，每台大概四十分钟。`;
const ZH_CLOSE = (day) => `好的，那就${day}，两台一共160元，师傅到前会先打电话。再见。`;
const SAT = ["Saturday 20 March", "9am"];
const WED = ["Wednesday 17 March", "8am"];
const THU = "6月5日周四下午";
const SATZ = "6月7日周六上午";

/** [id, part, scenario, language, lines (caller first, alternating), simulatorFaults] */
const calls = [
  ["en-t1", "tune", EN, "en", [EN_OPEN, "Yes, that's me.", EN_CHECK, "LS6 2QT.", EN_DAYS,
    "Go on then, Saturday. I'm on nights early in the week, I'd never make a Monday. Can you sort the back brake while it's in? It squeaks when it's wet.",
    `Yes, the brake check covers that. If the pads are worn, new ones are £18 a pair, and we'd ring you before fitting them. ${EN_PRICE(...SAT)}`,
    "Fair enough. Same day is good, I need it for Monday night.",
    EN_CLOSE(...SAT), "Right, that works. Bye."],
    []],
  ["en-t2", "tune", EN, "en", [EN_OPEN, "Speaking.", EN_CHECK, "It's LS6 2QT.", EN_DAYS,
    "Any of those, really. I'm retired now, so my days are all my own.",
    "Lovely. Which one shall I put you down for?",
    "Wednesday then.",
    EN_PRICE(...WED), "Fair enough.", EN_CLOSE(...WED), "Bye."],
    [{ kind: "persona-break", turn: 5, why: "says she is retired; the persona is a working night-shift nurse" }]],
  ["en-t3", "tune", EN, "en", [EN_OPEN, "Yes.", EN_CHECK, "LS6 2QT.", EN_DAYS,
    "I bought the e-bike two years ago from the workshop. The back brake has started squeaking on wet mornings.",
    "The brake check covers the squeak; if the pads are worn, new ones are £18 a pair and we'd ring you first. Which of the three days suits you?",
    "Saturday, please.",
    EN_PRICE(...SAT), "Right, that works.", EN_CLOSE(...SAT), "Bye now."],
    [{ kind: "verbatim-persona", turn: 5, why: "recites two background sentences word for word" }]],
  ["en-t4", "tune", EN, "en", [EN_OPEN, "That's me.", EN_CHECK, "LS6 2QT.", EN_DAYS,
    "Before I pick anything, I'll need an itemised estimate in writing, thank you. I don't agree to work on the phone.",
    "Of course. The service is £65, which includes the brake and battery check; any parts are extra and we ring you before fitting them. Which day suits you?",
    "Saturday's fine.",
    "Saturday 20 March, drop-off at 9am, and it's ready the same day after 5pm.",
    "Fair enough.", EN_CLOSE(...SAT), "Bye."],
    [{ kind: "negative-style", turn: 5, why: "asks for a written itemised estimate, the formal demanding tone the style says to avoid" }]],
  ["en-t5", "tune", EN, "en", [EN_OPEN, "Yes, speaking.", EN_CHECK, "LS6 2QT.", EN_DAYS,
    "Great question! I'd be happy to help you with that. Saturday would work best for me. Is there anything else I can assist you with today?",
    EN_PRICE(...SAT), "Go on then.", EN_CLOSE(...SAT), "Bye."],
    [{ kind: "assistant-voice", turn: 5, why: "talks like a helpdesk assistant offering help to the caller" }]],
  ["en-t6", "tune", EN, "en", [EN_OPEN, "(yawns) Yes, that's me.", EN_CHECK, "LS6 2QT.", EN_DAYS,
    "Hmm, Saturday might... no, hang on. Actually, forget it. Bye."],
    [{ kind: "stage-direction", turn: 1, why: "reads the action '(yawns)' aloud" },
     { kind: "end-without-cause", turn: 5, why: "breaks off while picking a day, nothing in the call causes it" }]],
  ["en-k1", "kept", EN, "en", [EN_OPEN, "Yes, it's me.", EN_CHECK, "LS6 2QT.", EN_DAYS,
    "Saturday. It's only me at home, no husband, no kids, so nobody else can drop it off in the week.",
    EN_PRICE(...SAT), "Right, that works.", EN_CLOSE(...SAT), "Bye."],
    [{ kind: "persona-break", turn: 5, why: "says she lives alone with no husband or children; the persona is married with a daughter" }]],
  ["en-k2", "kept", EN, "en", [EN_OPEN, "Yeah.", EN_CHECK, "LS6 2QT.", EN_DAYS,
    "Whatever, pick one yourself, I couldn't care less.",
    "I'd rather you chose, so it fits around you. Would Saturday 20 March suit?",
    "I work nights Monday to Wednesday and sleep in the daytime those days, so Saturday.",
    EN_PRICE(...SAT), "Fair enough.", EN_CLOSE(...SAT), "Bye."],
    [{ kind: "negative-style", turn: 5, why: "dismissive 'whatever, I couldn't care less' the style says to avoid" },
     { kind: "verbatim-persona", turn: 7, why: "recites the background sentence about her shifts word for word" }]],
  ["en-k3", "kept", EN, "en", [EN_OPEN, "Yes, but I'm just off to bed before my shift tonight. Can you ring me tomorrow afternoon?",
    "No problem, I'll call back tomorrow afternoon. Bye.", "Thanks, bye."],
    []],
  ["zh-t1", "tune", ZH, "zh", [ZH_OPEN, "对，是我。", ZH_CHECK, "4417。", ZH_DAYS,
    "周四下午吧，上午我得去公园打拳。对了，师傅来几个人啊？",
    `一位师傅上门。${ZH_PRICE(THU)}`,
    "那敢情好。清洗剂有味儿没有？我老伴闻不得怪味。",
    "用的是中性清洗剂，基本没有味道，您放心。",
    "得嘞。", ZH_CLOSE(THU), "好，再见。"],
    []],
  ["zh-t2", "tune", ZH, "zh", [ZH_OPEN, "是我。", ZH_CHECK, "4417。", ZH_DAYS,
    "周六上午吧，平时我还得上班，就周末有空。",
    ZH_PRICE(SATZ), "行。", ZH_CLOSE(SATZ), "再见。"],
    [{ kind: "persona-break", turn: 5, why: "说自己还在上班，人设是退休司机" }]],
  ["zh-t3", "tune", ZH, "zh", [ZH_OPEN, "是我，你说。", ZH_CHECK, "4417。", ZH_DAYS,
    "去年夏天空调吹出来有股霉味。卧室那台是2015年装的，客厅那台是前年新换的。",
    "师傅会清洗蒸发器和接水盘，一般霉味能去掉。您看三个时间哪个方便？",
    "周四下午。",
    ZH_PRICE(THU), "行。", ZH_CLOSE(THU), "再见。"],
    [{ kind: "verbatim-persona", turn: 5, why: "把背景里的两句原话照念" }]],
  ["zh-t4", "tune", ZH, "zh", [ZH_OPEN, "是我。", ZH_CHECK, "4417。", ZH_DAYS,
    "先别说时间，你们得给我出一份详细的书面报价，我看了再说。",
    "两台一共160元，每台80元，清洗完现场付就行。您看哪个时间方便？",
    "那周六上午吧。",
    "好的，给您约6月7日周六上午，每台大概四十分钟。",
    "得嘞。", ZH_CLOSE(SATZ), "再见。"],
    [{ kind: "negative-style", turn: 5, why: "要书面报价单，正是风格里要避免的口气" }]],
  ["zh-t5", "tune", ZH, "zh", [ZH_OPEN, "对。", ZH_CHECK, "4417。", ZH_DAYS,
    "好的，非常乐意为您服务！我选周四下午。请问还有什么其他可以帮到您的吗？",
    ZH_PRICE(THU), "行。", ZH_CLOSE(THU), "再见。"],
    [{ kind: "assistant-voice", turn: 5, why: "用客服助手的口吻反过来为来电者服务" }]],
  ["zh-t6", "tune", ZH, "zh", [ZH_OPEN, "（清了清嗓子）对，我是。", ZH_CHECK, "4417。", ZH_DAYS,
    "周四……嗯……算了，先这样吧。"],
    [{ kind: "stage-direction", turn: 1, why: "把动作（清了清嗓子）念了出来" },
     { kind: "end-without-cause", turn: 5, why: "选时段时话说一半就结束，通话里没有原因" }]],
  ["zh-k1", "kept", ZH, "zh", [ZH_OPEN, "是我。", ZH_CHECK, "4417。", ZH_DAYS,
    "周四下午吧。我一个人过，没老伴，也没孩子，家里就我一个。",
    ZH_PRICE(THU), "得嘞。", ZH_CLOSE(THU), "再见。"],
    [{ kind: "persona-break", turn: 5, why: "说自己没老伴没孩子，人设有老伴和女儿" }]],
  ["zh-k2", "kept", ZH, "zh", [ZH_OPEN, "嗯。", ZH_CHECK, "4417。", ZH_DAYS,
    "随你们便吧，爱哪天哪天。",
    "还是您定比较好，周四下午可以吗？",
    "我每天早上要去公园打太极拳，九点以后才回家，那就下午吧。",
    ZH_PRICE(THU), "行。", ZH_CLOSE(THU), "再见。"],
    [{ kind: "negative-style", turn: 5, why: "“随你们便，爱哪天哪天”，风格里要避免的口气" },
     { kind: "verbatim-persona", turn: 7, why: "照念背景里打太极拳那句" }]],
  ["zh-k3", "kept", ZH, "zh", [ZH_OPEN, "是我，我这会儿得出门接老伴去，你下午再打吧。",
    "不打扰了，我下午再给您打。再见。", "好，再见。"],
    []],
];

const industry = { en: "bike-workshop", zh: "appliance-cleaning" };
for (const [id, part, scenario, language, lines, simulatorFaults] of calls) {
  const turns = lines.map((text, i) => ({ speaker: i % 2 === 0 ? "caller" : "callee", text }));
  const label = { id: `own-sim-34-${id}`, scenario, language, industry: industry[language], source: "hand", turns, verdict: "pass", faults: [], simulatorFaults };
  mkdirSync(part, { recursive: true });
  writeFileSync(`${part}/own-sim-34-${id}.json`, `${JSON.stringify(label, null, 1)}\n`);
}
