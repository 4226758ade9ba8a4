// Rules against a model judge over a batch: how often their pass/fail verdicts agree, and per fault kind the calls
// both flagged, only the rules flagged, or only the judge flagged (the same kind ids on both sides).
import type { JudgeVerdict } from "./types.js";

/** What the rules said of a call: their verdict, the kinds of their failed checks, a misbehaving customer. */
export interface RulesReading {
  verdict: boolean;
  faultKinds: readonly string[];
  simulatorFault: boolean;
}

export interface KindAgreement {
  kind: string;
  both: number;
  rulesOnly: number;
  judgeOnly: number;
}

export interface JudgeComparison {
  /** Judge models seen (normally one). */
  models: string[];
  /** Calls that carry a judge verdict. */
  judged: number;
  /** Of those, calls whose pass/fail is the same for the rules (the scorecard's verdict) and the judge. */
  agree: number;
  rulesPassJudgeFail: number;
  rulesFailJudgePass: number;
  /** Caller fault kinds either side reported, most disagreements first. */
  kinds: KindAgreement[];
  /** Calls whose simulated customer misbehaved according to either side. */
  simulator: Omit<KindAgreement, "kind">;
}

/** Counts per kind and per call, never the calls themselves: constant memory however large the batch. */
export class JudgeTally {
  private readonly models = new Set<string>();
  private judged = 0;
  private agree = 0;
  private rulesPassJudgeFail = 0;
  private rulesFailJudgePass = 0;
  private readonly kinds = new Map<string, KindAgreement>();
  private readonly simulator = { both: 0, rulesOnly: 0, judgeOnly: 0 };

  add(rules: RulesReading, judge: JudgeVerdict): void {
    this.models.add(judge.model);
    this.judged++;
    if (rules.verdict === judge.passed) this.agree++;
    else if (rules.verdict) this.rulesPassJudgeFail++;
    else this.rulesFailJudgePass++;
    const ruleKinds = new Set(rules.faultKinds);
    const judgeKinds = new Set(judge.faults.map((fault) => fault.kind));
    for (const kind of new Set([...ruleKinds, ...judgeKinds])) {
      const stat = this.kinds.get(kind) ?? { kind, both: 0, rulesOnly: 0, judgeOnly: 0 };
      stat[ruleKinds.has(kind) ? (judgeKinds.has(kind) ? "both" : "rulesOnly") : "judgeOnly"]++;
      this.kinds.set(kind, stat);
    }
    const byRules = rules.simulatorFault;
    const byJudge = judge.simulatorFaults.length > 0;
    if (byRules || byJudge) this.simulator[byRules ? (byJudge ? "both" : "rulesOnly") : "judgeOnly"]++;
  }

  /** Adds another tally (groups into the batch total). */
  merge(other: JudgeComparison): void {
    for (const model of other.models) this.models.add(model);
    this.judged += other.judged;
    this.agree += other.agree;
    this.rulesPassJudgeFail += other.rulesPassJudgeFail;
    this.rulesFailJudgePass += other.rulesFailJudgePass;
    for (const stat of other.kinds) {
      const mine = this.kinds.get(stat.kind) ?? { kind: stat.kind, both: 0, rulesOnly: 0, judgeOnly: 0 };
      mine.both += stat.both;
      mine.rulesOnly += stat.rulesOnly;
      mine.judgeOnly += stat.judgeOnly;
      this.kinds.set(stat.kind, mine);
    }
    this.simulator.both += other.simulator.both;
    this.simulator.rulesOnly += other.simulator.rulesOnly;
    this.simulator.judgeOnly += other.simulator.judgeOnly;
  }

  /** null when no call was judged (a batch without --judge). */
  result(): JudgeComparison | null {
    if (this.judged === 0) return null;
    const disagreements = (stat: KindAgreement): number => stat.rulesOnly + stat.judgeOnly;
    return {
      models: [...this.models].sort(),
      judged: this.judged,
      agree: this.agree,
      rulesPassJudgeFail: this.rulesPassJudgeFail,
      rulesFailJudgePass: this.rulesFailJudgePass,
      kinds: [...this.kinds.values()].sort((a, b) => disagreements(b) - disagreements(a) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)),
      simulator: { ...this.simulator },
    };
  }
}
