// Choosing a seat: rule, a person in the browser, a model (provider:model) or an outside agent's URL; the
// result is the seat spec the server accepts ("rule", "human", "llm:PROVIDER:MODEL", "http:URL").
import { html } from "htm/preact";
import { useState } from "preact/hooks";
import type { Translate } from "./i18n.js";

type Kind = "rule" | "human" | "llm" | "http";

export function specOf(kind: Kind, detail: string): string {
  return kind === "llm" ? `llm:${detail.trim()}` : kind === "http" ? `http:${detail.trim()}` : kind;
}

export function SeatPicker({ label, testid, value, onChange, allowHuman, t }: { label: string; testid: string; value: string; onChange: (spec: string) => void; allowHuman: boolean; t: Translate }) {
  const initial = (value.split(":")[0] ?? "rule") as Kind;
  const [kind, setKind] = useState<Kind>(initial);
  const [detail, setDetail] = useState(value.includes(":") ? value.slice(value.indexOf(":") + 1) : "");
  const update = (k: Kind, d: string) => {
    setKind(k);
    setDetail(d);
    onChange(specOf(k, d));
  };
  return html`<label class="seat">${label}
    <select data-testid=${testid} value=${kind} onChange=${(e: Event) => update((e.target as HTMLSelectElement).value as Kind, detail)}>
      <option value="rule">${t("seatRule")}</option>
      ${allowHuman ? html`<option value="human">${t("seatHuman")}</option>` : null}
      <option value="llm">${t("seatLlm")}</option>
      <option value="http">${t("seatAgent")}</option>
    </select>
    ${kind === "llm" || kind === "http" ? html`<input placeholder=${kind === "llm" ? "deepseek:deepseek-chat" : "http://127.0.0.1:8000/v1"} value=${detail} onInput=${(e: Event) => update(kind, (e.target as HTMLInputElement).value)} />` : null}
  </label>`;
}
