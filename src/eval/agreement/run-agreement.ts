// Score every labelled call of a file or folder with one judge (the rules by default) and measure agreement,
// per group (dev, heldout) and over all of them.
import { evaluateCall } from "../evaluate-call.js";
import { agreement, judgementOf, type AgreementReport, type Judgement } from "./agreement.js";
import { loadLabels, type LoadedLabel, type LoadOptions } from "./load-labels.js";

export type LabelJudge = (item: LoadedLabel) => Judgement | Promise<Judgement>;

export const ruleJudge: LabelJudge = (item) => judgementOf(evaluateCall(item.scenario, item.call));

export interface AgreementRun {
  /** One report per group, then "all" when there is more than one group. */
  reports: AgreementReport[];
  items: { item: LoadedLabel; judgement: Judgement }[];
}

export async function runAgreement(path: string, judge: LabelJudge = ruleJudge, options: LoadOptions = {}): Promise<AgreementRun> {
  const loaded = await loadLabels(path, options);
  const items: AgreementRun["items"] = [];
  for (const item of loaded) items.push({ item, judgement: await judge(item) });
  const groups = [...new Set(items.map((i) => i.item.group))];
  const of = (list: typeof items) => list.map(({ item, judgement }) => ({ label: item.label, judgement }));
  const reports = groups.map((group) => agreement(group, of(items.filter((i) => i.item.group === group))));
  if (groups.length > 1) reports.push(agreement("all", of(items)));
  return { reports, items };
}
