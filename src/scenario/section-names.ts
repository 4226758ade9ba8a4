// Which known section or side a heading names: synonyms in Chinese and English, matched on normalised text.

export type Side = "caller" | "callee";

export type SectionKind =
  | "role" | "task" | "customerProfile" | "steps" | "knowledgeBase" | "opening" | "endAndClosing" | "endConditions"
  | "closingLines" | "background" | "situation" | "concerns" | "behaviours" | "style" | "stylePositive" | "styleNegative";

/** When the person called is pleased or put at ease, named as a part of the persona. */
const MOOD_POSITIVE: readonly string[] = [
  "满意的时候", "满意的情况", "满意时", "满意的表现", "满意的话", "高兴的时候",
  "satisfied when", "satisfied if", "happy when", "happy if", "pleased when", "pleased if", "relaxes when", "relaxes if",
  "you're happy if", "you're happy when", "you're pleased if", "you're pleased when", "you're satisfied if", "you're satisfied when",
  "you'll be happy if", "you'll be happy when", "you'll be pleased if", "you'll be pleased when", "you'll be satisfied if",
  "what pleases you", "what pleases them", "what makes you happy", "what makes them happy", "what makes you relax", "what makes them relax",
];

/** When the person called is displeased, named as a part of the persona. */
const MOOD_NEGATIVE: readonly string[] = [
  "不满意的时候", "不满意的情况", "不满的时候", "不满的情况", "不满意时", "不满时", "不满意的表现", "不满意的话", "生气的时候", "不高兴的时候",
  "dissatisfied when", "dissatisfied if", "unhappy when", "unhappy if", "annoyed when", "annoyed if", "irritated when", "irritated if",
  "you're annoyed if", "you're annoyed when", "you're unhappy if", "you're unhappy when", "you get irritated if", "you get annoyed if",
  "you'll get annoyed if", "you'll get annoyed when", "you'll be annoyed if", "you'll be unhappy if", "you'll get irritated if", "you get annoyed when",
  "what annoys you", "what annoys them", "what irritates you", "what irritates them", "what upsets you", "what upsets them",
];

/** Synonyms per kind, lowercase. */
const SECTION_SYNONYMS: readonly (readonly [SectionKind, readonly string[]])[] = [
  ["endAndClosing", ["结束条件与结束语", "结束条件和结束语", "结束条件及结束语", "结束条件与结束话术", "结束条件和结束话术", "结束条件与收尾话术", "结束与收尾", "end conditions and closing lines", "end conditions and closing", "end conditions & closing lines", "ending and closing lines", "ending conditions and closing lines", "wrap-up conditions and lines", "wrap-up", "wrap up", "ending the call", "ending", "endings", "收尾", "结束环节",
    // The end of the call named bare: its conditions and lines are told apart by what they say.
    "结束", "通话结束", "结束通话", "end of call", "end of the call", "closing the call", "close the call",
    // A runbook's "Exits": the ways a call ends, each with its line.
    "exits", "call exits", "exit lines", "exit paths"]],
  ["styleNegative", ["反面话术示例", "反面话术", "反面说法", "反面教材", "反面示例", "反面例子", "错误示范", "错误示例", "不要这样说", "negative examples", "negative example", "bad examples", "don't say", "don't", "do not say", "negative", "反面", "avoid",
    "bad", "not like this", "never say", "错误说法", "不好的说法", "不要说", "things to avoid", "phrases to avoid", "words to avoid", "avoid saying", "never says", "he never says", "she never says", "they never say",
    // The Chinese of "avoid" next to the English.
    "避免", "避免说",
    // "这么" is the spoken form of "这样".
    "别这么说", "不要这么说", "别这样说",
    // A persona's displeasure: what makes the person cross ("Unhappy if", "不满意的时候").
    ...MOOD_NEGATIVE]],
  ["stylePositive", ["正面话术示例", "正面话术", "正面说法", "正面教材", "正面示例", "正面例子", "正确示范", "正确示例", "推荐说法", "positive examples", "positive example", "good examples", "positive", "正面",
    "good", "like this", "sounds like", "正确说法", "好的说法", "do say", "say things like", "可以这样说", "talks like this", "he talks like this", "she talks like this", "they talk like this",
    // "Imitate": the examples to copy.
    "模仿", "imitate",
    // The Chinese of "like this": "像这样说", "要这样说".
    "像这样说", "要像这样说", "要这样说", "应该这样说",
    // "这么" is the spoken form of "这样".
    "可以这么说", "要这么说", "应该这么说", "像这么说",
    // Lines offered to the person to use: "say like", "lines you might use", "things you might say".
    "say like", "lines you might use",
    // "Example sentences".
    "示例语句", "lines you might say", "things you might say", "you might say", "phrases you might use", "lines to use",
    // A role-play note's "Talk like:", "Says like:" (negated: "Don't talk like:").
    "talk like", "talks like", "says like", "speaks like",
    // A persona's pleasure: what puts the person at ease ("Happy if", "满意的时候").
    ...MOOD_POSITIVE]],
  ["style", ["说话方式", "语言习惯", "说话习惯", "你的说话习惯", "how they talk", "how they speak", "how she talks", "how he talks", "how she speaks", "how he speaks", "voice and tone", "回复风格示例", "回复风格", "说话风格", "语言风格", "表达风格", "话语风格", "reply style examples", "reply style", "speaking style", "response style", "style examples", "tone and style", "how you talk", "how you speak", "you talk", "you speak", "style", "风格", "语气", "example replies", "sample replies", "example phrases", "sample phrases", "typical phrases", "常用语", "口头禅"]],
  ["knowledgeBase", ["常见异议", "异议处理", "异议应对", "应对异议", "异议", "常见疑问", "疑问", "reference", "reference information", "quick reference", "参考资料", "参考信息", "疑问解答", "问题解答", "objections", "common questions", "likely questions", "问答知识库", "知识库", "常见问题", "常见问答", "问答", "faq", "faqs", "q&a knowledge base", "q&a", "knowledge base", "questions and answers", "objection handling",
    "frequently asked questions", "frequently asked", "常见问题解答", "问题与解答", "问与答", "customer questions", "possible questions", "objections and answers", "objection responses", "if she asks", "if he asks", "if they ask", "they ask", "they often ask", "people often ask", "questions they ask", "if the customer asks", "if asked", "如果客户问", "客户可能会问", "客户可能问", "客户常问", "常问问题"]],
  ["customerProfile", ["客户概况", "客户情况", "what you know about the customer", "known information", "customer facts", "customer data", "目标客户画像", "客户画像", "用户画像", "客户信息", "用户信息", "客户资料", "客户档案", "对接信息", "订单资料", "case file", "已知信息", "target customer profile", "customer profile", "customer information", "customer info", "customer details", "what the caller knows", "account information",
    // What the caller has on file, named after the record rather than the person.
    "账户信息", "账户情况", "账单信息", "订单信息", "案件信息", "保单信息", "合同信息", "account facts", "account details", "account summary", "booking details", "booking information", "reservation details", "customer record", "pet record", "patient record", "client record", "account record", "vehicle record",
    "case details", "case information", "case facts", "policy details", "order details", "order information", "key facts", "known facts", "what you know", "information you have", "what you have on file", "on file",
    // In the first person plural, as a team writes it.
    "what we know about the customer", "what we know",
    // A prompt's per-call values (filled into its {{…}} slots before dialling): the record of the person called.
    "call variables", "本次通话变量", "通话变量", "本通电话变量", "variables for this call", "this call's variables",
    // "对方" (the other party) for the person called.
    "对方信息", "对方资料", "对方情况", "对方概况",
    // "对象" (the person a service or call is for): "服务对象", "回访对象".
    "通话对象", "服务对象", "回访对象", "外呼对象", "拨打对象", "联系对象", "对象信息", "邀约对象", "目标对象"]],
  ["steps", ["workflow", "workflows", "工作流程", "通话步骤", "对话步骤", "沟通步骤", "沟通话术", "步骤", "流程", "conversation steps", "call steps", "sales script", "flow", "scripts", "script and steps", "分步流程和话术", "分步流程", "话术流程", "通话流程", "沟通流程", "对话流程", "流程和话术", "流程与话术", "话术脚本", "通话脚本", "通话话术", "话术", "step-by-step flow", "call flow", "call script", "script", "steps", "step", "conversation flow", "talk track", "talking points", "key talking points", "沟通要点", "通话要点", "how the call should go", "call structure", "call plan", "conversation plan", "structure of the call",
    // A script named after its stages.
    "stages", "call stages", "conversation stages", "通话阶段", "对话阶段", "沟通阶段",
    // The call told in its order: "The call, in order", "Order of the call".
    "in order", "order of the call", "call order", "calling order", "order of calling", "通话顺序", "打电话顺序", "拨打顺序", "沟通顺序", "对话顺序",
    // A runbook's "Procedure": the steps to follow.
    "procedure", "call procedure", "calling procedure"]],
  ["opening", ["开场语", "how to open", "opening script", "开场白", "开场话术", "开场", "opening line", "opening lines", "first thing you say", "first thing to say", "what you say first", "first words", "opening", "opener", "greeting",
    // A lead-in naming the first thing said: "Start the call with: “…”", "接通后先说：“…”".
    "start the call with", "begin the call with", "open the call with", "start with", "begin with", "open with", "start by saying", "begin by saying", "open by saying", "开头说", "开场说", "接通后说", "接通后先说",
    // A voice platform's field for the agent's first utterance ("First message:", "Begin message:", "欢迎语").
    "first message", "begin message", "welcome message", "greeting message", "首句话术", "欢迎语"]],
  ["closingLines", ["收尾语", "告别语", "how to close", "closing script", "goodbye lines", "结束语", "结束话术", "收尾话术", "结语", "closing lines", "closing line", "closing", "sign-off lines", "say goodbye with", "goodbye lines", "how to say goodbye", "sign off with", "signing off", "sign-off",
    // A lead-in naming the last thing said: "End with: “…”", "结束时说：“…”".
    "end with", "end the call with", "finish with", "close with", "wrap up with", "结束时说", "结尾说", "最后说", "挂断前说",
    // Named for the moment before the line is put down.
    "挂电话前", "挂断前", "挂机前", "before hanging up", "before you hang up",
    // The lines named in the plural, as a call sheet heads them ("CLOSINGS", "Sign-offs", "收尾用语").
    "closings", "goodbyes", "sign-offs", "wrap-ups", "wrap-up lines", "收尾用语", "结束用语",
    // The verb's plural noun, as a call sheet heads the lines ("CLOSES").
    "closes"]],
  ["endConditions", ["结束通话条件", "何时结束", "when to hang up", "when they hang up", "when to end", "stop conditions", "结束条件", "挂断条件", "终止条件", "通话结束条件", "end conditions", "ending conditions", "end condition", "when to end the call", "exit conditions", "hang-up conditions", "end the call when", "end the call if", "hang up when", "when to stop", "何时挂断", "结束通话的情况", "结束时机", "hangs up", "hang up", "挂电话", "ends the call", "end the call", "结束规则", "挂断规则", "结束时机与规则", "hangs up when", "end when", "ends the call when", "ends when", "she hangs up when", "he hangs up when", "they hang up when",
    // When the person hangs up, with the everyday verbs ("挂电话的情况"); the verb alone may name what is said before it.
    "挂电话的情况", "挂电话条件", "何时挂电话", "挂机条件", "挂机的情况", "挂断的情况",
    // "时机" (the moment) as in "结束时机".
    "挂电话的时机", "挂电话时机", "什么时候挂", "什么时候挂电话", "什么时候挂断", "何时挂", "挂断的时机", "挂断时机", "挂机的时机", "挂机时机",
    // A role-play note's "He ends:", "Ends:" (the bare verb only on its own).
    "ends", "he ends", "she ends", "they end",
    // A persona written to "you": "You hang up:".
    "you hang up", "you end the call"]],
  ["task", ["通话目的", "来电目的", "目的", "任务描述", "your goal", "call objective", "call goal", "核心任务", "主要任务", "通话任务", "通话目标", "任务目标", "任务", "目标", "core task", "main task", "task", "goal", "goals", "objective", "mission", "purpose of the call", "your job", "你的工作"]],
  ["situation", ["their situation", "现状", "目前状况", "近况", "right before the call", "通话前情境", "即时情境", "当前情境", "接电话前的即时情境", "immediate situation", "current situation", "situation", "mood",
    // The bare noun, as "situation" is in English.
    "情境", "current mood", "当前状态", "心情", "his situation", "her situation",
    // A persona card's one-word labels ("当前：…", "Right now: …"), counted only on their own.
    "当前", "right now"]],
  ["background", ["背景信息", "背景", "人物背景", "background information", "background", "你的情况", "你的背景", "个人情况", "基本情况", "your background", "his background", "her background", "情况", "你的情况介绍",
    // The fiction writer's word for it.
    "backstory", "back story"]],
  ["concerns", ["担忧", "关注的问题", "what worries them", "核心关切点", "关切点", "核心关切", "关注点", "顾虑", "主要诉求", "诉求", "core concerns", "concerns", "key concerns", "pain points", "worries", "what they care about", "what matters to them", "what they want", "关心的问题", "在意的点", "你关心的", "关心的", "关心的事", "你的顾虑", "你在意的", "what you care about", "what he cares about", "what she cares about", "what they care about most", "your concerns", "your worries", "what worries you",
    // The head noun of the template's "核心关切点" on its own.
    "关切",
    // "担心" (to worry) as "worries".
    "担心", "担心的", "你担心的", "担心的事", "你的担心", "你担心什么",
    // What is on the person's mind.
    "what's on your mind", "on your mind", "what's on their mind", "on their mind", "what is on your mind"]],
  ["behaviours", ["行为表现", "对话行为", "how they behave", "how they act", "对话中的典型行为模式", "典型行为模式", "典型行为", "行为模式", "行为特征", "typical behaviour in the conversation", "typical behavior in the conversation", "typical behaviour", "typical behavior", "behaviours", "behaviors", "behaviour", "behavior", "behaviour patterns", "behavior patterns", "personality", "personality and tone", "temperament", "性格", "性格特点", "你的表现", "表现", "言行特点", "how you behave", "how you act", "how he behaves", "how she behaves", "tone", "manner", "demeanour", "demeanor",
    // The head noun of the template's "典型行为模式" on its own.
    "行为",
    // The template's "典型" with "表现" instead of "行为".
    "典型表现"]],
  ["role", ["identity", "your identity", "角色介绍", "人物介绍", "角色描述", "你的身份", "about you", "who they are", "角色设定", "人物设定", "角色", "人设", "身份设定", "role", "persona", "character", "profile", "who you are", "身份", "who", "who she is", "who he is",
    // "who you are" as a question.
    "你是谁", "你是什么人"]],
];

/** Words that name a side, strongest first. */
const SIDE_CUES: readonly (readonly [Side, RegExp])[] = [
  ["caller", /拨打方|(?<!被)呼叫方|呼出方|外呼方|主叫方?|致电方|去电方|拨打者|\bcaller\b|\boutbound\b|\bcalling party\b|\bwho (?:makes|places) the call\b|\bwho is calling\b|\bperson (?:making the call|calling)\b/i],
  ["callee", /接听方|被叫方?|被呼叫方|被拨打方|受访方|受访者|接听者|\bcallee\b|\brecipient\b|\breceiver\b|\bcalled party\b|\bperson (?:being called|called|who answers|answering)\b|\banswering party\b|\b(?:person|whoever|the one) (?:playing|who plays|plays) (?:her|him|them|the customer)\b|\brole[- ]?play(?:ed)? (?:customer|client)\b|\b(?:customer|client) role[- ]?play\b|\bwho (?:picks up|answers)\b|\bwho (?:is|gets|receives) (?:called|the call)\b|\bsimulator\b|陪练|模拟(?:客户|用户|顾客|家长|学员|业主|患者|对象)/i],
  ["caller", /坐席|客服|销售|顾问|回访员|专员|外呼|机器人|访问员|调查员|访员|\bagents?\b|\brep(?:resentative)?\b|\bsales\b|\bbot\b|\binterviewer\b|\bsurveyor\b/i],
  ["callee", /客户|用户|车主|患者|被访者|受访人|\bcustomers?\b|\bclients?\b|\busers?\b|\bprospects?\b|\brespondents?\b|\binterviewees?\b|\bparticipants?\b/i],
];

const CONNECTORS = /\b(?:and|or|with|for)\b|[和与及或]/gi;
const FILLER = /电话|信息|设定|人设|的|方|一侧|角色|提示词|模拟器|\bprompts?\b|\bsimulat(?:or|ed)\b|\binstructions?\b|\bguidelines?\b|\bfor\b|\bbot\b|已知|基本|主要|相关|具体|详细|side|\bthe\b|\bof\b|\bcall\b|\bkey\b|\bbasic\b|\bknown\b|\b(?:on|in|during|this|every|each)\b|[\s:：\-—–_()（）[\]【】/|&,，、.]/gi;

/** Heading text reduced for matching: lowercase, no parentheticals, emphasis, numbering or trailing colon. */
export function normalizeHeading(text: string): string {
  return text
    .replace(/[（(][^（）()]*[）)]/g, " ")
    .replace(/\*\*|__|[`#【】[\]]|[\u2190-\u2bff]|\ufe0f|[\u{1f000}-\u{1faff}]/gu, " ")
    // "第二部分 客户信息" is Chinese for "Part two: …".
    .replace(/^\s*(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\([ivx]+\)|part\s+\w+[:.]?|section\s+\d+[:.]?|第\s*[一二三四五六七八九十\d]{1,3}\s*(?:部分|节|章|篇)[:：、.．]?)\s*/i, "")
    // "角色A：外呼客服", "Role B - Customer", "Party 1: Caller", "Side A — the agent": a lettered role names a side, not a role section.
    .replace(/^\s*(?:角色|人物|(?:role|party|speaker|side)\s*)[a-d甲乙丙丁12一二](?=\s*[:：\-—–\s]\s*\S)\s*[:：\-—–]?\s*/i, "")
    .replace(/[:：]\s*$/, "")
    // "end_when", "style.avoid": a config key names its part in snake case or dotted.
    .replace(/(?<=\p{L})[_.·](?=\p{L})/gu, " ")
    .replace(/(?<=\p{L})[’‘](?=\p{L})/gu, "'")
    // "结束语1", "Closing line 2": a numbered label is the same section as the bare label.
    .replace(/(\D)\s*\d{1,2}$/u, "$1")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export interface HeadingMeaning {
  kind: SectionKind | null;
  side: Side | null;
  /** The side is named outright (拨打方/接听方/caller/callee), not inferred from a word like 客户 or customer. */
  strongSide: boolean;
}

/**
 * What a heading names. `exact` (for weak headings such as bold lines or "Label:" lines) requires the text to be
 * nothing but a known name, optionally with a side word; otherwise a contained synonym is enough.
 */
export function classifyHeading(raw: string, exact: boolean): HeadingMeaning {
  // A document names the same few parts over and over: each label is classified once (a copy, callers adjust it).
  const key = `${exact ? 1 : 0}${raw}`;
  const known = CLASSIFIED.get(key);
  if (known !== undefined) return { ...known };
  const meaning = classifyUncached(raw, exact);
  if (CLASSIFIED.size >= MAX_CLASSIFIED) CLASSIFIED.clear();
  CLASSIFIED.set(key, meaning);
  return { ...meaning };
}

const SIDE_NAME = /^(\p{L}{2,20}?)(?:'s)?\s+side$/iu;

const CLASSIFIED = new Map<string, HeadingMeaning>();
const MAX_CLASSIFIED = 4096;

/** "Speaking style — avoid", "说话风格（避免）", "说话风格·避免": a style named with a qualifier of its own kind is that kind. */
function classifyUncached(raw: string, exact: boolean): HeadingMeaning {
  const meaning = remarked(bilingual(classifyBase(raw, exact), raw, exact), raw);
  if (meaning.kind !== "style") return meaning;
  const base = classifyMatched(normalizeHeading(raw), exact).name;
  const qualifier = normalizeHeading(raw.replace(/[（(]([^（）()]*)[）)]/gu, " $1 ")).replace(base, " ").replace(/[·•—–-]/gu, " ").trim();
  if (qualifier === "") return meaning;
  const kind = classifyMatched(qualifier, false).meaning.kind;
  return kind === "styleNegative" || kind === "stylePositive" ? { ...meaning, kind } : meaning;
}

/** "Exits (closing lines)", "Lookup (FAQ)": a title naming nothing known with a remark in brackets that names a part. */
const REMARK = /^[^（）()]{1,40}[（(]([^（）()]{2,40})[）)]\s*$/u;

function remarked(meaning: HeadingMeaning, raw: string): HeadingMeaning {
  // "Exits (closing lines)": a title naming the end of the call in general is narrowed by a remark naming one of its parts.
  const general = meaning.kind === "endAndClosing";
  if ((meaning.kind !== null && !general) || meaning.side !== null) return meaning;
  const remark = REMARK.exec(raw.trim())?.[1];
  if (remark === undefined) return meaning;
  // The remark names a part as a title would, whole ("closing lines"), not a part's word inside a sentence.
  const inner = classifyBase(remark, true);
  if (general) return inner.kind === "closingLines" || inner.kind === "endConditions" ? { ...inner, side: null, strongSide: false } : meaning;
  return inner.kind === null ? meaning : { ...inner, side: null, strongSide: false };
}

/**
 * "FOR THE SIMULATOR ONLY / AR GYFER YR EFELYCHYDD": a title written twice, in two languages joined by a spaced slash,
 * names what its first half names when the whole names nothing (the second language's words are not known).
 */
function bilingual(meaning: HeadingMeaning, raw: string, exact: boolean): HeadingMeaning {
  if (meaning.kind !== null || meaning.side !== null) return meaning;
  const cut = raw.indexOf(" / ");
  if (cut <= 0 || raw.indexOf(" / ", cut + 1) >= 0) return meaning;
  return classifyBase(raw.slice(0, cut), exact);
}

function classifyBase(raw: string, exact: boolean): HeadingMeaning {
  if (raw.length > (exact ? 80 : 160)) return { kind: null, side: null, strongSide: false };
  const text = normalizeHeading(raw);
  if (text === "") return { kind: null, side: null, strongSide: false };
  // "Customer side", "Agent's side": a side word and the word "side" name that side outright, not a section.
  const sided = SIDE_NAME.exec(text);
  if (sided !== null && sideOf(sided[1] ?? "") !== null) return { kind: null, side: sideOf(sided[1] ?? ""), strongSide: true };
  const { meaning, name } = classifyMatched(text, exact);
  const person = text.replace(CUSTOMER_WORDS, (word) => (/[a-z]/.test(word) ? "customer" : "客户"));
  // "Policyholder profile": read as "customer profile", a name holding the customer word and longer than the
  // "profile" of a role.
  if (meaning.kind !== null && person !== text) {
    const longer = classifyMatched(person, exact);
    if (longer.meaning.kind !== null && longer.name.length > name.length && /customer|客户/.test(longer.name)) return longer.meaning;
  }
  // "用户可能会问", "User questions": a customer word other than 客户 / customer still names the section it names with it.
  if (meaning.kind === null && meaning.side !== null && person !== text) {
    const named = classifyNormalized(person, exact);
    if (named.kind !== null) return named;
  }
  // "客户画像（接听方）", "Customer profile (callee)": a part only the other side has, under a side named outright in
  // parentheses, is that side's own description: the heading opens the side.
  const aside = sideInParentheses(raw);
  if (aside !== null && meaning.kind !== null && (aside === "callee" ? CALLER_KINDS : CALLEE_KINDS).has(meaning.kind) && (meaning.side === null || meaning.side === aside)) return { kind: null, side: aside, strongSide: true };
  // "角色卡（接听方）", "Role card (callee)": a part either side has, under a side named in parentheses, is that side's.
  if (aside !== null && meaning.kind === "role" && meaning.side === null) return { ...meaning, side: aside, strongSide: true };
  if (meaning.kind !== null || meaning.side !== null) return meaning;
  // "考生（接听方）", "Member (callee)": the side is named only in the parentheses the normaliser drops.
  // Industry words for the customer ("业主信息", "What you know about the patient", "Member"): read as 客户 /
  // customer, but only when that names a known section or nothing but the side ("会员权益" stays unknown).
  if (person !== text) {
    const asCustomer = classifyNormalized(person, exact);
    const onlySide = asCustomer.side !== null && person.replace(sideCueOf(person) ?? "", "").replace(FILLER, "") === "";
    if (asCustomer.kind !== null) return { ...asCustomer, side: aside ?? asCustomer.side, strongSide: aside !== null || asCustomer.strongSide };
    if (onlySide || aside !== null) return { kind: null, side: aside ?? asCustomer.side, strongSide: aside !== null };
  }
  if (aside !== null) return { kind: null, side: aside, strongSide: true };
  // "话术对照表", "结束语一览", "Closing lines reference": a part's name with a word saying it is laid out for looking up.
  const untailed = text.replace(REFERENCE_TAIL, "").trim();
  if (untailed !== text && untailed !== "") {
    const named = classifyNormalized(untailed, exact);
    if (named.kind !== null) return named;
  }
  // "回访对象", "Patient record": a short label ending in a head noun names that part whatever word qualifies it.
  for (const [head, kind] of HEAD_NOUNS) if (head.test(text)) return { kind, side: null, strongSide: false };
  // "What worries her", "His concerns": the names are listed for one person; another's pronoun names the same part.
  if (meaning.kind === null && meaning.side === null && THIRD_PERSON.test(text)) {
    for (const pronouns of PRONOUN_READINGS) {
      const read = classifyNormalized(text.replace(THIRD_PERSON, (word) => pronouns[word] ?? word), exact);
      if (read.kind !== null) return read;
    }
  }
  return meaning;
}

/** Words after a part's name that say it is laid out to look things up in, not what it holds. */
const REFERENCE_TAIL = /\s*(?:对照表?|一览表?|速查表?|清单|汇总|(?:quick )?reference|cheat sheet|at a glance)$/u;

/** Head nouns that name a part with any short qualifier before them (the qualifier is the trade's own word). */
const HEAD_NOUNS: readonly (readonly [RegExp, SectionKind])[] = [
  [/^\p{Script=Han}{1,4}对象$/u, "customerProfile"],
];

const THIRD_PERSON = /(?<![a-z])(?:she|he|her|him|his|hers)(?![a-z])/g;
/** "her" is "them" or "their": each reading is tried. */
const PRONOUN_READINGS: readonly Readonly<Record<string, string>>[] = [
  { she: "they", he: "they", her: "them", him: "them", his: "their", hers: "theirs" },
  { she: "they", he: "they", her: "their", him: "them", his: "their", hers: "theirs" },
];

/** Words other trades use for the person called: a patient, a member, a homeowner, a student… */
const CUSTOMER_WORDS =
  /(?<![a-z])(?:patients?|members?|students?|tenants?|residents?|home ?owners?|owners?|policy ?holders?|account ?holders?|card ?holders?|applicants?|subscribers?|guests?|parents?|candidates?|insured|claimants?|buyers?|shoppers?|consumers?|debtors?|passengers?|travell?ers?|users?)(?![a-z])|用户|顾客|客人|业主|家长|乘客|旅客|考生|学生|新生|学员|会员|机主|住户|租户|投保人|被保险人|持卡人|申请人|报考人|病人|就诊人|居民|买家|消费者|借款人|家属/g;

function sideInParentheses(raw: string): Side | null {
  if (!raw.includes("(") && !raw.includes("（")) return null;
  for (const m of raw.matchAll(/[（(]([^（）()]{1,30})[）)]/g)) {
    const inner = m[1] ?? "";
    // "（接听方，坐席不读）", "(callee; the agent never loads this)": the first item naming a side is the one meant.
    const named = inner.split(/[，,；;]/u).find((item) => STRONG_SIDE_CUE.test(item));
    if (named !== undefined) return sideOf(named);
    // "A方（坐席）", "Party B (customer)": the outside is only a letter, so any side word inside decides.
    const outside = normalizeHeading(raw.replace(m[0], " "));
    if (/^(?:[a-d甲乙丙丁]\s*方?|(?:party|role|side)\s*[a-d12])$/i.test(outside)) return sideOf(inner);
  }
  return null;
}

function classifyNormalized(text: string, exact: boolean): HeadingMeaning {
  return classifyMatched(text, exact).meaning;
}

/** The meaning and the name it rests on. */
function classifyMatched(text: string, exact: boolean): { meaning: HeadingMeaning; name: string } {
  let kind: SectionKind | null = null;
  let rest = text;
  // The longest contained synonym wins: "开场话术" is an opening, not a script; "目标客户画像" a profile, not a goal.
  let best = "";
  SYNONYM_RE.lastIndex = 0;
  for (let m = SYNONYM_RE.exec(text); m !== null; m = SYNONYM_RE.exec(text)) {
    // "Script, in order": a name that counts only on its own gives way to another name beside it.
    const alone = WHOLE_ONLY.has(m[0]) && text.replace(m[0], " ").replace(ANY_SIDE_CUE, "").replace(FILLER, "") !== "";
    if (m[0].length > best.length && !alone) best = m[0];
    SYNONYM_RE.lastIndex = m.index + 1;
  }
  // "身份：…" next to "姓名：…" is a field of the role, not a section; only a real heading "### 身份" starts one.
  // "拨打方身份：…", "Caller identity: …" names a side as well: that is the side's role section.
  if (exact && STRONG_ONLY.has(best) && sideOf(text) === null) return { meaning: { kind: null, side: null, strongSide: false }, name: "" };
  // "Good to know", "Who to ask": a one-word name that is also an everyday word names its section only on its own.
  if (WHOLE_ONLY.has(best) && text.replace(best, " ").replace(ANY_SIDE_CUE, "").replace(FILLER, "") !== "") best = "";
  // "客户不满意时", "When the client is unhappy": a mood with the person named before it is how the caller answers
  // it, not the persona's own part; a mood names that part alone.
  if (MOODS.has(best) && text.replace(best, " ").replace(FILLER, "").trim() !== "") best = "";
  if (best !== "") {
    kind = KIND_OF.get(best) ?? null;
    rest = text.replace(best, " ");
    // "Don't sound like this", "不要这样说": the examples to copy, negated, are the ones to avoid.
    if (kind === "stylePositive" && NEGATION.test(text.slice(0, text.indexOf(best)))) {
      kind = "styleNegative";
      // The negation is part of the name ("Never sounds like" is a label of its own, nothing left over).
      rest = rest.replace(NEGATION, " ");
    }
  }
  // "Who picks up": the side phrase may contain a section name ("who"); it still names the side.
  const side = sideOf(rest) ?? (rest !== text && STRONG_SIDE_CUE.test(text) ? sideOf(text) : null);
  if (side !== null && sideOf(rest) === null) return { meaning: { kind: null, side, strongSide: true }, name: best };
  if (exact) {
    // Nothing but names may remain: "Step-by-step flow and scripts" is two names joined by "and".
    const leftover = (side === null ? rest : rest.replace(sideCueOf(rest) ?? "", " ")).replace(SYNONYM_RE, " ").replace(CONNECTORS, " ").replace(FILLER, "");
    if (leftover !== "") return { meaning: { kind: null, side: null, strongSide: false }, name: "" };
  } else if (kind === null && side !== null) {
    // A strong heading naming only a side should be short ("电话拨打方", "Caller (agent)").
    if (rest.replace(sideCueOf(rest) ?? "", "").replace(FILLER, "").length > 12) return { meaning: { kind: null, side: null, strongSide: false }, name: "" };
  }
  // "Role-play customer": a strong cue may run through the name it holds ("role"), and still names the side outright.
  const strong = side !== null && (STRONG_SIDE_CUE.test(rest) || (sideOf(text) === side && STRONG_SIDE_CUE.test(text)));
  return { meaning: { kind, side, strongSide: strong }, name: best };
}

const STRONG_ONLY: ReadonlySet<string> = new Set(["身份"]);
const WHOLE_ONLY: ReadonlySet<string> = new Set(["good", "bad", "who", "positive", "negative", "ends", "in order", "当前", "right now", "挂电话"]);
const MOODS: ReadonlySet<string> = new Set([...MOOD_POSITIVE, ...MOOD_NEGATIVE]);
const NEGATION = /(?<![a-z])(?:don't|do not|never|not|avoid)(?![a-z])|不要|别|避免|不能|切勿/;

/** Each name, and the name without its apostrophes as a key must write it ("dont_say", "dos"). */
const KIND_OF = new Map<string, SectionKind>(
  SECTION_SYNONYMS.flatMap(([kind, names]) => names.flatMap((name) => [[name, kind] as const, [name.replace(/'/g, ""), kind] as const])),
);

/** One scan finds every synonym (longest first at each position); Latin names must stand as whole words. */
const SYNONYM_RE = new RegExp(
  [...KIND_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return /[a-z]/.test(name) ? `(?<![a-z])${escaped}(?![a-z])` : escaped;
    })
    .join("|"),
  "g",
);

function sideCueOf(text: string): string | null {
  for (const [, cue] of SIDE_CUES) {
    const m = cue.exec(text);
    if (m !== null) return m[0];
  }
  return null;
}

const STRONG_SIDE_CUE = new RegExp(SIDE_CUES.slice(0, 2).map(([, cue]) => cue.source).join("|"), "i");

/** Any side cue at all: one scan rules out most lines before the ordered checks. */
const ANY_SIDE_CUE = new RegExp(SIDE_CUES.map(([, cue]) => cue.source).join("|"), "i");

/** The side a text names, if any. */
export function sideOf(text: string): Side | null {
  if (!ANY_SIDE_CUE.test(text)) return null;
  for (const [side, cue] of SIDE_CUES) if (cue.test(text)) return side;
  return null;
}

/** Kinds only the caller side has, and kinds only the callee side has. */
export const CALLER_KINDS: ReadonlySet<SectionKind> = new Set(["task", "customerProfile", "steps", "knowledgeBase", "opening", "endAndClosing", "closingLines"]);
export const CALLEE_KINDS: ReadonlySet<SectionKind> = new Set(["background", "situation", "concerns", "behaviours", "style", "stylePositive", "styleNegative"]);

/** The heading names a side and nothing else ("客户", "The customer", "Customer side"), not a side word among others. */
export function namesOnlySide(raw: string): boolean {
  const text = normalizeHeading(raw).replace(CUSTOMER_WORDS, (word) => (/[a-z]/.test(word) ? "customer" : "客户"));
  const cue = sideCueOf(text);
  return cue !== null && text.replace(cue, "").replace(FILLER, "") === "";
}

/** "About the customer", "关于客户": words that say a heading is about the person it names, nothing more. */
const ABOUT = /(?<![a-z])(?:about|context)(?![a-z])|关于/giu;

/**
 * The heading names the person called and nothing else ("## About the customer", "TENANT", "# Customer (from the
 * booking system)"): read on the caller's side, it is what the caller knows of that person, the customer profile.
 */
export function namesTheCustomer(raw: string): boolean {
  const text = normalizeHeading(raw.replace(ABOUT, " ")).replace(CUSTOMER_WORDS, (word) => (/[a-z]/.test(word) ? "customer" : "客户"));
  return sideOf(text) === "callee" && namesOnlySide(text);
}


/** The side a text names, counting other trades' words for the customer ("学生", "Member", "Homeowner") as the customer's. */
export function personSide(raw: string): Side | null {
  return sideOf(raw.toLowerCase().replace(CUSTOMER_WORDS, (word) => (/[a-z]/.test(word) ? "customer" : "客户")));
}
