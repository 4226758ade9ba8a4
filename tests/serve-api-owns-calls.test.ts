// The console's server without a browser: it owns each call (paced at the simulated timing, human seats fed
// over HTTP), writes finished calls the moment they end and finds them again after a restart, keeps practice
// attempts in SQLite, and guards itself (token off loopback, CSRF header, 5 MB uploads, no command seats).
import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { request } from "node:http";
import { join } from "node:path";
import { startServer, type RunningServer, type ServeOptions } from "../src/serve/server.js";
import type { CallEvent, FinishedCall } from "../src/serve/call-events.js";
import type { Attempt } from "../src/serve/attempts.js";
import type { RunView } from "../src/serve/runs.js";
import type { Clock } from "../src/util/clock.js";
import { isCallsimError } from "./fixtures/serve-errors.js";
import { writeSyntheticBatch } from "./fixtures/batch-dir.js";
import { writeReport } from "../src/report/index.js";

const EXAMPLES = join(import.meta.dirname, "..", "examples");
const EN_DOC = "examples/06-saas-renewal-checkin-en.md";
const running: RunningServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

async function serve(options: ServeOptions = {}): Promise<RunningServer & { dataDir: string }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "callsim-serve-api-"));
  const server = await startServer({ port: 0, examplesDir: EXAMPLES, ...options, dataDir });
  running.push(server);
  return { ...server, dataDir };
}

const POST = { method: "POST", headers: { "x-callsim": "1", "content-type": "application/json" } };
async function post<T>(server: RunningServer, path: string, body: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(new URL(path, server.url), { ...POST, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as T };
}

async function events(server: RunningServer, id: string): Promise<CallEvent[]> {
  const response = await fetch(new URL(`/api/calls/${id}`, server.url));
  return ((await response.json()) as { events: CallEvent[] }).events;
}

async function waitFor<T>(probe: () => Promise<T | null>, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const finished = (server: RunningServer, id: string): Promise<FinishedCall> =>
  waitFor(async () => {
    const end = (await events(server, id)).find((e) => e.type === "end");
    return end?.type === "end" ? end.call : null;
  }, `call ${id} to end`);

const waiting = (server: RunningServer, id: string, turns: number): Promise<true> =>
  waitFor(async () => {
    const list = await events(server, id);
    const last = list.filter((e) => e.type === "waiting").at(-1);
    return last?.type === "waiting" && last.role === "caller" && list.filter((e) => e.type === "turn").length === turns ? true : null;
  }, `the caller's turn after ${turns} turns`);

describe("callsim serve: calls", () => {
  it("paces machine seats by each turn's simulated speaking time divided by the speed", async () => {
    const slept: number[] = [];
    const clock: Clock = { nowMs: () => 0, sleep: async (ms) => { slept.push(ms); } };
    const server = await serve({ clock });
    const { json } = await post<{ id: string }>(server, "/api/calls", { scenario: EN_DOC, speed: 2 });
    await finished(server, json.id);
    // The turns as they were spoken (a later cut-in shortens the record's copy, not what was waited for).
    const turns = (await events(server, json.id)).flatMap((e) => (e.type === "turn" ? [e.turn] : []));
    expect(turns.length).toBeGreaterThan(4);
    // Every turn but the last is followed by a machine turn that waits for it to be said.
    expect(slept).toEqual(turns.slice(0, -1).map((t) => (t.endMs - t.startMs) / 2));
  });

  it("feeds a human caller from HTTP, flags the invented figure at its turn and coaches from the document", async () => {
    const server = await serve();
    const { json } = await post<{ id: string }>(server, "/api/calls", { scenario: EN_DOC, caller: "human", speed: 0 });
    const lines = [
      "Hi, is this Priya Raman? This is Daniel Okafor, your Customer Success Manager at Cobaltix.",
      "Good news: if you renew today you get a 47% discount and a $5,000 refund.",
      "Thanks Priya, I'll send the quote in writing. Goodbye.",
    ];
    for (const [i, line] of lines.entries()) {
      await waiting(server, json.id, i * 2);
      expect((await post(server, `/api/calls/${json.id}/say`, { role: "caller", text: line })).status).toBe(200);
    }
    await waiting(server, json.id, 6);
    // The customer's seat is the rule seat: nobody may speak in it.
    expect((await post(server, `/api/calls/${json.id}/say`, { role: "callee", text: "hello" })).status).toBe(409);
    await post(server, `/api/calls/${json.id}/hangup`, { role: "caller" });
    const call = await finished(server, json.id);
    expect(call.record.turns.filter((t) => t.speaker === "caller").map((t) => t.text)).toEqual(lines);
    const invented = call.scorecard.checks.find((c) => c.id === "invented-figure");
    expect(invented?.passed).toBe(false);
    expect(invented?.turns).toEqual([2]);
    const note = call.coaching.find((n) => n.turn === 2);
    expect(note?.checks.map((c) => c.id)).toContain("invented-figure");
    expect(note?.suggestion?.source).toBe("step");
    expect(note?.suggestion?.index).toBe(2);
  });

  it("writes a finished call at once and replays it after a restart", async () => {
    const first = await serve();
    const { json } = await post<{ id: string }>(first, "/api/calls", { scenario: EN_DOC, speed: 0 });
    const call = await finished(first, json.id);
    await first.close();
    running.splice(running.indexOf(first), 1);
    const second = await serve({ dataDir: first.dataDir });
    const replay = await events(second, json.id);
    expect(replay[0]?.type).toBe("meta");
    const end = replay.at(-1);
    expect(end?.type === "end" ? end.call.record : null).toEqual(call.record);
    const stream = await fetch(new URL(`/api/calls/${json.id}/events`, second.url));
    const text = await stream.text();
    expect(text.split("\n\n").filter((block) => block.startsWith("data: ")).length).toBe(replay.length);
    const list = (await (await fetch(new URL("/api/calls", second.url))).json()) as { id: string }[];
    expect(list.map((m) => m.id)).toEqual([json.id]);
  });

  it("a call running at shutdown ends, is scored and is saved before the server stops", async () => {
    const first = await serve();
    const { json } = await post<{ id: string }>(first, "/api/calls", { scenario: EN_DOC, caller: "human", speed: 0 });
    await waiting(first, json.id, 0);
    await post(first, `/api/calls/${json.id}/say`, { role: "caller", text: "Hi, is this Priya Raman?" });
    await waiting(first, json.id, 2);
    await first.close();
    running.splice(running.indexOf(first), 1);
    const second = await serve({ dataDir: first.dataDir });
    const call = await finished(second, json.id);
    expect(call.record.turns).toHaveLength(2);
    expect(call.record.end.by).toBe("error");
    expect(call.record.end.reason).toContain("the console was shut down");
    expect(call.scorecard.checks.length).toBeGreaterThan(0);
  });

  it("keeps practice attempts in SQLite and exports them as CSV and JSON", async () => {
    const server = await serve();
    const { json } = await post<{ id: string }>(server, "/api/calls", { scenario: EN_DOC, mode: "trainee", trainee: "Ann, \"A\"", difficulty: "easy", speed: 0 });
    await waiting(server, json.id, 0);
    await post(server, `/api/calls/${json.id}/say`, { role: "caller", text: "Hi, is this Priya Raman? This is Daniel Okafor from Cobaltix." });
    await waiting(server, json.id, 2);
    await post(server, `/api/calls/${json.id}/hangup`, { role: "caller" });
    const call = await finished(server, json.id);
    expect(call.meta).toMatchObject({ mode: "trainee", difficulty: "easy", seats: { caller: "human", callee: "rule" } });
    const attempts = (await (await fetch(new URL(`/api/attempts?trainee=${encodeURIComponent('Ann, "A"')}`, server.url))).json()) as Attempt[];
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ callId: json.id, scenario: EN_DOC, difficulty: "easy", score: call.scorecard.score, turns: 2 });
    const csv = await (await fetch(new URL("/api/attempts.csv", server.url))).text();
    const rows = csv.trim().split("\r\n");
    expect(rows[0]).toBe("id,trainee,scenario,difficulty,callId,score,passed,failedChecks,turns,startedAt,finishedAt");
    expect(rows[1]?.startsWith(`1,"Ann, ""A""",${EN_DOC},easy,${json.id},${call.scorecard.score},`)).toBe(true);
    const exported = (await (await fetch(new URL("/api/attempts.json", server.url))).json()) as Attempt[];
    expect(exported).toEqual(attempts);
    // A practice call needs a name.
    expect((await post(server, "/api/calls", { scenario: EN_DOC, mode: "trainee" })).status).toBe(400);
  });
});

describe("callsim serve: guards", () => {
  it("refuses a non-loopback address without a token, and asks for the token when one is set", async () => {
    const refused = await startServer({ port: 0, host: "0.0.0.0", dataDir: mkdtempSync(join(tmpdir(), "callsim-serve-api-")) }).catch((e: unknown) => e);
    expect(isCallsimError(refused) && refused.kind === "user" && refused.message.includes("--token")).toBe(true);
    const server = await serve({ token: "s3cret-token" });
    expect((await fetch(new URL("/api/scenarios", server.url))).status).toBe(401);
    expect((await fetch(new URL("/api/scenarios", server.url), { headers: { authorization: "Bearer wrong-token!" } })).status).toBe(401);
    expect((await fetch(new URL("/api/scenarios", server.url), { headers: { authorization: "Bearer s3cret-token" } })).status).toBe(200);
    const login = await fetch(new URL("/?token=s3cret-token", server.url), { redirect: "manual" });
    expect(login.status).toBe(302);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toBe("callsim_token=s3cret-token");
    expect((await fetch(new URL("/api/scenarios", server.url), { headers: { cookie } })).status).toBe(200);
  });

  it("answers only to loopback host names on a loopback address (no DNS rebinding)", async () => {
    const server = await serve();
    const status = (host: string) => new Promise<number>((resolve, reject) => {
      request({ host: "127.0.0.1", port: server.port, path: "/api/scenarios", headers: { host } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      }).on("error", reject).end();
    });
    expect(await status("evil.example:4280")).toBe(421);
    expect(await status(`localhost:${server.port}`)).toBe(200);
    expect(await status(`127.0.0.1:${server.port}`)).toBe(200);
  });

  it("needs the CSRF header, limits uploads to 5 MB and offers no command seats", async () => {
    const server = await serve();
    const bare = await fetch(new URL("/api/calls", server.url), { method: "POST", body: JSON.stringify({ scenario: EN_DOC }), headers: { "content-type": "application/json" } });
    expect(bare.status).toBe(403);
    const big = await fetch(new URL("/api/scenarios?name=big.md", server.url), { method: "POST", headers: { "x-callsim": "1" }, body: new Uint8Array(5 * 1024 * 1024 + 1) });
    expect(big.status).toBe(413);
    const command = await post<{ error: string }>(server, "/api/calls", { scenario: EN_DOC, caller: "cmd:/bin/sh" });
    expect(command.status).toBe(400);
    expect(command.json.error).toContain("not offered here");
    const escape = await fetch(new URL("/api/scenarios/text?ref=uploads/..%2F..%2Fetc%2Fpasswd", server.url));
    expect(escape.status).toBe(404);
    const page = await fetch(server.url);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self' 'sha256-");
  });
});

describe("callsim serve: scenarios and runs", () => {
  it("reads an uploaded document's error and warnings with their lines", async () => {
    const server = await serve();
    const doc = "# T\n\n## Caller\n\n### Role\nAlex.\n\n### Opening line\n\"Hi Sam.\"\n\n### Mystery\nx\n";
    const saved = await fetch(new URL("/api/scenarios?name=t.md", server.url), { method: "POST", headers: { "x-callsim": "1" }, body: doc });
    const report = (await saved.json()) as { error: unknown; diagnostics: { line: number | null; message: string }[]; ref: string; decisions: { field: string; lines: number[] }[] };
    expect(report.error).toBeNull();
    expect(report.ref).toBe("uploads/t.md");
    expect(report.diagnostics.find((d) => d.message.includes("Mystery"))?.line).toBe(11);
    // The explain view: where each field was read, with its lines.
    expect(report.decisions.find((d) => d.field === "caller.opening")?.lines[0]).toBe(8);
    const check = await fetch(new URL("/api/parse?name=x.md", server.url), { method: "POST", headers: { "x-callsim": "1" }, body: "# Only a title\n\nNothing else.\n" });
    expect(((await check.json()) as { error: { line: number } }).error.line).toBe(1);
  });

  it("browses batch directories, filters by failing check and ending, and opens a call", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "callsim-serve-api-"));
    mkdirSync(join(dataDir, "runs"));
    const lines = writeSyntheticBatch(join(dataDir, "runs", "demo"), 10);
    const server = await serve({ dataDir });
    const runs = (await (await fetch(new URL("/api/runs", server.url))).json()) as { name: string }[];
    expect(runs.map((r) => r.name)).toEqual(["demo"]);
    const all = (await (await fetch(new URL("/api/runs/demo", server.url))).json()) as RunView;
    expect(all.matching).toBe(lines.length);
    expect(all.checks).toContain("grounding");
    const failing = (await (await fetch(new URL("/api/runs/demo?check=grounding", server.url))).json()) as RunView;
    expect(failing.calls.map((c) => c.key)).toEqual(lines.filter((l) => l.score.checks.some((c) => c.id === "grounding" && !c.passed)).map((l) => l.job.key));
    const limit = (await (await fetch(new URL("/api/runs/demo?end=limit", server.url))).json()) as RunView;
    expect(limit.calls.every((c) => c.end === "limit")).toBe(true);
    expect(limit.matching).toBe(lines.filter((l) => l.call.end.by === "limit").length);
    const key = failing.calls[0]?.key ?? "";
    const call = (await (await fetch(new URL(`/api/runs/demo/calls/${encodeURIComponent(key)}`, server.url))).json()) as FinishedCall;
    expect(call.record).toEqual(lines.find((l) => l.job.key === key)?.call);
    // The batch's own report opens sandboxed: its scripts run, but in an opaque origin.
    expect((await fetch(new URL("/api/runs/demo/report.html", server.url))).status).toBe(404);
    await writeReport(join(dataDir, "runs", "demo"));
    const report = await fetch(new URL("/api/runs/demo/report.html", server.url));
    expect(report.status).toBe(200);
    expect(report.headers.get("content-security-policy")).toMatch(/^sandbox allow-scripts;/);
    expect(((await (await fetch(new URL("/api/runs/demo", server.url))).json()) as RunView).summary?.calls).toBe(lines.length);
  });
});
