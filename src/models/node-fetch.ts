// A lean fetch over node:http(s) with keep-alive agents, handed to the AI SDK providers: Node's built-in fetch
// spends about twice the CPU per request (web streams), which caps how many concurrent calls one process can drive.
import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";

const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: Infinity }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: Infinity }),
};

/** A chat reply is a few KB: a server sending more than this is broken or hostile, and is cut off. */
export const MAX_MODEL_REPLY_BYTES = 4 * 1024 * 1024;

export function replyTooLarge(): Error {
  return Object.assign(new Error(`the model's reply is larger than ${MAX_MODEL_REPLY_BYTES / 1048576} MB`), { code: "REPLY_TOO_LARGE" });
}

/** Counts the bytes of a streamed reply and fails the stream past the limit. */
function capped(response: http.IncomingMessage): ReadableStream<Uint8Array> {
  let bytes = 0;
  response.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > MAX_MODEL_REPLY_BYTES) response.destroy(replyTooLarge());
  });
  return Readable.toWeb(response) as ReadableStream<Uint8Array>;
}

function headerRecord(init: RequestInit["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  if (init === undefined) return out;
  new Headers(init).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

function requestUrl(input: string | URL | Request): URL {
  return new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
}

function bodyOf(body: RequestInit["body"]): string | Uint8Array | undefined {
  if (body === null || body === undefined) return undefined;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  throw new TypeError("node-fetch: only string or byte request bodies are supported");
}

export const nodeFetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> =>
  new Promise<Response>((resolve, reject) => {
    const url = requestUrl(input);
    const client = url.protocol === "https:" ? https : http;
    const agent = url.protocol === "https:" ? agents["https:"] : agents["http:"];
    const options: http.RequestOptions = { method: init?.method ?? "GET", headers: headerRecord(init?.headers), agent };
    if (init?.signal !== undefined && init.signal !== null) options.signal = init.signal;
    const request = client.request(url, options, (response) => {
      const headers = new Headers();
      for (let i = 0; i + 1 < response.rawHeaders.length; i += 2) headers.append(response.rawHeaders[i] ?? "", response.rawHeaders[i + 1] ?? "");
      const status = response.statusCode ?? 500;
      const meta = { status, statusText: response.statusMessage ?? "", headers };
      if ((headers.get("content-type") ?? "").includes("text/event-stream")) {
        resolve(new Response(capped(response), meta));
        return;
      }
      const chunks: Buffer[] = [];
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > MAX_MODEL_REPLY_BYTES) {
          reject(replyTooLarge());
          response.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on("error", reject);
      response.on("aborted", () => reject(Object.assign(new Error("terminated"), { code: "ECONNRESET" })));
      response.on("end", () => {
        if (!response.complete) return reject(Object.assign(new Error("terminated"), { code: "ECONNRESET" }));
        resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), meta));
      });
    });
    request.on("error", reject);
    request.end(bodyOf(init?.body));
  });
