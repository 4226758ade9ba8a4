// Identity by a datum checked in a later step: a script whose check of a datum the record holds ("请对方报一下登记的
// 邮编核对", "have the client state the last four digits on file") comes after a step that already says something of the customer's
// has it asked right after the yes: identity is not confirmed until the datum matches, and nothing of the record is
// said before it. The step itself is then passed over where the script has it (asked once, not twice).
import type { LanguagePack } from "../../lang/index.js";
import type { Step } from "../../schema/index.js";
import { askedData, asksForDataAtIdentity } from "./identity-question.js";
import { statedValues } from "./identity-data.js";
import { requestsData } from "./verify-by-datum.js";

/** The first step after the opening's own that asks to check a datum the record states, with its spoken line; null
 *  when the first step said after the opening is itself the check (the gate already asks it first) or none checks. */
export function laterCheck(lines: readonly string[], steps: readonly Step[], openingStep: number | null, pack: LanguagePack, record: readonly string[]): { step: number; line: string } | null {
  const from = openingStep ?? 0;
  const said = lines.map((line, i) => ({ line, step: i + 1 })).filter(({ line, step }) => step > from && line !== "");
  const at = said.findIndex(({ line, step }) => checksDatum(line, steps[step - 1]?.title ?? "", pack, record));
  return at <= 0 ? null : (said[at] ?? null);
}

/** Does the line ask for a datum of the verification table that the record states, as a check? */
function checksDatum(line: string, title: string, pack: LanguagePack, record: readonly string[]): boolean {
  const asked = askedData(line, pack);
  if (asked === null || !asksForDataAtIdentity(line, pack) || !requestsData(line, { pack })) return false;
  const values = statedValues(asked, record);
  if (values.length === 0) return false;
  // It checks when its line or title says so, or when the record keeps the datum as the check ("check: …").
  const { checksData } = pack.document;
  return checksData.test(line) || checksData.test(title) || record.some((text) => checksData.test(text) && values.some((value) => text.includes(value)));
}
