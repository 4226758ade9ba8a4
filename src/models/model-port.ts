// The model port: messages in, text out (optionally streamed, optionally constrained by a JSON schema).
// Everything model-related (retries, limits, recording, replay, structured output) composes this one interface.

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ResponseSchema {
  /** Short identifier sent with the schema (OpenAI `json_schema.name`). */
  name: string;
  /** JSON Schema of the expected object. */
  jsonSchema: Record<string, unknown>;
}

export interface ModelRequest {
  messages: readonly ChatMessage[];
  /** Ask the provider for JSON matching this schema (response_format json_schema where supported). */
  schema?: ResponseSchema | undefined;
  /** Stream the reply; raw text deltas go to onTextDelta as they arrive. */
  stream?: boolean | undefined;
  onTextDelta?: ((delta: string) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Sampling seed for providers that honour one (drawn from the seat's seeded random, so runs repeat). */
  seed?: number | undefined;
}

export interface ModelReply {
  text: string;
  inputTokens: number;
  outputTokens: number;
  /** Attempts beyond the first that this reply took. */
  retries: number;
  /** Wall time of the whole exchange, retries and backoff included. */
  latencyMs: number;
}

export interface ModelPort {
  /** "provider:model", as given on the command line. */
  readonly label: string;
  complete(request: ModelRequest): Promise<ModelReply>;
}
