// The optional model judge (`--judge PROVIDER:MODEL`): reads the call against the document and reports the same fault
// kinds as the rules (LABELS-FORMAT: kind + turn) and a pass/fail, through the same model port as the LLM seats.
// Its findings join a scorecard as `judge:<kind>` checks, or are measured against labels by `eval --labels --judge`.
import { z } from "zod";
import type { CallRecord, Check, Scenario } from "../schema/index.js";
import { CallerFaultKind, SimulatorFaultKind } from "../schema/index.js";
import type { ChatMessage, ModelPort } from "../models/index.js";
import { requestObject, UsageMeter } from "../models/index.js";
import type { Judgement } from "./agreement/agreement.js";
import { SEVERITY, FAULT_MEANING } from "./faults.js";
import { VERDICT_RULE } from "./verdict.js";

const JudgeFault = z.object({ kind: CallerFaultKind, turn: z.number().int().min(0).nullable(), why: z.string() });
const JudgeSimulatorFault = z.object({ kind: SimulatorFaultKind, turn: z.number().int().min(0).nullable(), why: z.string() });
export const JudgeReply = z.object({ passed: z.boolean(), faults: z.array(JudgeFault), simulatorFaults: z.array(JudgeSimulatorFault) });
export type JudgeReply = z.infer<typeof JudgeReply>;

function documentText(scenario: Scenario): string {
  const c = scenario.caller;
  return [
    `Caller: ${c.name}${c.organization === null ? "" : ` (${c.organization})`}. Role: ${c.role}. Task: ${c.task}`,
    `Customer profile: ${c.customerProfile.join(" / ")}`,
    `Opening: ${c.opening ?? "(none)"}`,
    ...c.steps.map((s) => `Step ${s.index}: ${s.title} — ${s.lines.join(" / ")}`),
    ...c.knowledgeBase.map((e, i) => `FAQ ${i + 1}: Q: ${e.question} A: ${e.answer}`),
    ...c.endConditions.map((e, i) => `End condition ${i + 1}: ${e}`),
    ...c.closingLines.map((l, i) => `Closing line ${i + 1}: ${l}`),
    ...c.extraSections.map((s) => `${s.title}: ${s.body}`),
    `Customer persona: ${scenario.callee.name}. ${scenario.callee.role} ${scenario.callee.background}`,
    `Customer style to avoid: ${scenario.callee.style.negative.join(" / ")}`,
  ].join("\n");
}

export function judgeMessages(scenario: Scenario, call: CallRecord): ChatMessage[] {
  const transcript = call.turns.map((t) => `[${t.index}] ${t.speaker === "caller" ? "CALLER" : "CUSTOMER"}: ${t.text}`).join("\n");
  const kinds = Object.entries(FAULT_MEANING).map(([kind, meaning]) => `- ${kind} (${SEVERITY[kind as keyof typeof SEVERITY]}): ${meaning}`).join("\n");
  const system =
    "You are a call-centre supervisor reviewing one phone call against the document both sides were given. " +
    `Verdict rule: ${VERDICT_RULE} ` +
    'Reply with only a JSON object {"passed": boolean, "faults": [{"kind", "turn", "why"}], "simulatorFaults": [{"kind", "turn", "why"}]}: ' +
    "faults are the caller's, simulatorFaults the customer's; turn is the 0-based turn number in brackets, or null.\n" +
    `Fault kinds:\n${kinds}`;
  const user = ["Document:", documentText(scenario), "", "Call (turn numbers in brackets):", transcript].join("\n");
  return [
    { role: "system", content: system },
    { role: "user", content: user },
  ];
}

export async function judgeReply(scenario: Scenario, call: CallRecord, port: ModelPort, signal?: AbortSignal): Promise<JudgeReply> {
  const meter = new UsageMeter(port.label);
  const { value } = await requestObject(port, meter, { messages: judgeMessages(scenario, call), name: "call_review", schema: JudgeReply, signal });
  const last = Math.max(0, call.turns.length - 1);
  const inCall = <T extends { turn: number | null }>(f: T): T => ({ ...f, turn: f.turn !== null && f.turn <= last ? f.turn : null });
  return { passed: value.passed, faults: value.faults.map(inCall), simulatorFaults: value.simulatorFaults.map(inCall) };
}

/** The judge's findings as a Judgement, for `eval --labels --judge`. */
export async function judgeLabelled(scenario: Scenario, call: CallRecord, port: ModelPort): Promise<Judgement> {
  const reply = await judgeReply(scenario, call, port);
  return { passed: reply.passed, faults: reply.faults.map(({ kind, turn }) => ({ kind, turn })), simulatorFaults: reply.simulatorFaults.map(({ kind, turn }) => ({ kind, turn })) };
}

/** The judge's caller faults as `judge:<kind>` checks (one per kind) for a scorecard. */
export async function judgeCall(scenario: Scenario, call: CallRecord, port: ModelPort, signal?: AbortSignal): Promise<Check[]> {
  const reply = await judgeReply(scenario, call, port, signal);
  const kinds = [...new Set(reply.faults.map((f) => f.kind))];
  return kinds.map((kind) => {
    const faults = reply.faults.filter((f) => f.kind === kind);
    return {
      id: `judge:${kind}`,
      passed: false,
      severity: SEVERITY[kind],
      message: faults.map((f) => f.why).join("; "),
      turns: [...new Set(faults.flatMap((f) => (f.turn === null ? [] : [f.turn])))].sort((a, b) => a - b),
      details: { model: port.label },
    } satisfies Check;
  });
}
