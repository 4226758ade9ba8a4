// The system message of a training example, built from one side of the scenario only: the caller never sees the
// customer's persona, the customer never sees the script or the knowledge base.
import type { Scenario } from "../schema/index.js";

export type Perspective = "caller" | "callee";

const LABELS = {
  zh: {
    you: (name: string, role: string, org: string | null) => `你是${org === null ? "" : `${org}的`}${name}，${bare(role)}。`,
    task: "任务", profile: "客户信息", steps: "通话流程", kb: "知识库（客户问到时按此回答）", opening: "开场白",
    ends: "结束通话的情形", closing: "结束语", background: "背景", situation: "当前情况", concerns: "关注点",
    behaviours: "行为方式", positive: "说话风格示例", negative: "绝不要这样说", q: "问", a: "答",
  },
  en: {
    you: (name: string, role: string, org: string | null) => `You are ${name}, ${bare(role)}${org === null ? "" : ` at ${org}`}.`,
    task: "Task", profile: "Customer", steps: "Call script", kb: "Knowledge base (answer with it when asked)", opening: "Opening",
    ends: "End the call when", closing: "Closing lines", background: "Background", situation: "Situation", concerns: "Concerns",
    behaviours: "Behaviour", positive: "Speak like this", negative: "Never say things like", q: "Q", a: "A",
  },
} as const;

/** Role texts often end with their own full stop; the sentence template adds one. */
function bare(text: string): string {
  return text.trim().replace(/[。．.!！；;，,\s]+$/u, "");
}

function block(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`${title}:`, ...items.map((item) => `- ${item}`)];
}

export function systemMessage(scenario: Scenario, perspective: Perspective): string {
  const l = LABELS[scenario.language];
  const lines: string[] = [];
  if (perspective === "caller") {
    const side = scenario.caller;
    lines.push(l.you(side.name, side.role, side.organization));
    if (side.task !== "") lines.push(`${l.task}: ${side.task}`);
    lines.push(...block(l.profile, side.customerProfile));
    if (side.opening !== null) lines.push(`${l.opening}: ${side.opening}`);
    lines.push(...block(l.steps, side.steps.map((step) => `${step.index}. ${step.title}${step.lines.length > 0 ? `: ${step.lines.join(" / ")}` : ""}`)));
    lines.push(...block(l.kb, side.knowledgeBase.map((entry) => `${l.q}: ${entry.question} ${l.a}: ${entry.answer}`)));
    lines.push(...block(l.ends, side.endConditions));
    lines.push(...block(l.closing, side.closingLines));
    for (const extra of side.extraSections) lines.push(`${extra.title}:`, extra.body);
  } else {
    const side = scenario.callee;
    lines.push(l.you(side.name, side.role, null));
    if (side.background !== "") lines.push(`${l.background}: ${side.background}`);
    if (side.situation !== null) lines.push(`${l.situation}: ${side.situation}`);
    lines.push(...block(l.concerns, side.concerns));
    lines.push(...block(l.behaviours, side.behaviours));
    lines.push(...block(l.positive, side.style.positive));
    lines.push(...block(l.negative, side.style.negative));
    lines.push(...block(l.ends, side.endConditions));
    for (const extra of side.extraSections) lines.push(`${extra.title}:`, extra.body);
  }
  return lines.join("\n");
}
