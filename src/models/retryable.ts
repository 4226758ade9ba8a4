// The one place that decides whether a failed model request is worth another attempt.
import { APICallError } from "@ai-sdk/provider";

/** A request that ran past its own time limit (not a user abort). */
export class ModelTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = "ModelTimeoutError";
  }
}

export interface Classification {
  retryable: boolean;
  /** Short reason for the record and the error message, e.g. "HTTP 429", "timeout", "stream cut". */
  reason: string;
}

const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "EAI_AGAIN", "ERR_STREAM_PREMATURE_CLOSE"]);

const CUT = /terminated|fetch failed|socket hang up|other side closed|premature close|^aborted$/i;

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 6) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

export function classifyModelError(error: unknown): Classification {
  if (error instanceof ModelTimeoutError) return { retryable: true, reason: "timeout" };
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status !== undefined && status >= 200 && status < 300) {
      // 200, then the body broke off or is not what it claims (malformed JSON): worth another try.
      const cut = causeChain(error.cause).some((link) => (link instanceof Error && CUT.test(link.message)) || NETWORK_CODES.has(errorCode(link) ?? ""));
      if (cut) return { retryable: true, reason: "stream cut" };
      return { retryable: true, reason: `malformed response: ${error.message}`.slice(0, 200) };
    }
    if (status !== undefined) {
      const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
      return { retryable, reason: `HTTP ${status}${error.message ? ` ${error.message}` : ""}`.slice(0, 200) };
    }
    // No status: no connection, or the body could not be read or parsed.
    const code = causeChain(error.cause).map(errorCode).find((c) => c !== undefined && NETWORK_CODES.has(c));
    if (code !== undefined) return { retryable: true, reason: `network: ${code}` };
    return { retryable: true, reason: `bad response: ${error.message}`.slice(0, 200) };
  }
  for (const link of causeChain(error)) {
    const code = errorCode(link);
    if (code !== undefined && NETWORK_CODES.has(code)) return { retryable: true, reason: `network: ${code}` };
    if (link instanceof Error) {
      const name = link.name;
      if (name === "AI_JSONParseError" || name === "AI_TypeValidationError" || name === "AI_InvalidResponseDataError") {
        return { retryable: true, reason: `malformed response: ${link.message}`.slice(0, 200) };
      }
      if (CUT.test(link.message)) {
        return { retryable: true, reason: "stream cut" };
      }
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return { retryable: false, reason: message.slice(0, 200) };
}
