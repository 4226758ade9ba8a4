// A model server that sends an endless or enormous reply is cut off at the size limit instead of filling memory.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_MODEL_REPLY_BYTES, nodeFetch } from "../src/models/node-fetch.js";

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    const streamed = request.url === "/sse";
    response.writeHead(200, { "content-type": streamed ? "text/event-stream" : "application/json" });
    const chunk = Buffer.alloc(64 * 1024, streamed ? "data: x\n\n" : "x");
    let sent = 0;
    const push = (): void => {
      while (sent <= MAX_MODEL_REPLY_BYTES * 2) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once("drain", push);
      }
      response.end();
    };
    push();
    response.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("model replies past the size limit", () => {
  it("are refused whole when the reply is one body", async () => {
    await expect(nodeFetch(`${base}/json`, { method: "POST", body: "{}" })).rejects.toThrow(/larger than 4 MB/);
  });

  it("fail the stream when the reply is streamed", async () => {
    const response = await nodeFetch(`${base}/sse`, { method: "POST", body: "{}" });
    await expect(response.text()).rejects.toThrow();
  });
});
