// Batch runs: the directories under the runs folder, one run's summary and its calls with their failing
// checks, filtered by a failing check or an ending; a call opens in the call view.
import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import type { RunEntry, RunView } from "../runs.js";
import { api } from "./api.js";
import type { Translate } from "./i18n.js";

/** A group's scores in ten buckets (0-9 … 90-100) as bars. */
function Histogram({ buckets }: { buckets: number[] }) {
  const most = Math.max(1, ...buckets);
  return html`<svg class="histogram" viewBox="0 0 200 60" width="200" height="60" role="img">
    ${buckets.map((count, i) => html`<rect x=${i * 20 + 1} y=${60 - (count / most) * 58} width="18" height=${(count / most) * 58}><title>${i * 10}-${i * 10 + 9}: ${count}</title></rect>`)}
  </svg>`;
}

function RunList({ t }: { t: Translate }) {
  const [runs, setRuns] = useState<RunEntry[] | null>(null);
  useEffect(() => { void api.runs().then(setRuns); }, []);
  if (runs === null) return html`<p class="muted">…</p>`;
  if (runs.length === 0) return html`<p class="muted">${t("noRuns")}</p>`;
  return html`<table data-testid="runs"><thead><tr><th>${t("runs")}</th><th>${t("calls")}</th><th>${t("passed")}</th><th>${t("meanScore")}</th></tr></thead>
    <tbody>${runs.map((r) => html`<tr><td><a href=${`#/runs/${encodeURIComponent(r.name)}`}>${r.name}</a></td><td>${r.calls ?? "?"}</td><td>${r.passed ?? "?"}</td><td>${r.meanScore === null ? "?" : r.meanScore.toFixed(1)}</td></tr>`)}</tbody></table>`;
}

function Run({ name, t }: { name: string; t: Translate }) {
  const [check, setCheck] = useState("");
  const [end, setEnd] = useState("");
  const [view, setView] = useState<RunView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { api.run(name, check, end).then(setView, (e: Error) => setError(e.message)); }, [check, end]);
  if (error !== null) return html`<p class="error">${error}</p>`;
  if (view === null) return html`<p class="muted">…</p>`;
  const summary = view.summary;
  return html`<div data-testid="run">
    <h2>${name}</h2>
    ${summary === null ? null : html`<p>${t("calls")}: ${summary.calls} · ${t("passed")}: ${summary.passed} · ${t("meanScore")}: ${summary.meanScore.toFixed(1)}
        · <a href=${`/api/runs/${encodeURIComponent(name)}/report.html`} target="_blank" rel="noopener">${t("fullReport")}</a></p>
      <div class="histograms">${summary.groups.map((g) => html`<figure><${Histogram} buckets=${g.scoreHistogram} /><figcaption>${g.scenario} · ${g.caller}/${g.callee}</figcaption></figure>`)}</div>
      <table class="groups"><thead><tr><th>scenario</th><th>caller</th><th>callee</th><th>${t("calls")}</th><th>${t("passed")}</th><th>${t("meanScore")}</th><th>${t("failingChecks")}</th></tr></thead>
        <tbody>${summary.groups.map((g) => html`<tr><td>${g.scenario}</td><td>${g.caller}</td><td>${g.callee}</td><td>${g.calls}</td><td>${g.passed}</td><td>${g.meanScore.toFixed(1)}</td>
          <td>${g.failedChecks.map((f) => `${f.id} ×${f.count}`).join(", ")}</td></tr>`)}</tbody></table>`}
    <div class="filters">
      <label>${t("filterCheck")} <select data-testid="filter-check" value=${check} onChange=${(e: Event) => setCheck((e.target as HTMLSelectElement).value)}>
        <option value="">${t("all")}</option>${view.checks.map((c) => html`<option value=${c}>${c}</option>`)}</select></label>
      <label>${t("filterEnd")} <select data-testid="filter-end" value=${end} onChange=${(e: Event) => setEnd((e.target as HTMLSelectElement).value)}>
        <option value="">${t("all")}</option>${view.ends.map((c) => html`<option value=${c}>${c}</option>`)}</select></label>
      <span>${t("showing")} ${view.calls.length} ${t("of")} ${view.matching}</span>
    </div>
    <table data-testid="run-calls"><thead><tr><th>scenario</th><th>${t("seed")}</th><th>caller</th><th>callee</th><th>${t("score")}</th><th>${t("filterEnd")}</th><th>${t("failingChecks")}</th></tr></thead>
      <tbody>${view.calls.map((c) => html`<tr><td><a href=${`#/runs/${encodeURIComponent(name)}/${encodeURIComponent(c.key)}`}>${c.scenario}</a></td><td>${c.seed}</td><td>${c.caller}</td><td>${c.callee}</td>
        <td class=${c.passed ? "ok" : "bad"}>${Math.round(c.score)}</td><td>${c.end}</td><td>${c.failing.join(", ")}</td></tr>`)}</tbody></table>
  </div>`;
}

export function RunsView({ name, t }: { name: string | null; t: Translate }) {
  return html`<section class="panel runs"><h2>${t("runs")}</h2>${name === null ? html`<${RunList} t=${t} />` : html`<${Run} name=${name} t=${t} />`}</section>`;
}
