// The calls the server owns: live ones in memory, finished ones also on disk (reloaded on demand after a
// restart). Starting a call checks the request and the seats before anything runs.
import { z } from "zod";
import { DEFAULTS } from "../defaults.js";
import { userError } from "../errors.js";
import type { Clock } from "../util/clock.js";
import type { AttemptStore } from "./attempts.js";
import { briefOf, type CallMeta, type FinishedCall } from "./call-events.js";
import type { CallStore } from "./call-store.js";
import { Difficulty } from "./difficulty.js";
import { LiveCall } from "./live-call.js";
import type { ScenarioStore } from "./scenario-store.js";
import { checkSeatSpec } from "./seat-choice.js";

export const StartCall = z.object({
  scenario: z.string().min(1),
  mode: z.enum(["watch", "trainee"]).default("watch"),
  caller: z.string().default("rule"),
  callee: z.string().default("rule"),
  seed: z.number().int().min(0).max(2 ** 31).default(DEFAULTS.seed),
  /** Simulated ms per wall ms; 0 = as fast as possible. */
  speed: z.number().min(0).max(1000).default(1),
  maxTurns: z.number().int().min(1).max(200).default(DEFAULTS.maxTurns),
  trainee: z.string().max(80).nullable().default(null),
  difficulty: Difficulty.nullable().default(null),
});
export type StartCall = z.infer<typeof StartCall>;

/** Calls kept in memory beyond the running ones. */
const KEPT_IN_MEMORY = 100;

export interface HubDeps {
  scenarios: ScenarioStore;
  calls: CallStore;
  attempts: AttemptStore;
  clock: Clock;
  now: () => Date;
  newId: () => string;
}

export class CallHub {
  private readonly live = new Map<string, LiveCall>();

  constructor(private readonly deps: HubDeps) {}

  async start(input: StartCall): Promise<LiveCall> {
    // A trainee always plays the caller against a machine customer, at a difficulty.
    const request = input.mode === "trainee" ? { ...input, caller: "human", callee: input.callee === "human" ? "rule" : input.callee, difficulty: input.difficulty ?? "normal" } : input;
    if (request.mode === "trainee" && (request.trainee ?? "").trim() === "") throw userError("no-trainee", "a practice call needs the trainee's name");
    checkSeatSpec("caller", request.caller);
    checkSeatSpec("callee", request.callee);
    const { scenario, path } = await this.deps.scenarios.load(request.scenario);
    const meta: CallMeta = {
      id: this.deps.newId(),
      mode: request.mode,
      trainee: request.trainee?.trim() || null,
      difficulty: request.difficulty,
      scenario: briefOf(scenario, request.scenario),
      seats: { caller: request.caller, callee: request.callee },
      seed: request.seed,
      speed: request.speed,
      startedAt: this.deps.now().toISOString(),
    };
    const call = LiveCall.start({
      meta,
      scenario,
      scenarioPath: path,
      difficulty: request.difficulty,
      maxTurns: request.maxTurns,
      clock: this.deps.clock,
      now: this.deps.now,
      onFinished: (finished) => this.finish(finished),
    });
    this.live.set(meta.id, call);
    return call;
  }

  private async finish(call: FinishedCall): Promise<void> {
    await this.deps.calls.save(call);
    if (call.meta.mode === "trainee") this.deps.attempts.record(call);
    this.forgetOldFinished();
  }

  /** Finished calls live on disk; memory keeps only the most recent ones (a page still following one keeps its own). */
  private forgetOldFinished(): void {
    let extra = this.live.size - KEPT_IN_MEMORY;
    for (const [id, call] of this.live) {
      if (extra <= 0) break;
      if (call.finished === null) continue;
      this.live.delete(id);
      extra--;
    }
  }

  async get(id: string): Promise<LiveCall | null> {
    const live = this.live.get(id);
    if (live !== undefined) return live;
    const saved = await this.deps.calls.load(id);
    if (saved === null) return null;
    const replay = LiveCall.replay(saved);
    this.live.set(id, replay);
    return replay;
  }

  /** Live calls first, then saved ones, newest first. */
  async recent(limit: number): Promise<CallMeta[]> {
    const metas: CallMeta[] = [];
    const seen = new Set<string>();
    for (const call of [...this.live.values()].reverse()) {
      const meta = call.events.find((e) => e.type === "meta");
      if (meta?.type === "meta") {
        metas.push(meta.meta);
        seen.add(call.id);
      }
    }
    for (const id of await this.deps.calls.list()) {
      if (metas.length >= limit) break;
      if (seen.has(id)) continue;
      const saved = await this.deps.calls.load(id);
      if (saved !== null) metas.push(saved.meta);
    }
    return metas.slice(0, limit);
  }

  /** Ends every running call (by = "error", the reason says why) and waits until each is saved. */
  async stopAll(reason: string): Promise<void> {
    const running = [...this.live.values()].filter((call) => call.finished === null);
    for (const call of running) call.stop(reason);
    await Promise.all(running.map((call) => call.done));
  }
}
