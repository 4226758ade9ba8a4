// The checks every reading passes, whatever it came from (Markdown, JSON/YAML, a platform export): a caller side,
// a script or an opening, a callee (or a default persona with a warning), and the zod schema.

import { systemError, userError, type ErrorLocation } from "../errors.js";
import { Scenario } from "../schema/scenario.js";
import type { Draft } from "./read-markdown.js";
import type { Decision } from "./trace.js";

export interface Reading {
  scenario: Scenario;
  decisions: Decision[];
}

const NO_CALLER = "no caller side found: expected a caller heading (拨打方 / Caller) or caller sections (角色, 分步流程, 开场白 / Role, Steps, Opening line); a persona alone is given with --persona";

export function finishDraft(draft: Draft, where: ErrorLocation): Reading {
  const s = draft.scenario;
  const c = s.caller;
  if (!draft.hasCaller) throw userError("no-caller-side", NO_CALLER, { ...where, line: 1 });
  if (c.steps.length === 0 && c.opening === null) {
    throw userError("no-script", "the caller side has neither steps (分步流程 / Steps) nor an opening line (开场白 / Opening line); a persona alone is given with --persona", { ...where, line: draft.callerLine });
  }
  if (!draft.hasCallee) {
    s.diagnostics.push({ severity: "warning", message: "no callee side found (接听方 / Callee); a default persona is built from the caller's customer profile (give --persona FILE)", line: null });
    draft.decisions.push({ field: "callee", lines: [], evidence: `default persona from ${c.customerProfile.length} customer-profile line(s)` });
  }
  const checked = Scenario.safeParse(s);
  if (!checked.success) throw systemError("scenario-shape", `the reader built an invalid Scenario: ${checked.error.message}`);
  return { scenario: checked.data, decisions: draft.decisions };
}
