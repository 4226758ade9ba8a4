// The agreement table `callsim eval --labels` and `npm run bench` print, one block per labelled group.
import { share, type AgreementReport, type KindStat } from "./agreement.js";

const pct = (part: number, whole: number): string => {
  const value = share(part, whole);
  return value === null ? "   -" : `${(value * 100).toFixed(1).padStart(5)}%`;
};

function kindRows(stats: readonly KindStat[]): string[] {
  return stats
    .filter((s) => s.labelled > 0 || s.extra > 0)
    .map((s) => `  ${s.kind.padEnd(18)} ${String(s.labelled).padStart(8)} ${String(s.located).padStart(8)} ${pct(s.located, s.labelled).padStart(8)} ${String(s.extra).padStart(8)}`);
}

export function formatAgreement(report: AgreementReport, title: string): string {
  const labelFail = report.calls - report.labelPass;
  const located = report.kinds.reduce((n, s) => n + s.located, 0);
  const labelled = report.kinds.reduce((n, s) => n + s.labelled, 0);
  const header = `  ${"kind".padEnd(18)} ${"labelled".padStart(8)} ${"located".padStart(8)} ${"recall".padStart(8)} ${"extra".padStart(8)}`;
  const lines = [
    `${title} [${report.group}]: ${report.calls} calls (${report.labelPass} pass, ${labelFail} fail by the labels; ${report.scorerPass} passed by the scorer)`,
    `  verdict agreement   ${report.agree}/${report.calls} ${pct(report.agree, report.calls)}`,
    `  faults located      ${located}/${labelled} ${pct(located, labelled)} (same kind, turn ±1)`,
    `  false alarms        ${report.cleanFlagged}/${report.clean} clean calls flagged ${pct(report.cleanFlagged, report.clean)}; ${report.cleanFailed} failed`,
    `  simulator flag      ${report.simulatorAgree}/${report.calls} ${pct(report.simulatorAgree, report.calls)} agree on whether the customer misbehaved`,
    header,
    ...kindRows(report.kinds),
    ...(report.simulatorKinds.some((s) => s.labelled > 0 || s.extra > 0) ? ["  simulator:", ...kindRows(report.simulatorKinds)] : []),
  ];
  return `${lines.join("\n")}\n`;
}
