// A typed fake OpenAI-compatible server on 127.0.0.1: real HTTP, real SSE streaming, scripted replies per model,
// failure modes (HTTP status, timeout, malformed body, stream cut halfway), and a log of every request body.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { estimateTokens } from "./token-estimate.js";

export type FakeReply =
  /** A normal answer with this assistant content. */
  | { kind: "content"; content: string }
  /** An HTTP error status (429, 500, 503...). */
  | { kind: "status"; status: number; retryAfterSeconds?: number }
  /** Accept the request and never answer. */
  | { kind: "timeout" }
  /** 200 with a body that is not valid JSON (or a broken SSE event when streaming). */
  | { kind: "malformed" }
  /** Stream the first half of this content, then drop the connection (non-streaming: drop before any byte). */
  | { kind: "cut"; content: string };

/** The request body fields the fake reads, validated (unknown fields are kept for assertions). */
const ChatBody = z
  .object({
    model: z.string(),
    messages: z.array(z.object({ role: z.string(), content: z.string() })),
    stream: z.boolean().optional(),
    stream_options: z.object({ include_usage: z.boolean().optional() }).optional(),
    seed: z.number().optional(),
    response_format: z
      .object({
        type: z.string(),
        json_schema: z.object({ name: z.string(), schema: z.record(z.string(), z.unknown()), strict: z.boolean().optional() }).optional(),
      })
      .optional(),
  })
  .catchall(z.unknown());
export type ChatBody = z.infer<typeof ChatBody>;

export interface RecordedRequest {
  path: string;
  authorization: string | undefined;
  body: ChatBody;
}

export interface FakeServerOptions {
  /** Fixed delay before the first byte of every answer. */
  latencyMs?: number;
  /** Answer for a model whose script is empty (default: HTTP 500 "unscripted request" so tests notice). */
  fallback?: (request: RecordedRequest) => FakeReply;
  /** Keep every request in `requests` (default true; a long bench turns it off to save memory). */
  keepRequests?: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class FakeOpenAIServer {
  readonly requests: RecordedRequest[] = [];
  /** Most requests the server was answering at the same moment. */
  maxInFlight = 0;
  private inFlight = 0;
  private readonly scripts = new Map<string, FakeReply[]>();
  private readonly hanging = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly options: FakeServerOptions,
  ) {}

  static async start(options: FakeServerOptions = {}): Promise<FakeOpenAIServer> {
    let instance: FakeOpenAIServer | null = null;
    const server = createServer((req, res) => {
      void instance?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    instance = new FakeOpenAIServer(server, `http://127.0.0.1:${port}/v1`, options);
    return instance;
  }

  /** Queue replies for requests naming this model, served in order. */
  script(model: string, ...replies: FakeReply[]): void {
    this.scripts.set(model, [...(this.scripts.get(model) ?? []), ...replies]);
  }

  /** Scripted replies not consumed yet, per model. */
  unused(model: string): number {
    return this.scripts.get(model)?.length ?? 0;
  }

  requestsFor(model: string): RecordedRequest[] {
    return this.requests.filter((r) => r.body.model === model);
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let json: unknown = null;
    try {
      json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      json = null;
    }
    const body = ChatBody.safeParse(json);
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions") || !body.success) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
      return;
    }
    const parsed = body.data;
    const request: RecordedRequest = { path: req.url, authorization: req.headers.authorization, body: parsed };
    if (this.options.keepRequests !== false) this.requests.push(request);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.once("close", () => this.inFlight--);
    const queue = this.scripts.get(parsed.model);
    const reply = queue?.shift() ?? this.options.fallback?.(request) ?? { kind: "status", status: 500 };
    if (this.options.latencyMs !== undefined && this.options.latencyMs > 0) await sleep(this.options.latencyMs);
    await this.answer(request, reply, res);
  }

  private async answer(request: RecordedRequest, reply: FakeReply, res: ServerResponse): Promise<void> {
    const body = request.body;
    const promptTokens = body.messages.reduce((sum, m) => sum + estimateTokens(m.content), 0);
    switch (reply.kind) {
      case "status": {
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (reply.retryAfterSeconds !== undefined) headers["retry-after"] = String(reply.retryAfterSeconds);
        res.writeHead(reply.status, headers).end(JSON.stringify({ error: { message: `fake status ${reply.status}`, type: "fake" } }));
        return;
      }
      case "timeout":
        this.hanging.add(res);
        res.on("close", () => this.hanging.delete(res));
        return;
      case "malformed":
        if (body.stream === true) {
          res.writeHead(200, { "content-type": "text/event-stream" });
          res.end('data: {"id":"x","choices":[{"delta":{"content":"he\n\n');
        } else {
          res.writeHead(200, { "content-type": "application/json" }).end('{"id":"chatcmpl-x","choices":[{"message":');
        }
        return;
      case "cut":
        if (body.stream !== true) {
          res.socket?.destroy();
          return;
        }
        await this.stream(body, reply.content, promptTokens, res, true);
        return;
      case "content":
        if (body.stream === true) await this.stream(body, reply.content, promptTokens, res, false);
        else {
          const completion = {
            id: `chatcmpl-${this.requests.length}`,
            object: "chat.completion",
            created: 1_700_000_000,
            model: body.model,
            choices: [{ index: 0, message: { role: "assistant", content: reply.content }, finish_reason: "stop" }],
            usage: { prompt_tokens: promptTokens, completion_tokens: estimateTokens(reply.content), total_tokens: promptTokens + estimateTokens(reply.content) },
          };
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(completion));
        }
        return;
    }
  }

  private async stream(body: ChatBody, content: string, promptTokens: number, res: ServerResponse, cut: boolean): Promise<void> {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const id = `chatcmpl-${this.requests.length}`;
    const event = (data: unknown): void => {
      res.write(`data: ${JSON.stringify(data)}\n\n`);
    };
    const chunk = (delta: Record<string, unknown>, finish: string | null): Record<string, unknown> => ({
      id,
      object: "chat.completion.chunk",
      created: 1_700_000_000,
      model: body.model,
      choices: [{ index: 0, delta, finish_reason: finish }],
    });
    const pieces = Math.max(1, Math.min(8, Math.ceil(content.length / 12)));
    const size = Math.ceil(content.length / pieces);
    const parts: string[] = [];
    for (let i = 0; i < content.length; i += size) parts.push(content.slice(i, i + size));
    const sent = cut ? parts.slice(0, Math.max(1, Math.floor(parts.length / 2))) : parts;
    event(chunk({ role: "assistant", content: "" }, null));
    for (const part of sent) {
      event(chunk({ content: part }, null));
      await sleep(1);
    }
    if (cut) {
      res.socket?.destroy();
      return;
    }
    event(chunk({}, "stop"));
    const includeUsage = body.stream_options?.include_usage === true;
    if (includeUsage) {
      const completion = estimateTokens(content);
      event({ id, object: "chat.completion.chunk", created: 1_700_000_000, model: body.model, choices: [], usage: { prompt_tokens: promptTokens, completion_tokens: completion, total_tokens: promptTokens + completion } });
    }
    res.end("data: [DONE]\n\n");
  }
}
