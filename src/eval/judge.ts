// The optional model judge (`--judge PROVIDER:MODEL`): the checks a rule cannot make well — did the caller address
// the concern the customer raised, was the caller's tone what its role asks for, did the callee stay in persona —
// each with a short reason, through the same model port as the LLM seats.
import { z } from "zod";
import type { CallRecord, Check, Scenario } from "../schema/index.js";
import type { ChatMessage, ModelPort } from "../models/index.js";
import { requestObject, UsageMeter } from "../models/index.js";

export const JUDGE_ASPECTS = {
  concern: "Did the caller actually address the concerns and questions the customer raised (not just acknowledge them)?",
  tone: "Was the caller's tone what its role description asks for?",
  persona: "Did the callee stay in its persona (a real person with that background and style, never an assistant)?",
} as const;
export type JudgeAspect = keyof typeof JUDGE_ASPECTS;

const Verdict = z.object({
  passed: z.boolean(),
  /** One or two sentences. */
  reason: z.string(),
  /** 0-based turn indices the reason points at. */
  turns: z.array(z.number().int().min(0)),
});
const JudgeReply = z.object({ concern: Verdict, tone: Verdict, persona: Verdict });
export type JudgeReply = z.infer<typeof JudgeReply>;

export function judgeMessages(scenario: Scenario, call: CallRecord): ChatMessage[] {
  const transcript = call.turns.map((t) => `[${t.index}] ${t.speaker === "caller" ? "CALLER" : "CALLEE"}: ${t.text}`).join("\n");
  const questions = (Object.keys(JUDGE_ASPECTS) as JudgeAspect[]).map((k) => `- ${k}: ${JUDGE_ASPECTS[k]}`).join("\n");
  const system =
    "You review one phone call against the scenario both sides were given. Judge strictly but fairly. " +
    'Reply with only a JSON object {"concern": V, "tone": V, "persona": V} where V is ' +
    '{"passed": boolean, "reason": one or two sentences in English, "turns": [turn numbers the reason points at]}.';
  const user = [
    `Caller role: ${scenario.caller.role}`,
    `Caller task: ${scenario.caller.task}`,
    `Callee role: ${scenario.callee.role}`,
    `Callee background: ${scenario.callee.background}`,
    `Callee concerns: ${scenario.callee.concerns.join(" / ")}`,
    `Callee style to imitate: ${scenario.callee.style.positive.join(" / ")}`,
    "",
    "Questions:",
    questions,
    "",
    "Transcript (turn numbers in brackets):",
    transcript,
  ].join("\n");
  return [
    { role: "system", content: system },
    { role: "user", content: user },
  ];
}

/** Checks `judge:concern`, `judge:tone`, `judge:persona` from one model request. */
export async function judgeCall(scenario: Scenario, call: CallRecord, port: ModelPort, signal?: AbortSignal): Promise<Check[]> {
  const meter = new UsageMeter(port.label);
  const { value } = await requestObject(port, meter, { messages: judgeMessages(scenario, call), name: "call_judgement", schema: JudgeReply, signal });
  const last = Math.max(0, call.turns.length - 1);
  return (Object.keys(JUDGE_ASPECTS) as JudgeAspect[]).map((aspect) => {
    const verdict = value[aspect];
    return {
      id: `judge:${aspect}`,
      passed: verdict.passed,
      severity: aspect === "persona" ? "minor" : "major",
      message: verdict.reason,
      turns: [...new Set(verdict.turns.filter((t) => t <= last))].sort((a, b) => a - b),
      details: { model: port.label },
    } satisfies Check;
  });
}
