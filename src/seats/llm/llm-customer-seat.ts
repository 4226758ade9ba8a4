// The simulated customer played by a model: hears only the caller's spoken words, speaks from its own side.
import type { ChatMessage, ModelPort } from "../../models/model-port.js";
import { requestObject } from "../../models/structured.js";
import { UsageMeter } from "../../models/usage-meter.js";
import type { RecordPatch, Seat, SeatContext, SeatTurn } from "../seat.js";
import { customerMessages } from "./customer-prompt.js";
import { styleCorrection, styleProblem } from "./customer-style.js";
import { CalleeTurnReply } from "./turn-schemas.js";

export function createLlmCustomerSeat(port: ModelPort): Seat<"callee"> {
  const meter = new UsageMeter(port.label);
  return {
    role: "callee",
    info: { kind: "llm", model: port.label },
    usage: () => meter.snapshot(),
    async next(context: SeatContext<"callee">): Promise<SeatTurn> {
      const { scenario, state } = context;
      const callee = scenario.callee;
      const heard = state.turns.map((t) => ({ speaker: t.speaker, text: t.text }));
      const messages = customerMessages(callee, scenario.language, heard, scenario.ownData);
      const record: RecordPatch[] = [];
      const seed = context.random.int(2 ** 31);
      const ask = async (sent: readonly ChatMessage[]) => {
        const result = await requestObject(port, meter, { messages: sent, name: "customer_turn", schema: CalleeTurnReply, signal: context.signal, seed });
        for (const detail of result.repairs) record.push({ kind: "guard", event: { kind: "schema-repaired", detail } });
        return result;
      };

      let result = await ask(messages);
      const problem = styleProblem(result.value.utterance, callee.style.negative);
      if (problem !== null) {
        record.push({ kind: "guard", event: { kind: problem.kind, detail: problem.detail } });
        result = await ask([...messages, { role: "assistant", content: result.text }, { role: "user", content: styleCorrection(problem) }]);
      }
      const text = result.value.utterance.trim();
      // Shown whole, after the style check: a regenerated line never flashes its first version.
      if (text !== "") context.onTextDelta?.(text);
      const end = result.value.end;
      const count = callee.endConditions.length;
      const condition = end?.condition == null ? null : Math.round(end.condition);
      return {
        text,
        record,
        end: end === null ? null : { condition: condition !== null && condition >= 1 && condition <= count ? condition : null, reason: end.reason, hangUp: end.hangUp },
      };
    },
  };
}
