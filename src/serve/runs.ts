// Batch directories under the runs folder: their summary, their calls (filtered by a failing check or an
// ending), and one call opened as a finished call. Read with the batch module's own readers.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { batchPaths, readBatchLines, readBatchScenarios, isPass } from "../batch/index.js";
import type { BatchSummary } from "../batch/index.js";
import type { BatchLine } from "../batch/index.js";
import { coachCall } from "./coaching.js";
import { briefOf, type FinishedCall } from "./call-events.js";

export interface RunEntry {
  name: string;
  calls: number | null;
  passed: number | null;
  meanScore: number | null;
}

export interface RunCallRow {
  key: string;
  scenario: string;
  seed: number;
  caller: string;
  callee: string;
  score: number;
  passed: boolean;
  end: string;
  failing: string[];
}

export interface RunView {
  name: string;
  summary: BatchSummary | null;
  /** Every failing check id and every ending seen, for the filters. */
  checks: string[];
  ends: string[];
  calls: RunCallRow[];
  /** Calls matching the filter (the list stops at ROW_LIMIT). */
  matching: number;
}

export const ROW_LIMIT = 500;
const SAFE_RUN = /^[\p{L}\p{N}._-]{1,120}$/u;

export function endLabel(line: Pick<BatchLine, "call">): string {
  const { by, condition } = line.call.end;
  return condition === null ? by : `${by} #${condition}`;
}

export class RunsFolder {
  constructor(private readonly root: string | null) {}

  list(): RunEntry[] {
    if (this.root === null || !existsSync(this.root)) return [];
    const names = readdirSync(this.root).filter((name) => SAFE_RUN.test(name) && statSync(join(this.root as string, name)).isDirectory());
    return names.filter((name) => existsSync(batchPaths(join(this.root as string, name)).calls)).sort().map((name) => {
      const summary = this.summary(name);
      return { name, calls: summary?.calls ?? null, passed: summary?.passed ?? null, meanScore: summary?.meanScore ?? null };
    });
  }

  private dir(name: string): string | null {
    if (this.root === null || !SAFE_RUN.test(name)) return null;
    const dir = join(this.root, name);
    return existsSync(batchPaths(dir).calls) ? dir : null;
  }

  private summary(name: string): BatchSummary | null {
    const dir = this.dir(name);
    if (dir === null || !existsSync(batchPaths(dir).summary)) return null;
    try {
      return JSON.parse(readFileSync(batchPaths(dir).summary, "utf8")) as BatchSummary;
    } catch {
      return null;
    }
  }

  async view(name: string, filter: { check: string | null; end: string | null }): Promise<RunView | null> {
    const dir = this.dir(name);
    if (dir === null) return null;
    const checks = new Set<string>();
    const ends = new Set<string>();
    const calls: RunCallRow[] = [];
    let matching = 0;
    for await (const line of readBatchLines(batchPaths(dir).calls)) {
      const failing = line.score.checks.filter((c) => !c.passed).map((c) => c.id);
      const end = endLabel(line);
      failing.forEach((id) => checks.add(id));
      ends.add(end);
      if ((filter.check !== null && !failing.includes(filter.check)) || (filter.end !== null && end !== filter.end)) continue;
      matching++;
      if (calls.length < ROW_LIMIT) {
        calls.push({ key: line.job.key, scenario: line.job.scenario, seed: line.job.seed, caller: line.job.caller, callee: line.job.callee, score: line.score.score, passed: line.score.passed ?? isPass(line.score), end, failing });
      }
    }
    return { name, summary: this.summary(name), checks: [...checks].sort(), ends: [...ends].sort(), calls, matching };
  }

  /** The batch's own report.html, when it has one. */
  reportPath(name: string): string | null {
    const dir = this.dir(name);
    return dir !== null && existsSync(batchPaths(dir).report) ? batchPaths(dir).report : null;
  }

  /** One call of a batch in the shape of a finished console call (coaching when the scenario is known). */
  async call(name: string, key: string): Promise<FinishedCall | null> {
    const dir = this.dir(name);
    if (dir === null) return null;
    for await (const line of readBatchLines(batchPaths(dir).calls)) {
      if (line.job.key !== key) continue;
      const scenario = readBatchScenarios(dir).get(line.job.scenario);
      const brief = scenario === undefined ? null : briefOf(scenario, `runs/${name}`);
      return {
        meta: {
          id: line.call.id,
          mode: "watch",
          trainee: null,
          difficulty: null,
          scenario: brief ?? emptyBrief(line.job.scenario, line.call.scenario.language),
          seats: { caller: line.job.caller, callee: line.job.callee },
          seed: line.job.seed,
          speed: 0,
          startedAt: "",
        },
        record: line.call,
        scorecard: line.score,
        coaching: scenario === undefined ? [] : coachCall(scenario, line.call, line.score),
        finishedAt: "",
      };
    }
    return null;
  }
}

function emptyBrief(id: string, language: "zh" | "en"): FinishedCall["meta"]["scenario"] {
  return { id, ref: id, title: null, language, callerName: "", calleeName: "", calleeRole: "", opening: null, steps: [], knowledgeBase: [], endConditions: { caller: [], callee: [] }, closingLines: [] };
}
