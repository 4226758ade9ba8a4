// The http: adapter against a small scripted endpoint on 127.0.0.1: what it sends, retries on 408/429/5xx,
// no retry on 4xx, time limits, and a failing agent ending the call by "error" with the record still saved.
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { httpAgent } from "../src/seats/agent/index.js";
import { CallRecord } from "../src/schema/index.js";
import { InstantClock } from "./fakes/instant-clock.js";

type Behaviour = { status: number; body?: unknown; retryAfter?: string } | "hang";
const completion = (content: string, tools: string[] = []) => ({
  choices: [{ message: { role: "assistant", content, ...(tools.length > 0 ? { tool_calls: tools.map((name) => ({ type: "function", function: { name, arguments: '{"reason":"done"}' } })) } : {}) } }],
});

let server: Server | null = null;
const seen: { headers: Record<string, unknown>; body: unknown }[] = [];
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
  seen.length = 0;
});

async function endpoint(behaviours: Behaviour[], fallback: Behaviour = { status: 500 }): Promise<string> {
  server = createServer((req, res) => {
    let data = "";
    req.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    req.on("end", () => {
      seen.push({ headers: req.headers, body: JSON.parse(data) as unknown });
      const next = behaviours.shift() ?? fallback;
      if (next === "hang") return;
      res.writeHead(next.status, { "content-type": "application/json", ...(next.retryAfter === undefined ? {} : { "retry-after": next.retryAfter }) });
      res.end(JSON.stringify(next.body ?? { error: "no" }));
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}/v1/chat/completions`;
}

const context = { callId: "c1", turn: 2, role: "caller" as const };

describe("http: adapter", () => {
  it("posts only the conversation with the given headers; an end_call tool call ends the call", async () => {
    const url = await endpoint([{ status: 200, body: completion("Bye now.", ["end_call"]) }]);
    const reply = await httpAgent(url, { headers: { Authorization: "Bearer k" } }).reply([{ role: "user", content: "Hello?" }], context);
    expect(reply).toEqual({ text: "Bye now.", end: { reason: "done" }, toolCalls: [{ name: "end_call", args: { reason: "done" } }] });
    expect(seen[0]?.body).toEqual({ model: "agent", messages: [{ role: "user", content: "Hello?" }] });
    expect(seen[0]?.headers["authorization"]).toBe("Bearer k");
  });

  it("retries 408, 429 (honouring Retry-After) and 5xx, then answers", async () => {
    const url = await endpoint([{ status: 408 }, { status: 429, retryAfter: "2" }, { status: 503 }, { status: 200, body: completion("Hi.") }]);
    const clock = new InstantClock();
    const reply = await httpAgent(url, { clock, maxRetries: 3 }).reply([], context);
    expect(reply).toEqual({ text: "Hi.", end: null });
    expect(seen).toHaveLength(4);
    expect(clock.sleeps).toEqual([250, 2000, 1000]);
  });

  it("does not retry a 401 and says why", async () => {
    const url = await endpoint([{ status: 401, body: { error: "unauthorized" } }]);
    await expect(httpAgent(url, { clock: new InstantClock() }).reply([], context)).rejects.toThrow(`${url}: HTTP 401: {"error":"unauthorized"}`);
    expect(seen).toHaveLength(1);
  });

  it("gives up after its retries, and a hanging endpoint times out", async () => {
    const url = await endpoint([], { status: 500 });
    await expect(httpAgent(url, { clock: new InstantClock(), maxRetries: 2 }).reply([], context)).rejects.toThrow("HTTP 500");
    expect(seen).toHaveLength(3);
    seen.length = 0;
    const hanging = await endpoint(["hang"]);
    await expect(httpAgent(hanging, { clock: new InstantClock(), maxRetries: 0, timeoutMs: 200 }).reply([], context)).rejects.toThrow("no answer within 200 ms");
  });

  it("callsim run: a failing agent ends the call by error, the record is saved and scores with callsim eval", async () => {
    const url = await endpoint([{ status: 200, body: completion("Hi, is this Tomas Berg?") }], { status: 500 });
    const dir = mkdtempSync(join(tmpdir(), "callsim-http-"));
    const run = promisify(execFile);
    const cli = (...args: string[]) => run(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const failed = await cli("run", "examples/agents/renewal-call.md", "--caller", `http:${url}`, "--caller-header", "X-Test: 1", "--agent-max-retries", "1", "--out", dir).catch((error: { code: number; stdout: string }) => error);
    expect("code" in failed ? failed.code : 0).toBe(1);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const record = CallRecord.parse(JSON.parse(readFileSync(join(dir, files[0] ?? ""), "utf8")));
    expect(record.end.by).toBe("error");
    expect(record.end.reason).toBe(`caller seat failed: ${url}: HTTP 500: {"error":"no"} (after 2 attempts)`);
    expect(record.seats.caller).toEqual({ kind: "http", model: null, name: url });
    expect(seen[0]?.headers["x-test"]).toBe("1");
    const scored = await cli("eval", "examples/agents/renewal-call.md", join(dir, files[0] ?? ""));
    expect(scored.stdout).toContain(record.id);
  });
});
