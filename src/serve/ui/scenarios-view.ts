// Scenarios: the examples and the uploaded or pasted documents; an editor whose diagnostics are read live
// and linked to their lines; what the reader found; and the form that starts a call on the chosen document.
import { html } from "htm/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { ParseReport, ScenarioEntry } from "../scenario-store.js";
import { api } from "./api.js";
import type { Translate } from "./i18n.js";
import { SeatPicker } from "./seat-picker.js";

const CHECK_DELAY_MS = 350;

function Status({ report, t }: { report: ParseReport; t: Translate }) {
  if (report.error !== null) return html`<span class="bad">${t("readError")}</span>`;
  const warnings = report.diagnostics.filter((d) => d.severity === "warning").length;
  return html`<span class="ok">${t("readOk")}${warnings === 0 ? "" : ` · ${warnings} ${t("warnings")}`}</span>`;
}

/** Every problem of the document, each linked to its line in the numbered view. */
function Diagnostics({ report, text, onLine, t }: { report: ParseReport; text: string; onLine: (line: number) => void; t: Translate }) {
  const problems = [...(report.error === null ? [] : [{ severity: "error" as const, message: report.error.message, line: report.error.line }]), ...report.diagnostics];
  const byLine = new Map<number, string[]>();
  for (const p of problems) if (p.line !== null) byLine.set(p.line, [...(byLine.get(p.line) ?? []), `${p.severity}: ${p.message}`]);
  const lines = text.split(/\r?\n/);
  return html`<div class="diagnostics">
    <ul data-testid="diagnostics">
      ${problems.map((p) => html`<li class=${p.severity}>
        ${p.line === null ? null : html`<a href="#" data-line=${p.line} onClick=${(e: Event) => { e.preventDefault(); onLine(p.line as number); }}>${t("line")} ${p.line}</a> `}
        <span class="sev">${p.severity}</span> ${p.message}</li>`)}
    </ul>
    <ol class="doc-lines" data-testid="doc-lines">
      ${lines.map((line, i) => {
        const notes = byLine.get(i + 1);
        return html`<li id=${`line-${i + 1}`} data-line=${i + 1} class=${notes === undefined ? "" : "flagged"}><span class="no">${i + 1}</span><span class="src">${line}</span>
          ${notes === undefined ? null : notes.map((n) => html`<div class="note">${n}</div>`)}</li>`;
      })}
    </ol>
  </div>`;
}

function WhatWasRead({ report, onLine, t }: { report: ParseReport; onLine: (line: number) => void; t: Translate }) {
  const brief = report.brief;
  if (brief === null) return null;
  return html`<details class="explain" lang=${brief.language}><summary>${t("whatWasRead")}: ${brief.callerName} → ${brief.calleeName} · ${brief.steps.length} ${t("steps")} · ${brief.knowledgeBase.length} ${t("kb")}</summary>
    <h4>${t("steps")}</h4><ol>${brief.steps.map((s) => html`<li><strong>${s.title}</strong>${s.lines.map((l) => html`<div class="sample">${l}</div>`)}</li>`)}</ol>
    <h4>${t("kb")}</h4><ol>${brief.knowledgeBase.map((k) => html`<li><div class="q">${k.question}</div><div class="a">${k.answer}</div></li>`)}</ol>
    <h4>${t("endConditions")}</h4><ul>${[...brief.endConditions.caller, ...brief.endConditions.callee].map((c) => html`<li>${c}</li>`)}</ul>
    ${report.decisions.length === 0 ? null : html`<h4>${t("readWhere")}</h4><ul data-testid="decisions">${report.decisions.map((d) => html`<li><strong>${d.field}</strong> — ${d.evidence}
      ${d.lines[0] === undefined ? null : html` <a href="#" data-line=${d.lines[0]} onClick=${(e: Event) => { e.preventDefault(); onLine(d.lines[0] as number); }}>${t("line")} ${d.lines[0]}${d.lines[1] === undefined ? "" : `–${d.lines[1]}`}</a>`}</li>`)}</ul>`}
  </details>`;
}

function StartForm({ entry, t }: { entry: ParseReport; t: Translate }) {
  const [caller, setCaller] = useState("rule");
  const [callee, setCallee] = useState("rule");
  const [seed, setSeed] = useState(1);
  const [speed, setSpeed] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const start = () => {
    if (entry.ref === null) return;
    api.startCall({ scenario: entry.ref, mode: "watch", caller, callee, seed, speed }).then(({ id }) => { location.hash = `#/call/${id}`; }, (e: Error) => setError(e.message));
  };
  return html`<section class="panel start" data-testid="start-form">
    <h3>${t("startCall")}</h3>
    <${SeatPicker} label=${t("callerSeat")} testid="caller-seat" value=${caller} onChange=${setCaller} allowHuman=${true} t=${t} />
    <${SeatPicker} label=${t("calleeSeat")} testid="callee-seat" value=${callee} onChange=${setCallee} allowHuman=${true} t=${t} />
    <label>${t("seed")} <input type="number" min="0" value=${seed} onInput=${(e: Event) => setSeed(Number((e.target as HTMLInputElement).value))} /></label>
    <label>${t("speed")} <select data-testid="speed" value=${String(speed)} onChange=${(e: Event) => setSpeed(Number((e.target as HTMLSelectElement).value))}>
      <option value="1">${t("speedReal")}</option><option value="4">${t("speedFast")}</option><option value="0">${t("speedInstant")}</option></select></label>
    <button data-testid="start" onClick=${start}>${t("start")}</button>
    ${error === null ? null : html`<p class="error">${error}</p>`}
  </section>`;
}

export function ScenariosView({ t }: { t: Translate }) {
  const [entries, setEntries] = useState<ScenarioEntry[]>([]);
  const [name, setName] = useState("");
  const [text, setText] = useState("");
  const [report, setReport] = useState<ParseReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refresh = () => api.scenarios().then(setEntries, (e: Error) => setError(e.message));
  useEffect(() => { void refresh(); }, []);

  const open = (entry: ScenarioEntry) => {
    setName(entry.name);
    setReport(entry);
    void api.scenarioText(entry.ref).then(setText);
  };
  const edit = (value: string) => {
    setText(value);
    if (timer.current !== null) clearTimeout(timer.current);
    const file = name.trim() || "pasted.md";
    timer.current = setTimeout(() => api.check(file, value).then((r) => setReport({ ...r, ref: null }), (e: Error) => setError(e.message)), CHECK_DELAY_MS);
  };
  const save = () => api.save(name.trim() || "pasted.md", text).then((r) => { setReport(r); setName(r.name); void refresh(); }, (e: Error) => setError(e.message));
  const upload = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    try {
      const saved = await api.save(file.name, await file.arrayBuffer());
      setName(saved.name);
      setReport(saved);
      setText(saved.ref === null ? "" : await api.scenarioText(saved.ref));
      void refresh();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const goToLine = (line: number) => {
    document.getElementById(`line-${line}`)?.scrollIntoView({ block: "center" });
    const area = editor.current;
    if (area === null) return;
    const lines = text.split("\n");
    const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  };

  const group = (source: ScenarioEntry["source"], title: string) => html`<h4>${title}</h4><ul class="scenario-list">
    ${entries.filter((e) => e.source === source).map((e) => html`<li><a href="#" data-ref=${e.ref} onClick=${(ev: Event) => { ev.preventDefault(); open(e); }}>${e.name}</a>
      <div class="small" lang=${e.brief?.language ?? "en"}>${e.brief?.title ?? ""}</div><${Status} report=${e} t=${t} /></li>`)}</ul>`;

  return html`<div class="scenarios">
    <aside class="list">
      ${group("examples", t("examples"))}
      ${group("uploads", t("uploads"))}
      <label class="upload">${t("upload")} <input type="file" data-testid="upload" accept=".md,.markdown,.txt,.json,.yaml,.yml" onChange=${upload} /></label>
      <button onClick=${() => { setName("pasted.md"); setText(""); setReport(null); }}>${t("paste")}</button>
    </aside>
    <section class="editor">
      ${error === null ? null : html`<p class="error">${error}</p>`}
      <label>${t("name")} <input data-testid="doc-name" value=${name} onInput=${(e: Event) => setName((e.target as HTMLInputElement).value)} /></label>
      <button data-testid="save" onClick=${save}>${t("save")}</button>
      ${report?.ref?.startsWith("uploads/") ? html`<button class="danger" onClick=${() => api.remove(report.ref as string).then(refresh)}>${t("remove")}</button>` : null}
      <textarea ref=${editor} data-testid="doc-text" rows="14" spellcheck=${false} placeholder=${t("documentText")} value=${text} onInput=${(e: Event) => edit((e.target as HTMLTextAreaElement).value)}></textarea>
      ${report === null ? null : html`<div data-testid="report"><${Status} report=${report} t=${t} /><${WhatWasRead} report=${report} onLine=${goToLine} t=${t} />
        ${report.error === null && report.ref !== null ? html`<${StartForm} key=${report.ref} entry=${report} t=${t} />` : null}
        <${Diagnostics} report=${report} text=${text} onLine=${goToLine} t=${t} /></div>`}
    </section>
  </div>`;
}
