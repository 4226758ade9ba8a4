// The words a layout variant writes around the content: section titles, step words, question/answer marks, in
// each language, as teams write them (several wordings each; the first is the canonical one).
export type SectionKey =
  | "caller" | "callee" | "callerRole" | "task" | "profile" | "steps" | "kb" | "opening" | "ending" | "endConditions" | "closingLines"
  | "calleeRole" | "background" | "concerns" | "behaviours" | "style" | "positive" | "negative" | "calleeEnd";

export interface Words {
  titles: Record<SectionKey, readonly string[]>;
  /** "Step 1", "步骤1". */
  stepWord: (n: number) => string;
  /** "Step one", "第一步". */
  stepOrdinal: (n: number) => string;
  question: readonly [string, string];
  longQuestion: readonly [string, string];
  colon: string;
  say: string;
  ifWord: string;
  tableHeads: { step: string; script: string; question: string; answer: string; condition: string; closing: string; good: string; bad: string; field: string; value: string };
}

const EN_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const ZH_NUMBERS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

export const WORDS: Record<"zh" | "en", Words> = {
  en: {
    titles: {
      caller: ["Caller", "Agent", "The agent", "Outbound agent"],
      callee: ["Callee", "Customer", "The customer", "Customer persona"],
      callerRole: ["Role", "Who you are", "Identity"],
      task: ["Core task", "Goal", "Objective", "Task"],
      profile: ["Target customer profile", "Customer details", "What we know about the customer", "Account details"],
      steps: ["Step-by-step flow and scripts", "Call flow", "Script", "Conversation steps"],
      kb: ["Q&A knowledge base", "FAQ", "Common questions", "Knowledge base"],
      opening: ["Opening line", "Opening", "Greeting"],
      ending: ["End conditions and closing lines", "Ending the call", "Wrap-up"],
      endConditions: ["End conditions", "When to end the call", "End the call when"],
      closingLines: ["Closing lines", "Closing", "Sign-off lines"],
      calleeRole: ["Role", "Who they are", "Character"],
      background: ["Background", "Backstory", "Context"],
      concerns: ["Core concerns", "Concerns", "What they care about", "Worries"],
      behaviours: ["Typical behaviour in the call", "Behaviour", "How they act", "Behaviour patterns"],
      style: ["Reply style examples", "Speaking style", "How they talk"],
      positive: ["Positive examples", "Say things like", "Good examples", "Sounds like"],
      negative: ["Negative examples", "Never say", "Bad examples", "Does not sound like"],
      calleeEnd: ["End conditions", "When they hang up", "Ends the call when"],
    },
    stepWord: (n) => `Step ${n}`,
    stepOrdinal: (n) => `Step ${EN_NUMBERS[n] ?? String(n)}`,
    question: ["Q", "A"],
    longQuestion: ["Question", "Answer"],
    colon: ":",
    say: "Say",
    ifWord: "If",
    tableHeads: { step: "Step", script: "Script", question: "Question", answer: "Answer", condition: "Condition", closing: "Closing line", good: "Do say", bad: "Don't say", field: "Field", value: "Value" },
  },
  zh: {
    titles: {
      caller: ["电话拨打方", "外呼方", "坐席", "拨打方（坐席）"],
      callee: ["电话接听方", "客户", "接听方", "被叫客户"],
      callerRole: ["角色", "人物设定", "身份设定"],
      task: ["核心任务", "任务", "通话目标", "目标"],
      profile: ["目标客户画像", "客户信息", "客户资料", "已知客户信息"],
      steps: ["分步流程和话术", "话术流程", "通话流程", "沟通步骤"],
      kb: ["问答知识库", "常见问题", "知识库", "客户常问"],
      opening: ["开场白", "开场", "开场话术"],
      ending: ["结束条件与结束语", "结束通话", "收尾"],
      endConditions: ["结束条件", "何时结束通话", "挂机条件"],
      closingLines: ["结束语", "结束话术", "收尾话术"],
      calleeRole: ["角色", "人物设定", "人设"],
      background: ["背景信息", "背景", "人物背景"],
      concerns: ["核心关切点", "关切点", "关注点", "顾虑"],
      behaviours: ["对话中的典型行为模式", "行为模式", "典型表现", "通话中的表现"],
      style: ["回复风格示例", "说话风格", "语气示例"],
      positive: ["正面教材", "正面示例", "可以这样说", "正确示范"],
      negative: ["反面教材", "反面示例", "不要这样说", "错误示范"],
      calleeEnd: ["结束条件", "挂电话的情况", "何时挂断"],
    },
    stepWord: (n) => `步骤${n}`,
    stepOrdinal: (n) => `第${ZH_NUMBERS[n] ?? String(n)}步`,
    question: ["Q", "A"],
    longQuestion: ["问", "答"],
    colon: "：",
    say: "话术",
    ifWord: "若",
    tableHeads: { step: "步骤", script: "话术", question: "问题", answer: "回答", condition: "结束条件", closing: "结束语", good: "正面示例", bad: "反面示例", field: "项目", value: "内容" },
  },
};

export const ZH_COUNT = ZH_NUMBERS;
