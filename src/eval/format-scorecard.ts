// The readable scorecard `callsim eval` prints by default: verdict first, then the caller's checks, the simulated
// customer's section and the metrics.
import type { Check, Scorecard } from "../schema/index.js";

const MARK = { true: "PASS", false: "FAIL" } as const;

function row(c: Check): string {
  const turns = c.turns.length === 0 ? "" : ` [turn ${c.turns.join(", ")}]`;
  return `${MARK[`${c.passed}`]}  ${c.id.padEnd(18)} ${c.severity.padEnd(8)} ${c.message}${turns}`;
}

export function formatScorecard(card: Scorecard, title: string): string {
  const m = card.metrics;
  const failed = card.checks.filter((c) => !c.passed).length;
  const why = card.verdict.reasons.map((r) => `${r.id}${r.turn === null ? "" : `@${r.turn}`}`).join(", ");
  const lines = [
    `${title}`,
    `verdict ${card.passed ? "PASS" : `FAIL (${why})`} — score ${card.score}/100, ${card.checks.length - failed}/${card.checks.length} checks passed`,
    "",
    ...card.checks.map(row),
    "",
    `simulated customer: ${card.simulator.simulatorFault ? "MISBEHAVED (rerun rather than blame the caller)" : "in persona"}, verbatim persona share ${Math.round(card.simulator.verbatimShare * 100)}%`,
    ...card.simulator.checks.map(row),
    "",
    `turns ${m.turns} (caller ${m.callerTurns}, callee ${m.calleeTurns}), caller talk share ${Math.round(m.callerTalkShare * 100)}%, ` +
      `avg turn ${m.avgCallerTurnChars}/${m.avgCalleeTurnChars} chars (caller/callee), interruptions ${m.interruptions}, ` +
      `questions ${m.questionsAnswered}/${m.questionsAsked} answered, duration ${(m.durationMs / 1000).toFixed(1)} s`,
    "(turns count from 0: the call's first line is turn 0, as in the call record)",
  ];
  return `${lines.join("\n")}\n`;
}
