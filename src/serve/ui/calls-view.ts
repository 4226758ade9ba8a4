// The calls the server knows: running ones and finished ones kept under the data directory.
import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import type { CallMeta } from "../call-events.js";
import { api } from "./api.js";
import type { Translate } from "./i18n.js";

export function CallsView({ t }: { t: Translate }) {
  const [calls, setCalls] = useState<CallMeta[] | null>(null);
  useEffect(() => { void api.calls().then(setCalls); }, []);
  if (calls === null) return html`<p class="muted">…</p>`;
  return html`<section class="panel"><h2>${t("recentCalls")}</h2>
    ${calls.length === 0 ? html`<p class="muted">${t("noCalls")}</p>` : html`<ul class="calls" data-testid="calls">
      ${calls.map((c) => html`<li><a href=${`#/call/${c.id}`}>${c.startedAt.replace("T", " ").slice(0, 19)}</a> · <span lang=${c.scenario.language}>${c.scenario.title ?? c.scenario.id}</span> · ${c.seats.caller} ↔ ${c.seats.callee}${c.trainee === null ? "" : ` · ${c.trainee}`}</li>`)}
    </ul>`}
  </section>`;
}
