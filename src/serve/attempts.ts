// A trainee's practice attempts and their scores over time, in SQLite under the data directory; exportable
// as CSV or JSON.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { FinishedCall } from "./call-events.js";

export interface Attempt {
  id: number;
  trainee: string;
  scenario: string;
  difficulty: string;
  callId: string;
  score: number;
  passed: boolean;
  failedChecks: string[];
  turns: number;
  startedAt: string;
  finishedAt: string;
}

interface AttemptRow {
  id: number;
  trainee: string;
  scenario: string;
  difficulty: string;
  call_id: string;
  score: number;
  passed: number;
  failed_checks: string;
  turns: number;
  started_at: string;
  finished_at: string;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  trainee TEXT NOT NULL,
  scenario TEXT NOT NULL,
  difficulty TEXT NOT NULL,
  call_id TEXT NOT NULL UNIQUE,
  score REAL NOT NULL,
  passed INTEGER NOT NULL,
  failed_checks TEXT NOT NULL,
  turns INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_trainee ON attempts (trainee, finished_at);`;

/** Column order of the CSV export. */
export const ATTEMPT_COLUMNS = ["id", "trainee", "scenario", "difficulty", "callId", "score", "passed", "failedChecks", "turns", "startedAt", "finishedAt"] as const;

export class AttemptStore {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, "attempts.sqlite"));
    this.db.pragma("journal_mode = WAL");
    this.db.exec(SCHEMA);
  }

  record(call: FinishedCall): void {
    const { meta, scorecard } = call;
    this.db
      .prepare(`INSERT OR REPLACE INTO attempts (trainee, scenario, difficulty, call_id, score, passed, failed_checks, turns, started_at, finished_at)
        VALUES (@trainee, @scenario, @difficulty, @callId, @score, @passed, @failed, @turns, @startedAt, @finishedAt)`)
      .run({
        trainee: meta.trainee ?? "",
        scenario: meta.scenario.ref,
        difficulty: meta.difficulty ?? "normal",
        callId: meta.id,
        score: scorecard.score,
        passed: scorecard.passed ? 1 : 0,
        failed: scorecard.checks.filter((c) => !c.passed).map((c) => c.id).join(","),
        turns: call.record.turns.length,
        startedAt: meta.startedAt,
        finishedAt: call.finishedAt,
      });
  }

  list(trainee: string | null): Attempt[] {
    const rows = (trainee === null
      ? this.db.prepare("SELECT * FROM attempts ORDER BY finished_at, id").all()
      : this.db.prepare("SELECT * FROM attempts WHERE trainee = ? ORDER BY finished_at, id").all(trainee)) as AttemptRow[];
    return rows.map((row) => ({
      id: row.id,
      trainee: row.trainee,
      scenario: row.scenario,
      difficulty: row.difficulty,
      callId: row.call_id,
      score: row.score,
      passed: row.passed === 1,
      failedChecks: row.failed_checks === "" ? [] : row.failed_checks.split(","),
      turns: row.turns,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
    }));
  }

  close(): void {
    this.db.close();
  }
}

function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join(" ") : String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it with an apostrophe.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function attemptsCsv(attempts: readonly Attempt[]): string {
  const lines = [ATTEMPT_COLUMNS.join(",")];
  for (const attempt of attempts) lines.push(ATTEMPT_COLUMNS.map((column) => csvCell(attempt[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
