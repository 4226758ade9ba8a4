// One POST to a chat-completions endpoint over node:http(s) with keep-alive agents: the whole body, or, for a
// streamed reply (text/event-stream), each server-sent event's data handed on as it arrives. Replies are size-capped.
import http from "node:http";
import https from "node:https";
import { MAX_MODEL_REPLY_BYTES, replyTooLarge } from "./node-fetch.js";

const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: Infinity }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: Infinity }),
};

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** The body; empty when it came as events (they went to `onEvent`). */
  text: string;
  /** The body was an event stream. */
  streamed: boolean;
}

/** The connection broke before the reply ended: the retry loop calls it a cut (see retryable.ts). */
export function terminated(): Error {
  return Object.assign(new Error("terminated"), { code: "ECONNRESET" });
}

/**
 * POSTs `body`. An event-stream reply with a 2xx status goes to `onEvent` one `data:` payload at a time ("[DONE]"
 * not included); an error thrown there ends the request with that error. Any other reply is read whole.
 */
export function post(url: URL, headers: Record<string, string>, body: string, signal: AbortSignal, onEvent?: (data: string) => void): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(url, { method: "POST", headers, agent: url.protocol === "https:" ? agents["https:"] : agents["http:"], signal }, (response) => {
      const status = response.statusCode ?? 500;
      const flat: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) if (typeof value === "string") flat[name] = value;
      const events = onEvent !== undefined && status >= 200 && status < 300 && (flat["content-type"] ?? "").includes("text/event-stream");
      const chunks: Buffer[] = [];
      let bytes = 0;
      let pending = "";
      // A line is complete at its "\n"; the rest waits for the next chunk (setEncoding keeps characters whole).
      const readLines = (text: string): void => {
        pending += text;
        let end = pending.indexOf("\n");
        while (end !== -1) {
          const line = pending.slice(0, end).trimEnd();
          pending = pending.slice(end + 1);
          if (line.startsWith("data:")) {
            const data = line.slice(5).trimStart();
            if (data !== "[DONE]") onEvent?.(data);
          }
          end = pending.indexOf("\n");
        }
      };
      if (events) response.setEncoding("utf8");
      response.on("data", (chunk: Buffer | string) => {
        if (settled) return;
        bytes += chunk.length;
        if (bytes > MAX_MODEL_REPLY_BYTES) {
          fail(replyTooLarge());
          response.destroy();
          return;
        }
        if (!events) {
          chunks.push(chunk as Buffer);
          return;
        }
        try {
          readLines(chunk as string);
        } catch (error) {
          fail(error);
          response.destroy();
        }
      });
      response.on("error", fail);
      // Every response closes, most after they resolved: the error (and its stack trace) is made only for a cut.
      const cut = (): void => {
        if (!settled) fail(terminated());
      };
      response.on("aborted", cut);
      response.on("close", cut);
      response.on("end", () => {
        if (!response.complete) return fail(terminated());
        try {
          if (events && pending !== "") readLines("\n");
        } catch (error) {
          return fail(error);
        }
        if (settled) return;
        settled = true;
        resolve({ status, headers: flat, text: events ? "" : Buffer.concat(chunks).toString("utf8"), streamed: events });
      });
    });
    request.on("error", fail);
    request.end(body);
  });
}
