// Trainee mode: pick a customer (a scenario's persona) and a difficulty, play the caller, and see your
// attempts and scores over time (kept by the server in SQLite), exportable as CSV or JSON.
import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import type { Attempt } from "../attempts.js";
import type { ScenarioEntry } from "../scenario-store.js";
import { api } from "./api.js";
import type { MessageKey, Translate } from "./i18n.js";
import { SeatPicker } from "./seat-picker.js";

const NAME_KEY = "callsim.trainee";
const LEVELS: readonly MessageKey[] = ["easy", "normal", "hard"];

/** Scores over time as a small line chart (SVG, no script libraries). */
function ScoreLine({ attempts }: { attempts: Attempt[] }) {
  if (attempts.length < 2) return null;
  const width = 320;
  const height = 80;
  const step = width / (attempts.length - 1);
  const points = attempts.map((a, i) => `${(i * step).toFixed(1)},${(height - (a.score / 100) * height).toFixed(1)}`).join(" ");
  return html`<svg class="scoreline" viewBox=${`0 0 ${width} ${height}`} width=${width} height=${height} role="img"><polyline points=${points} fill="none" stroke="currentColor" stroke-width="2" /></svg>`;
}

export function PracticeView({ t }: { t: Translate }) {
  const [trainee, setTrainee] = useState(localStorage.getItem(NAME_KEY) ?? "");
  const [entries, setEntries] = useState<ScenarioEntry[]>([]);
  const [scenario, setScenario] = useState("");
  const [difficulty, setDifficulty] = useState("normal");
  const [callee, setCallee] = useState("rule");
  // A new customer each attempt by default; a seed typed here replays the same customer.
  const [seed, setSeed] = useState(() => Math.floor(Math.random() * 1_000_000));
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.scenarios().then((list) => {
      const usable = list.filter((e) => e.error === null);
      setEntries(usable);
      setScenario((current) => current || usable[0]?.ref || "");
    });
  }, []);
  useEffect(() => {
    localStorage.setItem(NAME_KEY, trainee);
    if (trainee.trim() !== "") void api.attempts(trainee.trim()).then(setAttempts);
  }, [trainee]);
  const start = () => {
    api.startCall({ scenario, mode: "trainee", caller: "human", callee, seed, speed: 1, trainee, difficulty })
      .then(({ id }) => { location.hash = `#/call/${id}`; }, (e: Error) => setError(e.message));
  };
  const query = `?trainee=${encodeURIComponent(trainee.trim())}`;
  return html`<div class="practice">
    <section class="panel">
      <h2>${t("practiceTitle")}</h2>
      <p class="muted">${t("practiceIntro")}</p>
      <label>${t("traineeName")} <input data-testid="trainee" value=${trainee} onInput=${(e: Event) => setTrainee((e.target as HTMLInputElement).value)} /></label>
      <label>${t("persona")} <select data-testid="persona" value=${scenario} onChange=${(e: Event) => setScenario((e.target as HTMLSelectElement).value)}>
        ${entries.map((e) => html`<option value=${e.ref}>${e.brief?.calleeName ?? ""} · ${e.brief?.calleeRole ?? ""} (${e.brief?.title ?? e.name})</option>`)}
      </select></label>
      <label>${t("difficulty")} <select data-testid="difficulty" value=${difficulty} onChange=${(e: Event) => setDifficulty((e.target as HTMLSelectElement).value)}>
        ${LEVELS.map((level) => html`<option value=${level}>${t(level)}</option>`)}
      </select></label>
      <label>${t("seed")} <input type="number" min="0" data-testid="practice-seed" value=${seed} onInput=${(e: Event) => setSeed(Number((e.target as HTMLInputElement).value))} /></label>
      <${SeatPicker} label=${t("calleeSeat")} testid="practice-callee" value=${callee} onChange=${setCallee} allowHuman=${false} t=${t} />
      <button data-testid="practice-start" disabled=${trainee.trim() === "" || scenario === ""} onClick=${start}>${t("start")}</button>
      ${error === null ? null : html`<p class="error">${error}</p>`}
    </section>
    <section class="panel">
      <h3>${t("history")}</h3>
      ${attempts.length === 0 ? html`<p class="muted">${t("noAttempts")}</p>` : html`
        <${ScoreLine} attempts=${attempts} />
        <table data-testid="attempts"><thead><tr><th>${t("when")}</th><th>${t("persona")}</th><th>${t("difficulty")}</th><th>${t("score")}</th><th>${t("failingChecks")}</th><th></th></tr></thead>
          <tbody>${attempts.map((a) => html`<tr><td>${a.finishedAt.replace("T", " ").slice(0, 16)}</td><td>${a.scenario}</td><td>${a.difficulty}</td>
            <td class=${a.passed ? "ok" : "bad"}>${Math.round(a.score)}</td><td>${a.failedChecks.join(", ")}</td><td><a href=${`#/call/${a.callId}`}>${t("open")}</a></td></tr>`)}</tbody></table>`}
      <p><a href=${`/api/attempts.csv${query}`} download>${t("exportCsv")}</a> · <a href=${`/api/attempts.json${query}`} download>${t("exportJson")}</a></p>
    </section>
  </div>`;
}
