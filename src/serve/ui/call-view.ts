// A call page: the transcript as it streams in (or a finished call from disk or a batch), the person's
// input when they hold a seat, the side panels and, at the end, the scorecard.
import { html } from "htm/preact";
import { useEffect, useReducer, useRef, useState } from "preact/hooks";
import type { Speaker } from "../../schema/index.js";
import type { CallEvent } from "../call-events.js";
import { api } from "./api.js";
import type { Translate } from "./i18n.js";
import { EMPTY, reduce, type CallModel } from "./call-model.js";
import { KbPanel, OutcomePanel, ScriptPanel } from "./panels.js";
import { ScorecardView } from "./scorecard-view.js";
import { listen, speechAvailable } from "./speech.js";

export type CallSource = { kind: "live"; id: string } | { kind: "run"; name: string; key: string };

function useCall(source: CallSource): [CallModel, boolean] {
  const [model, dispatch] = useReducer(reduce, EMPTY);
  const [lost, setLost] = useState(false);
  useEffect(() => {
    if (source.kind === "run") {
      void api.runCall(source.name, source.key).then((call) => {
        dispatch({ type: "meta", meta: call.meta });
        dispatch({ type: "end", call });
      });
      return undefined;
    }
    const stream = new EventSource(`/api/calls/${encodeURIComponent(source.id)}/events`);
    stream.onmessage = (message: MessageEvent<string>) => {
      setLost(false);
      const event = JSON.parse(message.data) as CallEvent;
      dispatch(event);
      if (event.type === "end" || event.type === "failed") stream.close();
    };
    stream.onerror = () => setLost(stream.readyState !== EventSource.CLOSED);
    return () => stream.close();
  }, []);
  return [model, lost];
}

function HumanInput({ id, role, waiting, language, t }: { id: string; role: Speaker; waiting: boolean; language: string; t: Translate }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [stopListening, setStopListening] = useState<(() => void) | null>(null);
  const speak = () => {
    if (stopListening !== null) return stopListening();
    const stop = listen(language, setText, () => setStopListening(null));
    setStopListening(() => stop);
  };
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => { if (waiting) input.current?.focus(); }, [waiting]);
  const submit = (e: Event) => {
    e.preventDefault();
    if (text.trim() === "") return;
    api.say(id, role, text).then(() => setText(""), (err: Error) => setError(err.message));
  };
  return html`<form class=${`human ${waiting ? "waiting" : ""}`} data-testid="human-input" onSubmit=${submit}>
    <div class="hint">${waiting ? t("yourTurn") : t("waitingOther")}</div>
    <input ref=${input} data-testid="say" value=${text} placeholder=${t("typeHere")} onInput=${(e: Event) => setText((e.target as HTMLInputElement).value)} />
    ${speechAvailable() ? html`<button type="button" class=${stopListening === null ? "secondary" : "secondary on"} title=${t("speak")} onClick=${speak}>🎤</button>` : null}
    <button type="submit">${t("send")}</button>
    <button type="button" class="danger" data-testid="hang-up" onClick=${() => api.hangUp(id, role).catch((err: Error) => setError(err.message))}>${t("hangUp")}</button>
    ${error === null ? null : html`<div class="error">${error}</div>`}
  </form>`;
}

export function CallView({ source, t }: { source: CallSource; t: Translate }) {
  const [model, lost] = useCall(source);
  const [focus, setFocus] = useState<number | null>(null);
  const bottom = useRef<HTMLDivElement>(null);
  useEffect(() => { if (focus === null) bottom.current?.scrollIntoView({ block: "nearest" }); }, [model.turns.length, model.partial?.text]);
  const jump = (turn: number) => {
    setFocus(turn);
    document.getElementById(`turn-${turn}`)?.scrollIntoView({ block: "center" });
  };
  const { meta } = model;
  if (meta === null) return html`<p class="muted">${lost ? t("connectionLost") : "…"}</p>`;
  const names = { caller: meta.scenario.callerName || "caller", callee: meta.scenario.calleeName || "callee" };
  const humans = (["caller", "callee"] as const).filter((role) => meta.seats[role] === "human");
  const running = model.finished === null && model.failed === null;
  return html`<div class="call" data-testid="call" data-call-id=${meta.id}>
    <div class="call-main">
      <h2 lang=${meta.scenario.language}>${meta.scenario.title ?? meta.scenario.id}</h2>
      <p class="meta">${meta.seats.caller} ↔ ${meta.seats.callee} · ${t("seed")} ${meta.seed}${meta.difficulty === null ? "" : ` · ${t("difficulty")}: ${meta.difficulty}`}
        · <span data-testid="status">${running ? t("callRunning") : t("callEnded")}</span>
        ${running && source.kind === "live" ? html` <button class="small" onClick=${() => api.stop(source.id)}>${t("stop")}</button>` : null}</p>
      ${lost && running ? html`<p class="error">${t("connectionLost")}</p>` : null}
      <ol class="transcript" data-testid="transcript" lang=${meta.scenario.language}>
        ${model.turns.map((turn) => html`<li id=${`turn-${turn.index}`} data-index=${turn.index} class=${`turn ${turn.speaker} ${focus === turn.index ? "focus" : ""}`}>
          <span class="no">#${turn.index}</span> <span class="who">${names[turn.speaker]}</span>
          <span class="time">${(turn.startMs / 1000).toFixed(1)}s</span>
          ${turn.step === null ? null : html`<span class="tag">${t("fromStep")} ${turn.step}</span>`}
          ${turn.kb.map((k) => html`<span class="tag">KB ${k + 1}</span>`)}
          ${turn.interrupted ? html`<span class="tag">${t("interrupted")}</span>` : null}
          <div class="text">${turn.text}</div>
        </li>`)}
        ${model.partial === null ? null : html`<li class=${`turn ${model.partial.speaker} partial`}><span class="who">${names[model.partial.speaker]}</span><div class="text">${model.partial.text}</div></li>`}
      </ol>
      <div ref=${bottom}></div>
      ${running && source.kind === "live" ? humans.map((role) => html`<${HumanInput} id=${source.id} role=${role} waiting=${model.waiting === role} language=${meta.scenario.language} t=${t} />`) : null}
      ${model.failed === null ? null : html`<p class="error">${t("error")}: ${model.failed}</p>`}
      ${model.finished === null ? null : html`<p class="ended" data-testid="ended">${t("endedBy")}: ${model.finished.record.end.by}${model.finished.record.end.condition === null ? "" : ` #${model.finished.record.end.condition}`} — <span lang="en">${model.finished.record.end.reason}</span></p>
        <${ScorecardView} call=${model.finished} jump=${jump} t=${t} />`}
    </div>
    <aside class="side">
      <${ScriptPanel} model=${model} t=${t} />
      <${OutcomePanel} model=${model} jump=${jump} t=${t} />
      <${KbPanel} model=${model} jump=${jump} t=${t} />
    </aside>
  </div>`;
}
