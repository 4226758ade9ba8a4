// The console's HTTP surface: the page and its files, then the JSON API (scenarios, calls with their SSE
// stream, practice attempts, batch runs). Errors become JSON: a user error is a 400 with its line.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { streamSSE } from "hono/streaming";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { CallsimError } from "../errors.js";
import type { Speaker } from "../schema/index.js";
import { attemptsCsv, type AttemptStore } from "./attempts.js";
import { csrfGuard, loopbackHostGuard, tokenGuard } from "./auth.js";
import type { CallEvent } from "./call-events.js";
import type { LiveCall } from "./live-call.js";
import { StartCall, type CallHub } from "./call-hub.js";
import type { RunsFolder } from "./runs.js";
import type { ScenarioStore } from "./scenario-store.js";
import { CONTENT_SECURITY_POLICY, INDEX_HTML, STYLES, readAsset } from "./static-assets.js";

export interface AppDeps {
  hub: CallHub;
  scenarios: ScenarioStore;
  attempts: AttemptStore;
  runs: RunsFolder;
  token: string | null;
  /** Bound to a loopback address: only loopback host names are answered. */
  loopback: boolean;
  uiDir: string;
  vendor: Readonly<Record<string, string>>;
  maxUploadBytes: number;
}

const Said = z.object({ role: z.enum(["caller", "callee"]), text: z.string().max(4000) });
const Role = z.object({ role: z.enum(["caller", "callee"]) });

async function jsonBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new CallsimError("user", "bad-json", "the request body is not JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CallsimError("user", "bad-request", `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

const REPORT_POLICY = "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use("*", async (c, next) => {
    await next();
    if (!c.res.headers.has("Content-Security-Policy")) c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
  });
  app.use("*", loopbackHostGuard(deps.loopback));
  app.use("*", tokenGuard(deps.token));
  app.use("/api/*", csrfGuard);
  app.use("/api/*", bodyLimit({ maxSize: deps.maxUploadBytes, onError: (c) => c.json({ error: `the upload is larger than ${deps.maxUploadBytes / 1048576} MB` }, 413) }));
  app.onError((error, c) => {
    if (error instanceof CallsimError && error.kind === "user") return c.json({ error: error.message, line: error.line ?? null }, 400);
    return c.json({ error: error instanceof Error ? error.message : String(error) }, 500);
  });

  app.get("/", (c) => c.html(INDEX_HTML));
  app.get("/favicon.ico", (c) => c.body(null, 204));
  app.get("/ui/styles.css", (c) => c.body(STYLES, 200, { "Content-Type": "text/css; charset=utf-8" }));
  app.get("/ui/:file{.+}", async (c) => {
    const asset = await readAsset(deps.uiDir, c.req.param("file"));
    return asset === null ? c.notFound() : c.body(new Uint8Array(asset.body), 200, { "Content-Type": asset.type, "Cache-Control": "no-cache" });
  });
  app.get("/vendor/:file", async (c) => {
    const path = deps.vendor[c.req.param("file")];
    if (path === undefined) return c.notFound();
    return c.body(new Uint8Array(await readFile(path)), 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "max-age=3600" });
  });

  // Scenarios: list, read, upload or paste, live check.
  app.get("/api/scenarios", async (c) => c.json(await deps.scenarios.list()));
  app.get("/api/scenarios/report", async (c) => c.json(await deps.scenarios.report(c.req.query("ref") ?? "")));
  app.post("/api/scenarios", async (c) => c.json(await deps.scenarios.save(c.req.query("name") ?? "", new Uint8Array(await c.req.arrayBuffer()))));
  app.post("/api/parse", async (c) => c.json(await deps.scenarios.check(c.req.query("name") ?? "", new Uint8Array(await c.req.arrayBuffer()))));
  app.delete("/api/scenarios", async (c) => {
    await deps.scenarios.remove(c.req.query("ref") ?? "");
    return c.json({ ok: true });
  });
  app.get("/api/scenarios/text", async (c) => {
    const text = await deps.scenarios.text(c.req.query("ref") ?? "");
    return text === null ? c.json({ error: "no such scenario" }, 404) : c.text(text);
  });

  // Calls: start, list, follow (SSE), speak, hang up, stop.
  app.post("/api/calls", async (c) => {
    const call = await deps.hub.start(await jsonBody(c, StartCall));
    return c.json({ id: call.id });
  });
  app.get("/api/calls", async (c) => c.json(await deps.hub.recent(50)));
  app.get("/api/calls/:id", async (c) => {
    const call = await deps.hub.get(c.req.param("id"));
    return call === null ? c.json({ error: "no such call" }, 404) : c.json({ events: call.events });
  });
  app.get("/api/calls/:id/events", async (c) => {
    const call = await deps.hub.get(c.req.param("id"));
    if (call === null) return c.json({ error: "no such call" }, 404);
    return streamSSE(c, async (stream) => {
      let sending = Promise.resolve();
      let done: () => void = () => {};
      const over = new Promise<void>((resolve) => (done = resolve));
      const send = (event: CallEvent): void => {
        sending = sending.then(() => stream.writeSSE({ data: JSON.stringify(event) })).catch(() => done());
        if (event.type === "end" || event.type === "failed") void sending.then(done);
      };
      const unsubscribe = call.subscribe(send);
      stream.onAbort(() => done());
      await over;
      unsubscribe();
    });
  });
  const act = async (c: Context, role: Speaker | null, fn: (call: LiveCall) => void): Promise<Response> => {
    const call = await deps.hub.get(c.req.param("id") ?? "");
    if (call === null) return c.json({ error: "no such call" }, 404);
    if (role !== null && !call.hasHuman(role)) return c.json({ error: `the ${role} seat of this call is not a person's seat, or the call is over` }, 409);
    fn(call);
    return c.json({ ok: true });
  };
  app.post("/api/calls/:id/say", async (c) => {
    const body = await jsonBody(c, Said);
    return act(c, body.role, (call) => call.say(body.role, body.text));
  });
  app.post("/api/calls/:id/hangup", async (c) => {
    const body = await jsonBody(c, Role);
    return act(c, body.role, (call) => call.hangUp(body.role));
  });
  app.post("/api/calls/:id/stop", (c) => act(c, null, (call) => call.stop()));

  // Practice attempts, and their export.
  const trainee = (c: Context): string | null => c.req.query("trainee") || null;
  app.get("/api/attempts", (c) => c.json(deps.attempts.list(trainee(c))));
  app.get("/api/attempts.json", (c) => c.body(`${JSON.stringify(deps.attempts.list(trainee(c)), null, 2)}\n`, 200, { "Content-Type": "application/json", "Content-Disposition": 'attachment; filename="attempts.json"' }));
  app.get("/api/attempts.csv", (c) => c.body(attemptsCsv(deps.attempts.list(trainee(c))), 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="attempts.csv"' }));

  // Batch runs.
  app.get("/api/runs", (c) => c.json(deps.runs.list()));
  app.get("/api/runs/:name", async (c) => {
    const view = await deps.runs.view(c.req.param("name"), { check: c.req.query("check") || null, end: c.req.query("end") || null });
    return view === null ? c.json({ error: "no such run" }, 404) : c.json(view);
  });
  // The batch's report (its charts) as written by `callsim report`: its inline scripts run in a sandbox, an
  // opaque origin that can neither read the console's API nor its cookie.
  app.get("/api/runs/:name/report.html", async (c) => {
    const path = deps.runs.reportPath(c.req.param("name"));
    if (path === null) return c.json({ error: "this run has no report.html (callsim report DIR writes it)" }, 404);
    const body = new Uint8Array(await readFile(path));
    c.header("Content-Security-Policy", REPORT_POLICY);
    return c.body(body, 200, { "Content-Type": "text/html; charset=utf-8" });
  });
  app.get("/api/runs/:name/calls/:key", async (c) => {
    const call = await deps.runs.call(c.req.param("name"), c.req.param("key"));
    return call === null ? c.json({ error: "no such call" }, 404) : c.json(call);
  });
  return app;
}
