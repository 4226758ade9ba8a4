// The end of a call: the score, each failing check linked to its turns, the passing ones folded away, and
// (for a practice call) the turns that went wrong with the line the document says should have been used.
import { html } from "htm/preact";
import type { FinishedCall } from "../call-events.js";
import type { Suggestion } from "../coaching.js";
import type { MessageKey, Translate } from "./i18n.js";

type Jump = (turn: number) => void;

const SOURCE_LABEL: Readonly<Record<Suggestion["source"], MessageKey>> = { step: "fromStep", kb: "fromKb", opening: "fromOpening", closing: "fromClosing" };

function turnLinks(turns: readonly number[], jump: Jump, t: Translate) {
  return turns.map((turn) => html` <a href="#" class="turn-link" data-turn=${turn} onClick=${(e: Event) => { e.preventDefault(); jump(turn); }}>${t("turn")} ${turn}</a>`);
}

export function ScorecardView({ call, jump, t }: { call: FinishedCall; jump: Jump; t: Translate }) {
  const { scorecard } = call;
  const failing = scorecard.checks.filter((c) => !c.passed);
  const passing = scorecard.checks.filter((c) => c.passed);
  return html`<section class="panel scorecard" data-testid="scorecard">
    <h3>${t("scorecard")}</h3>
    <p class="score"><span data-testid="score">${Math.round(scorecard.score)}</span> / 100
      <span data-testid="verdict" class=${`verdict ${scorecard.passed ? "ok" : "bad"}`}>${scorecard.passed ? t("verdictPassed") : t("verdictFailed")}</span></p>
    <p class="muted small" lang="en">${scorecard.verdict.rule}</p>
    <h4>${t("failingChecks")} (${failing.length})</h4>
    <ul class="checks">
      ${failing.map((check) => html`<li class="check failed" data-check=${check.id}>
        <span class=${`sev ${check.severity}`}>${check.severity}</span> <strong>${check.id}</strong>: <span>${check.message}</span>${turnLinks(check.turns, jump, t)}
      </li>`)}
    </ul>
    <details><summary>${t("passingChecks")} (${passing.length})</summary>
      <ul class="checks">${passing.map((check) => html`<li class="check passed" data-check=${check.id}><strong>${check.id}</strong>: ${check.message}</li>`)}</ul>
    </details>
    <h4>${t("simulator")}</h4>
    <p data-testid="simulator" class=${scorecard.simulator.simulatorFault ? "bad" : "ok"}>${scorecard.simulator.simulatorFault ? t("simulatorFault") : t("simulatorOk")}</p>
    <ul class="checks">${scorecard.simulator.checks.filter((c) => !c.passed).map((check) => html`<li class="check" data-check=${check.id}>
      <span class=${`sev ${check.severity}`}>${check.severity}</span> <strong>${check.id}</strong>: <span>${check.message}</span>${turnLinks(check.turns, jump, t)}</li>`)}</ul>
    ${call.coaching.length === 0 ? null : html`<h4>${t("coaching")}</h4>
      <ol class="coaching" data-testid="coaching" lang=${call.meta.scenario.language}>
        ${call.coaching.map((note) => html`<li data-turn=${note.turn}>
          <div>${turnLinks([note.turn], jump, t)} · ${note.checks.map((c) => c.id).join(", ")}</div>
          <div><span class="label">${t("youSaid")}:</span> <q>${note.said}</q></div>
          ${note.suggestion === null ? null : html`<div class="better"><span class="label">${t("shouldUse")} (${t(SOURCE_LABEL[note.suggestion.source])}${note.suggestion.source === "step" ? ` ${note.suggestion.index}` : note.suggestion.source === "kb" ? ` ${(note.suggestion.index ?? 0) + 1}` : ""}):</span> <q>${note.suggestion.text}</q></div>`}
        </li>`)}
      </ol>`}
  </section>`;
}
