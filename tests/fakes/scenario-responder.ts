// A scripted "model" that plays a scenario from the prompts it is sent: the caller speaks the current step's
// line (or a closing when every step is done), the customer answers briefly. Used by the bench and fixtures.
import type { Scenario } from "../../src/schema/index.js";
import { callerReply, customerReply } from "./replies.js";

export type Responder = (role: "caller" | "callee", messages: readonly { role: string; content: string }[]) => string;

const SHORT_REPLIES = {
  zh: ["嗯，是我，您说。", "好的，明白。", "嗯，这个还行吧。", "那后面会怎么跟进？", "行，就这样吧。"],
  en: ["Yes, that's me, go ahead.", "Okay, got it.", "Hm, that sounds fine.", "And what happens after that?", "Alright, that works."],
} as const;

export function scenarioResponder(scenario: Scenario): Responder {
  return (role, messages) => {
    const last = messages.at(-1)?.content ?? "";
    if (role === "callee") {
      const heard = messages.filter((m) => m.role === "assistant").length;
      const lines = SHORT_REPLIES[scenario.language];
      return customerReply(lines[heard % lines.length] ?? "");
    }
    const current = /Current step: (\d+)/.exec(last);
    const step = current === null ? undefined : scenario.caller.steps.find((s) => s.index === Number(current[1]));
    if (step === undefined || /The call must end now/.test(last)) {
      const closing = scenario.caller.closingLines[0] ?? "Thank you, goodbye.";
      return callerReply({ utterance: closing, identity: "confirmed", end: { condition: 1, reason: "every step delivered" } });
    }
    return callerReply({ utterance: step.lines[0] ?? step.title, step: step.index, identity: "confirmed" });
  };
}
