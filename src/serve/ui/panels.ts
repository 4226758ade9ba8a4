// The side panels of a call: the script (current step highlighted, delivered steps ticked), the
// knowledge-base entries used, the identity state and the outcome as it fills in. All call text is text.
import { html } from "htm/preact";
import type { Translate } from "./i18n.js";
import { currentStep, deliveredSteps, kbUse, outcomeOf, type CallModel } from "./call-model.js";

type Jump = (turn: number) => void;

function TurnLink({ turn, jump, t }: { turn: number; jump: Jump; t: Translate }) {
  return html`<a href="#" class="turn-link" data-turn=${turn} onClick=${(e: Event) => { e.preventDefault(); jump(turn); }}>${t("turn")} ${turn}</a>`;
}

export function ScriptPanel({ model, t }: { model: CallModel; t: Translate }) {
  const scenario = model.meta?.scenario;
  if (scenario === undefined) return null;
  const done = deliveredSteps(model);
  const current = currentStep(model);
  return html`<section class="panel" data-testid="script-panel" lang=${scenario.language}>
    <h3>${t("script")}</h3>
    <ol class="steps">
      ${scenario.steps.map((step) => html`<li data-step=${step.index} class=${[done.has(step.index) ? "done" : "", current === step.index ? "current" : ""].join(" ")}>
        <span class="tick">${done.has(step.index) ? "✓" : current === step.index ? "▶" : "○"}</span>
        <strong>${step.title}</strong>
        ${step.lines.slice(0, 2).map((line) => html`<div class="sample">${line}</div>`)}
      </li>`)}
    </ol>
  </section>`;
}

export function KbPanel({ model, jump, t }: { model: CallModel; jump: Jump; t: Translate }) {
  const scenario = model.meta?.scenario;
  if (scenario === undefined) return null;
  const used = kbUse(model);
  return html`<section class="panel" data-testid="kb-panel" lang=${scenario.language}>
    <h3>${t("kbUsed")}</h3>
    ${used.size === 0 ? html`<p class="muted">${t("nothingYet")}</p>` : null}
    ${[...used.entries()].map(([entry, turns]) => {
      const kb = scenario.knowledgeBase[entry];
      return kb === undefined ? null : html`<div class="kb"><div class="q">${kb.question}</div><div class="a">${kb.answer}</div>
        <div>${turns.map((turn) => html`<${TurnLink} turn=${turn} jump=${jump} t=${t} /> `)}</div></div>`;
    })}
  </section>`;
}

export function OutcomePanel({ model, jump, t }: { model: CallModel; jump: Jump; t: Translate }) {
  const outcome = outcomeOf(model);
  const identity = outcome?.identityConfirmed ?? null;
  const identityText = identity === true ? t("identityYes") : identity === false ? t("identityNo") : t("identityUnknown");
  const list = (title: string, items: { turn: number; text: string; note?: string }[]) => html`<div class="outcome-part"><h4>${title}</h4>
    ${items.length === 0 ? html`<p class="muted">${t("nothingYet")}</p>` : html`<ul>${items.map((item) => html`<li>${item.text} ${item.note === undefined ? null : html`<em>(${item.note})</em>`} <${TurnLink} turn=${item.turn} jump=${jump} t=${t} /></li>`)}</ul>`}</div>`;
  return html`<section class="panel" data-testid="outcome-panel" lang=${model.meta?.scenario.language ?? "en"}>
    <h3>${t("identity")}</h3>
    <p data-testid="identity" class=${identity === true ? "ok" : identity === false ? "bad" : "muted"}>${identityText}</p>
    <h3>${t("outcome")}</h3>
    ${outcome === null ? html`<p class="muted">${t("nothingYet")}</p>` : html`
      ${list(t("answers"), outcome.stepAnswers.map((a) => ({ turn: a.turn, text: a.answer, note: `${t("fromStep")} ${a.step}` })))}
      ${list(t("questions"), outcome.questions.map((q) => ({ turn: q.turn, text: q.text, note: q.answered ? t("answered") : t("unanswered") })))}
      ${list(t("complaints"), outcome.complaints)}
      ${list(t("suggestions"), outcome.suggestions)}
      ${outcome.followUp === null ? null : list(t("followUp"), [{ turn: outcome.followUp.turn, text: `${outcome.followUp.channel}${outcome.followUp.contact === null ? "" : `: ${outcome.followUp.contact}`}` }])}`}
  </section>`;
}
