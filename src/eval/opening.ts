// `opening`: the caller's first words carry the opening (or its substance): who is calling, from where, why,
// and, where the script's opening says so, that the call is not marketing. Real calls often start with
// "喂？" / "Hello?" from the customer and a greeting, so the opening window is the caller's first two turns.
import type { Check } from "../schema/index.js";
import { NAMED_INTRO, PURPOSE, SELF_INTRO } from "./cues.js";
import { mentionsName, mentionsOrganization } from "./names.js";
import { notMarketingPhrase } from "./marketing.js";
import { bestLine, sentences } from "./segments.js";
import { THRESHOLDS } from "./thresholds.js";
import { turnList, type EvalContext } from "./context.js";
import { round } from "./steps.js";

const OPENING_TURNS = 2;

export function openingCheck(ctx: EvalContext): Check {
  const caller = ctx.scenario.caller;
  const window = ctx.callerTurns.slice(0, OPENING_TURNS);
  if (window.length === 0) {
    return { id: "opening", passed: false, severity: "major", message: "the caller never spoke", turns: [] };
  }
  const text = window.map((t) => t.text).join(" ");
  const scripted = [
    ...(caller.opening === null ? [] : sentences(caller.opening)),
    ...(caller.steps[0]?.lines ?? []),
  ];
  const substance = scripted.length === 0 ? 0 : Math.max(...sentences(text).map((s) => bestLine(s, scripted).score), bestLine(text, scripted).score);
  const saysName = mentionsName(text, caller.name);
  const saysOrganization = caller.organization !== null && mentionsOrganization(text, caller.organization);
  // "我是…" / "This is…" / "It's Jamie from…", or a name with its organisation ("Sam Lee from Acme", "示例公司钱进").
  const introduced = (saysName || saysOrganization) && (SELF_INTRO.test(text) || NAMED_INTRO.test(text) || (saysName && saysOrganization));
  const purpose = PURPOSE.test(text) || substance >= THRESHOLDS.opening;
  const mustSayNotMarketing = notMarketingPhrase(scripted) !== null;
  const saidNotMarketing = notMarketingPhrase([text]) !== null;
  const missing = [
    ...(introduced ? [] : ["introduce the caller (name or organisation)"]),
    ...(purpose ? [] : ["state the purpose of the call"]),
    ...(mustSayNotMarketing && !saidNotMarketing ? ["say the call is not marketing"] : []),
  ];
  return {
    id: "opening",
    passed: missing.length === 0,
    severity: "major",
    message: missing.length === 0 ? `opening delivered (match ${round(substance)})` : `opening missed: ${missing.join("; ")}`,
    turns: turnList(window.map((t) => t.index)),
    details: { similarity: round(substance), introduced, purpose, notMarketingRequired: mustSayNotMarketing, saidNotMarketing },
  };
}
