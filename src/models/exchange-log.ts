// Record / replay of model exchanges: JSONL, one line per exchange, appended and flushed as the call goes.
import { appendFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { CallsimError, userError } from "../errors.js";
import { describedAs, readInputFileSync } from "../util/read-input.js";
import type { ChatMessage, ModelPort, ModelReply, ModelRequest } from "./model-port.js";
import { ModelRequestFailed } from "./retry.js";

const Message = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() });
const Exchange = z.object({
  seat: z.string(),
  model: z.string(),
  request: z.object({ messages: z.array(Message), schema: z.string().nullable(), stream: z.boolean() }),
  reply: z
    .object({
      text: z.string(),
      inputTokens: z.number(),
      outputTokens: z.number(),
      retries: z.number(),
      latencyMs: z.number(),
    })
    .nullable(),
  error: z.object({ message: z.string(), retries: z.number(), latencyMs: z.number() }).nullable(),
});
export type Exchange = z.infer<typeof Exchange>;

/** Written when a seat's port is opened, so a replay knows each seat's model even if it never asked. */
const SeatLine = z.object({ kind: z.literal("seat"), seat: z.string(), model: z.string() });

/** Appends each exchange as one JSON line; starts the file empty so a re-run never mixes two calls. */
export class ExchangeRecorder {
  constructor(readonly path: string) {
    try {
      writeFileSync(path, "");
    } catch (error) {
      throw userError("record-unwritable", `cannot write the exchange file: ${(error as Error).message}`, { file: path });
    }
  }

  append(exchange: Exchange): void {
    appendFileSync(this.path, `${JSON.stringify(exchange)}\n`);
  }

  openSeat(seat: string, model: string): void {
    appendFileSync(this.path, `${JSON.stringify({ kind: "seat", seat, model })}\n`);
  }
}

function requestOf(request: ModelRequest): Exchange["request"] {
  return {
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    schema: request.schema?.name ?? null,
    stream: request.stream === true,
  };
}

export function withRecording(port: ModelPort, recorder: ExchangeRecorder, seat: string): ModelPort {
  recorder.openSeat(seat, port.label);
  return {
    label: port.label,
    async complete(request) {
      try {
        const reply = await port.complete(request);
        recorder.append({ seat, model: port.label, request: requestOf(request), reply, error: null });
        return reply;
      } catch (error) {
        if (error instanceof ModelRequestFailed) {
          const failure = { message: error.message, retries: error.retries, latencyMs: error.latencyMs };
          recorder.append({ seat, model: port.label, request: requestOf(request), reply: null, error: failure });
        }
        throw error;
      }
    },
  };
}

export interface LoadedExchange {
  exchange: Exchange;
  line: number;
}

export interface LoadedLog {
  exchanges: LoadedExchange[];
  /** Model label per seat, from the seat lines. */
  models: Map<string, string>;
}

export function loadExchanges(path: string): LoadedExchange[] {
  return loadLog(path).exchanges;
}

/** A recorded call's exchanges: a long LLM batch log stays far below this. */
const MAX_REPLAY_BYTES = 200 * 1024 * 1024;

export function loadLog(path: string): LoadedLog {
  let text: string;
  try {
    text = readInputFileSync(path, describedAs("replay file", MAX_REPLAY_BYTES)).toString("utf8");
  } catch (error) {
    if (error instanceof CallsimError) throw error;
    throw userError("replay-unreadable", `cannot read replay file: ${(error as Error).message}`, { file: path });
  }
  const loaded: LoadedExchange[] = [];
  const models = new Map<string, string>();
  text.split("\n").forEach((raw, at) => {
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw userError("replay-bad-line", "not a JSON line", { file: path, line: at + 1 });
    }
    const seatLine = SeatLine.safeParse(json);
    if (seatLine.success) {
      models.set(seatLine.data.seat, seatLine.data.model);
      return;
    }
    const parsed = Exchange.safeParse(json);
    if (!parsed.success) throw userError("replay-bad-line", `not a recorded exchange: ${parsed.error.issues[0]?.message ?? ""}`, { file: path, line: at + 1 });
    loaded.push({ exchange: parsed.data, line: at + 1 });
  });
  return { exchanges: loaded, models };
}

function firstDifference(recorded: readonly ChatMessage[], actual: readonly ChatMessage[]): string | null {
  const count = Math.max(recorded.length, actual.length);
  for (let i = 0; i < count; i++) {
    const a = recorded[i];
    const b = actual[i];
    if (a === undefined || b === undefined) return `message count ${recorded.length} recorded, ${actual.length} now`;
    if (a.role !== b.role || a.content !== b.content) return `message ${i + 1} (${b.role}) differs`;
  }
  return null;
}

/** A port that serves one seat's recorded replies in order and fails loudly when the request differs. */
export class ReplayPort implements ModelPort {
  private next = 0;
  readonly label: string;

  constructor(
    private readonly file: string,
    private readonly exchanges: readonly LoadedExchange[],
    readonly seat: string,
    model?: string,
  ) {
    this.label = model ?? exchanges[0]?.exchange.model ?? "replay";
  }

  get unused(): number {
    return this.exchanges.length - this.next;
  }

  async complete(request: ModelRequest): Promise<ModelReply> {
    const entry = this.exchanges[this.next];
    if (entry === undefined) {
      throw userError("replay-exhausted", `the ${this.seat} asked for exchange ${this.next + 1} but only ${this.exchanges.length} were recorded`, { file: this.file });
    }
    this.next++;
    const { exchange, line } = entry;
    const difference = firstDifference(exchange.request.messages, request.messages);
    if (difference !== null || exchange.request.schema !== (request.schema?.name ?? null)) {
      throw userError("replay-mismatch", `${this.seat} request does not match the recording (${difference ?? "schema differs"})`, { file: this.file, line });
    }
    if (exchange.error !== null) {
      throw new ModelRequestFailed(exchange.error.message, exchange.error.retries, exchange.error.latencyMs, null);
    }
    const reply = exchange.reply;
    if (reply === null) throw userError("replay-bad-line", "exchange has neither reply nor error", { file: this.file, line });
    if (request.stream === true && reply.text !== "") request.onTextDelta?.(reply.text);
    return { ...reply };
  }
}

export function replayPortsFrom(path: string): { caller: ReplayPort; callee: ReplayPort } {
  const { exchanges, models } = loadLog(path);
  return {
    caller: new ReplayPort(path, exchanges.filter((e) => e.exchange.seat === "caller"), "caller", models.get("caller")),
    callee: new ReplayPort(path, exchanges.filter((e) => e.exchange.seat === "callee"), "callee", models.get("callee")),
  };
}
