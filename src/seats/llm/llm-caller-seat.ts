// The caller agent played by a model: the engine's script state in, one grounded utterance plus signals out.
import type { ChatMessage, ModelPort } from "../../models/model-port.js";
import { requestObject, type ObjectResult } from "../../models/structured.js";
import { UsageMeter } from "../../models/usage-meter.js";
import type { RecordPatch, Seat, SeatContext, SeatTurn } from "../seat.js";
import { callerMessages, callerRules } from "./caller-prompt.js";
import { inRoleDeflection, roleCorrection, roleGuardFor } from "./role-guard.js";
import { callerRecord, callerSignals } from "./caller-reply.js";
import { GroundingIndex, groundingCorrection, inventedFigures, replaceInvented } from "./grounding-guard.js";
import { CallerTurnReply } from "./turn-schemas.js";
import { UtteranceStream } from "./utterance-stream.js";

export function createLlmCallerSeat(port: ModelPort): Seat<"caller"> {
  const meter = new UsageMeter(port.label);
  const grounding = new GroundingIndex();
  return {
    role: "caller",
    info: { kind: "llm", model: port.label },
    usage: () => meter.snapshot(),
    async next(context: SeatContext<"caller">): Promise<SeatTurn> {
      const { scenario, state } = context;
      const messages = callerMessages(scenario, state);
      const index = grounding.for(scenario, state);
      const rules = callerRules(scenario.caller.name).join("\n");
      const guard = roleGuardFor(scenario, rules);
      const stream = new UtteranceStream(
        context.onTextDelta,
        (sentence) => inventedFigures(sentence, index).length === 0 && guard(sentence) === null,
      );
      const record: RecordPatch[] = [];
      const seed = context.random.int(2 ** 31);
      const ask = async (sent: readonly ChatMessage[]): Promise<ObjectResult<CallerTurnReply>> => {
        stream.restart();
        const result = await requestObject(port, meter, {
          messages: sent,
          name: "caller_turn",
          schema: CallerTurnReply,
          stream: context.onTextDelta !== undefined,
          onTextDelta: (delta) => stream.feed(delta),
          signal: context.signal,
          seed,
        });
        for (const detail of result.repairs) record.push({ kind: "guard", event: { kind: "schema-repaired", detail } });
        return result;
      };

      let result = await ask(messages);
      let text = result.value.utterance.trim();
      let invented = inventedFigures(text, index);
      if (invented.length > 0) {
        record.push({ kind: "guard", event: { kind: "figure-regenerated", detail: `invented ${invented.map((f) => f.text).join(", ")}` } });
        result = await ask([...messages, { role: "assistant", content: result.text }, { role: "user", content: groundingCorrection(invented) }]);
        text = result.value.utterance.trim();
        invented = inventedFigures(text, index);
        if (invented.length > 0) {
          text = replaceInvented(text, index, scenario.language);
          record.push({ kind: "guard", event: { kind: "figure-replaced", detail: `replaced ${invented.map((f) => f.text).join(", ")} by the honest reply` } });
        }
      }
      // Stays in role: a line about its prompt or rules is regenerated once, then replaced by a polite deflection.
      const leak = guard(text);
      if (leak !== null) {
        record.push({ kind: "guard", event: { kind: "role-regenerated", detail: leak } });
        result = await ask([...messages, { role: "assistant", content: result.text }, { role: "user", content: roleCorrection(leak) }]);
        text = result.value.utterance.trim();
        const again = guard(text) ?? (inventedFigures(text, index).length > 0 ? "invented a figure" : null);
        if (again !== null) {
          text = inRoleDeflection(scenario.language);
          record.push({ kind: "guard", event: { kind: "role-replaced", detail: again } });
        }
      }
      stream.finish(text);
      record.unshift(...callerRecord(result.value, scenario, state));
      return { text, ...callerSignals(result.value, scenario), record };
    },
  };
}
