// `callsim serve`'s server: wires the stores to the HTTP app and listens (127.0.0.1 unless told otherwise;
// any other address needs a token). Returns its URL and a close() that stops live calls first.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { userError } from "../errors.js";
import { systemClock, type Clock } from "../util/clock.js";
import { createApp } from "./app.js";
import { AttemptStore } from "./attempts.js";
import { CallHub } from "./call-hub.js";
import { CallStore } from "./call-store.js";
import { RunsFolder } from "./runs.js";
import { ScenarioStore } from "./scenario-store.js";
import { defaultUiDir, vendorFiles } from "./static-assets.js";

export const SERVE_DEFAULTS = {
  port: 4280,
  host: "127.0.0.1",
  dataDir: ".callsim",
  maxUploadBytes: 5 * 1024 * 1024,
} as const;

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

export interface ServeOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  token?: string | null;
  /** Example scenarios offered read-only (default: the package's examples/ when present). */
  examplesDir?: string | null;
  /** Folder of batch directories (default: DATA/runs). */
  runsDir?: string | null;
  uiDir?: string;
  clock?: Clock;
  now?: () => Date;
  newId?: () => string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Ids sort by start time and carry enough randomness not to be guessed. */
export function newCallId(now: Date = new Date()): string {
  return `${now.toISOString().replace(/\D/g, "").slice(0, 14)}-${randomBytes(6).toString("hex")}`;
}

export function packageExamplesDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples");
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? SERVE_DEFAULTS.host;
  const token = options.token ?? null;
  if (!LOOPBACK.has(host) && (token === null || token.length < 8)) {
    throw userError("needs-token", `--host ${host} opens the console to the network: give --token (8 characters or more)`);
  }
  const dataDir = options.dataDir ?? SERVE_DEFAULTS.dataDir;
  const scenarios = new ScenarioStore(options.examplesDir === undefined ? packageExamplesDir() : options.examplesDir, dataDir);
  const attempts = new AttemptStore(dataDir);
  const now = options.now ?? (() => new Date());
  const hub = new CallHub({
    scenarios,
    calls: new CallStore(dataDir),
    attempts,
    clock: options.clock ?? systemClock,
    now,
    newId: options.newId ?? (() => newCallId(now())),
  });
  const app = createApp({
    hub,
    scenarios,
    attempts,
    runs: new RunsFolder(options.runsDir === undefined ? join(dataDir, "runs") : options.runsDir),
    token,
    loopback: LOOPBACK.has(host),
    uiDir: options.uiDir ?? defaultUiDir(),
    vendor: vendorFiles(),
    maxUploadBytes: SERVE_DEFAULTS.maxUploadBytes,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? SERVE_DEFAULTS.port, hostname: host }, () => resolve(started));
    started.once("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? userError("port-in-use", `port ${options.port ?? SERVE_DEFAULTS.port} is in use (choose another with --port)`) : error);
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    async close() {
      // A call cut short by the shutdown is still a call: it ends, is scored and is saved before we exit.
      await hub.stopAll("the console was shut down");
      await new Promise<void>((resolve) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => resolve());
      });
      attempts.close();
    },
  };
}
