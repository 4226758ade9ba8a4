// Agreement of a scorer (the rules, or a model judge) with supervisors' labels: the verdict per call, each labelled
// fault located at its turn (±1), and false alarms on clean calls. Faults are compared by kind id, so any judge that
// reports the same ids is measured the same way.
import type { LabelledCall, Scorecard } from "../../schema/index.js";
import { CallerFaultKind, SimulatorFaultKind } from "../../schema/index.js";

export interface Finding {
  kind: string;
  turn: number | null;
}

/** What a scorer said about one call. */
export interface Judgement {
  passed: boolean;
  faults: Finding[];
  simulatorFaults: Finding[];
}

/** A labelled fault counts as located when the scorer names its kind within this many turns of it. */
export const TURN_TOLERANCE = 1;

export interface KindStat {
  kind: string;
  /** Faults of this kind in the labels. */
  labelled: number;
  /** Of those, found by the scorer at the right turn (±1). */
  located: number;
  /** Scorer findings of this kind that match no labelled fault: its false alarms for the kind. */
  extra: number;
}

export interface AgreementReport {
  group: string;
  calls: number;
  labelPass: number;
  scorerPass: number;
  /** Calls where the scorer's pass/fail equals the label's. */
  agree: number;
  /** Calls labelled pass with no caller fault. */
  clean: number;
  /** Clean calls on which the scorer reported any caller fault. */
  cleanFlagged: number;
  /** Clean calls the scorer failed. */
  cleanFailed: number;
  kinds: KindStat[];
  simulatorKinds: KindStat[];
  /** Calls whose simulator-fault flag (any simulator fault) equals the label's. */
  simulatorAgree: number;
  /** Calls whose verdict disagreed: id, label, scorer's reasons (for reading, not for tuning heldout). */
  disagreements: { id: string; label: "pass" | "fail"; found: string[] }[];
}

/** The findings of a scorecard: every failed check, once per turn it names (once, turn null, when it names none). */
export function judgementOf(card: Scorecard): Judgement {
  const expand = (checks: Scorecard["checks"]): Finding[] =>
    checks.filter((c) => !c.passed).flatMap((c): Finding[] => (c.turns.length === 0 ? [{ kind: c.id, turn: null }] : c.turns.map((turn) => ({ kind: c.id, turn }))));
  return { passed: card.passed, faults: expand(card.checks), simulatorFaults: expand(card.simulator.checks) };
}

function near(a: number | null, b: number | null): boolean {
  if (a === null) return true;
  return b !== null && Math.abs(a - b) <= TURN_TOLERANCE;
}

/** Located labelled faults and unmatched findings, per kind, for one call. */
function matchKinds(kinds: readonly string[], labelled: readonly Finding[], found: readonly Finding[], into: Map<string, KindStat>): void {
  for (const kind of kinds) {
    const want = labelled.filter((f) => f.kind === kind);
    const have = found.filter((f) => f.kind === kind);
    const stat = into.get(kind) ?? { kind, labelled: 0, located: 0, extra: 0 };
    stat.labelled += want.length;
    stat.located += want.filter((w) => have.some((h) => near(w.turn, h.turn))).length;
    stat.extra += have.filter((h) => !want.some((w) => near(w.turn, h.turn) || near(h.turn, w.turn))).length;
    into.set(kind, stat);
  }
}

export function agreement(group: string, items: readonly { label: LabelledCall; judgement: Judgement }[]): AgreementReport {
  const kinds = new Map<string, KindStat>();
  const simulatorKinds = new Map<string, KindStat>();
  const report: AgreementReport = {
    group,
    calls: items.length,
    labelPass: 0,
    scorerPass: 0,
    agree: 0,
    clean: 0,
    cleanFlagged: 0,
    cleanFailed: 0,
    kinds: [],
    simulatorKinds: [],
    simulatorAgree: 0,
    disagreements: [],
  };
  for (const { label, judgement } of items) {
    const labelPass = label.verdict === "pass";
    if (labelPass) report.labelPass++;
    if (judgement.passed) report.scorerPass++;
    if (labelPass === judgement.passed) report.agree++;
    else report.disagreements.push({ id: label.id, label: label.verdict, found: [...new Set(judgement.faults.map((f) => `${f.kind}@${f.turn ?? "-"}`))] });
    if (labelPass && label.faults.length === 0) {
      report.clean++;
      if (judgement.faults.length > 0) report.cleanFlagged++;
      if (!judgement.passed) report.cleanFailed++;
    }
    if ((label.simulatorFaults.length > 0) === (judgement.simulatorFaults.length > 0)) report.simulatorAgree++;
    matchKinds(CallerFaultKind.options, label.faults, judgement.faults, kinds);
    matchKinds(SimulatorFaultKind.options, label.simulatorFaults, judgement.simulatorFaults, simulatorKinds);
  }
  report.kinds = [...kinds.values()];
  report.simulatorKinds = [...simulatorKinds.values()];
  return report;
}

/** Share 0..1, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
