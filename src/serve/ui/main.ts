// The console's shell: navigation by the URL hash (a reload keeps the page, and a call page reconnects to
// its call), the interface language switch, and the views.
import { html, render } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { initialLang, LANGS, saveLang, translator, type Lang } from "./i18n.js";
import { ScenariosView } from "./scenarios-view.js";
import { CallView } from "./call-view.js";
import { PracticeView } from "./practice-view.js";
import { CallsView } from "./calls-view.js";
import { RunsView } from "./runs-view.js";

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const update = (): void => setHash(location.hash);
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return hash;
}

const NAV = [
  ["#/scenarios", "navScenarios"],
  ["#/practice", "navPractice"],
  ["#/calls", "navCalls"],
  ["#/runs", "navRuns"],
] as const;

function App() {
  const [lang, setLang] = useState<Lang>(initialLang());
  const hash = useHash();
  const t = translator(lang);
  useEffect(() => saveLang(lang), [lang]);
  const parts = hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  const page = parts[0] ?? "";
  let view;
  if (page === "call" && parts[1]) view = html`<${CallView} key=${parts[1]} t=${t} source=${{ kind: "live", id: parts[1] }} />`;
  else if (page === "practice") view = html`<${PracticeView} t=${t} />`;
  else if (page === "calls") view = html`<${CallsView} t=${t} />`;
  else if (page === "runs" && parts[1] && parts[2]) view = html`<${CallView} key=${hash} t=${t} source=${{ kind: "run", name: parts[1], key: parts.slice(2).join("/") }} />`;
  else if (page === "runs") view = html`<${RunsView} key=${parts[1] ?? ""} t=${t} name=${parts[1] ?? null} />`;
  else view = html`<${ScenariosView} t=${t} />`;
  const current = `#/${page || "scenarios"}`;
  return html`
    <header class="top">
      <strong>${t("appTitle")}</strong>
      <nav>${NAV.map(([href, key]) => html`<a href=${href} class=${current === href || (href === "#/calls" && page === "call") ? "active" : ""}>${t(key)}</a>`)}</nav>
      <label class="lang">${t("language")}
        <select data-testid="lang" value=${lang} onChange=${(e: Event) => setLang((e.target as HTMLSelectElement).value as Lang)}>
          ${LANGS.map((l) => html`<option value=${l}>${l === "zh" ? "中文" : "English"}</option>`)}
        </select>
      </label>
    </header>
    <main>${view}</main>`;
}

const root = document.getElementById("app");
if (root !== null) render(html`<${App} />`, root);
