// fakeModel([...]): a ModelPort answering scripted replies in order, recording every request; for testing
// model seats and your own code on callsim without a network. Asking past the script is an error.
import type { ModelPort, ModelReply, ModelRequest } from "../models/model-port.js";

export type FakeModelReply = string | ((request: ModelRequest) => string);

export interface FakeModel extends ModelPort {
  readonly requests: ModelRequest[];
  /** Replies never asked for. */
  unused(): number;
}

export function fakeModel(replies: readonly FakeModelReply[], options: { label?: string } = {}): FakeModel {
  const requests: ModelRequest[] = [];
  return {
    label: options.label ?? "fake:model",
    requests,
    unused: () => replies.length - requests.length,
    async complete(request: ModelRequest): Promise<ModelReply> {
      const reply = replies[requests.length];
      requests.push(request);
      if (reply === undefined) throw new Error(`fake model ${options.label ?? "fake:model"}: no reply scripted for request ${requests.length}`);
      const text = typeof reply === "string" ? reply : reply(request);
      if (request.stream === true) request.onTextDelta?.(text);
      const inputTokens = request.messages.reduce((n, m) => n + Math.ceil(m.content.length / 4), 0);
      return { text, inputTokens, outputTokens: Math.ceil(text.length / 4), retries: 0, latencyMs: 0 };
    },
  };
}
