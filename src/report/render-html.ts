// Renders report.html: one self-contained file with the data, Chart.js and the viewer script inlined.
import { chartJsSource } from "./chart-source.js";
import { CLIENT_SCRIPT } from "./client-script.js";
import type { ReportData } from "./report-data.js";
import { REPORT_CSS } from "./styles.js";

/** JSON safe inside a <script> element: no "</script", no HTML comment openers, no JS line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function renderReportHtml(data: ReportData, title = "callsim report"): string {
  const languages = new Set(Object.values(data.scenarios).map((scenario) => scenario.language));
  const lang = languages.size === 1 && languages.has("en") ? "en" : "zh";
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    `<header><h1>${escapeHtml(title)}</h1><div id="totals" class="stats"></div></header>`,
    "<main>",
    '<div id="notice"></div>',
    '<section class="card-block" id="overview"><h2>Overview</h2><div class="tables"><div id="seats-table"></div>',
    '<div class="chart"><h3>pass^k over seeds (share of scenarios whose k runs all pass)</h3><div class="canvas-box"><canvas id="overall-passk"></canvas></div></div></div></section>',
    '<nav id="toc"></nav>',
    '<div id="groups"></div>',
    "</main>",
    '<aside id="viewer" aria-label="call viewer"></aside>',
    `<script id="report-data" type="application/json">${jsonForScript(data)}</script>`,
    `<script>${chartJsSource()}</script>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
