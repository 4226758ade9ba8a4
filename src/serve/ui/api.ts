// The browser's side of the JSON API: every state-changing request carries the header the server demands.
import type { CallMeta, FinishedCall } from "../call-events.js";
import type { ParseReport, ScenarioEntry } from "../scenario-store.js";
import type { Attempt } from "../attempts.js";
import type { RunEntry, RunView } from "../runs.js";

const HEADERS = { "x-callsim": "1" };

export class ApiError extends Error {
  constructor(message: string, readonly line: number | null) {
    super(message);
  }
}

async function read<T>(response: Response): Promise<T> {
  const type = response.headers.get("content-type") ?? "";
  const body: unknown = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const error = typeof body === "object" && body !== null ? (body as { error?: string; line?: number | null }) : { error: String(body) };
    throw new ApiError(error.error ?? response.statusText, error.line ?? null);
  }
  return body as T;
}

const get = <T>(path: string): Promise<T> => fetch(path).then((r) => read<T>(r));
const send = <T>(method: string, path: string, body: BodyInit | null, json = false): Promise<T> =>
  fetch(path, { method, body, headers: json ? { ...HEADERS, "content-type": "application/json" } : HEADERS }).then((r) => read<T>(r));

export interface StartRequest {
  scenario: string;
  mode: "watch" | "trainee";
  caller: string;
  callee: string;
  seed: number;
  speed: number;
  trainee?: string | null;
  difficulty?: string | null;
}

export const api = {
  scenarios: () => get<ScenarioEntry[]>("/api/scenarios"),
  scenarioText: (ref: string) => get<string>(`/api/scenarios/text?ref=${encodeURIComponent(ref)}`),
  check: (name: string, body: BodyInit) => send<ParseReport>("POST", `/api/parse?name=${encodeURIComponent(name)}`, body),
  save: (name: string, body: BodyInit) => send<ParseReport>("POST", `/api/scenarios?name=${encodeURIComponent(name)}`, body),
  remove: (ref: string) => send<{ ok: true }>("DELETE", `/api/scenarios?ref=${encodeURIComponent(ref)}`, null),
  startCall: (request: StartRequest) => send<{ id: string }>("POST", "/api/calls", JSON.stringify(request), true),
  calls: () => get<CallMeta[]>("/api/calls"),
  say: (id: string, role: string, text: string) => send<{ ok: true }>("POST", `/api/calls/${id}/say`, JSON.stringify({ role, text }), true),
  hangUp: (id: string, role: string) => send<{ ok: true }>("POST", `/api/calls/${id}/hangup`, JSON.stringify({ role }), true),
  stop: (id: string) => send<{ ok: true }>("POST", `/api/calls/${id}/stop`, null),
  attempts: (trainee: string) => get<Attempt[]>(`/api/attempts?trainee=${encodeURIComponent(trainee)}`),
  runs: () => get<RunEntry[]>("/api/runs"),
  run: (name: string, check: string, end: string) => get<RunView>(`/api/runs/${encodeURIComponent(name)}?check=${encodeURIComponent(check)}&end=${encodeURIComponent(end)}`),
  runCall: (name: string, key: string) => get<FinishedCall>(`/api/runs/${encodeURIComponent(name)}/calls/${encodeURIComponent(key)}`),
};
