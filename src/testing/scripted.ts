// scripted([...]): a seat that says fixed lines in order, for either side; asking past the end is an error
// (so a test notices a call that went longer than written), and `unused()` tells what was never said.
import type { Agent, AgentReply } from "../seats/agent/types.js";

export interface ScriptedAgent extends Agent {
  /** Lines not yet said. */
  unused(): AgentReply[];
}

export function scripted(lines: readonly AgentReply[], options: { name?: string } = {}): ScriptedAgent {
  let next = 0;
  return {
    kind: "scripted",
    name: options.name ?? "scripted",
    async reply(_messages, context) {
      const line = lines[next];
      if (line === undefined) throw new Error(`scripted ${context.role} has no line left for turn ${context.turn} (it had ${lines.length})`);
      next++;
      return line;
    },
    unused: () => lines.slice(next),
  };
}
