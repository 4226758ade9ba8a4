// The HTML report of a batch directory.
export { writeReport, type ReportResult } from "./write-report.js";
export { buildReportData, DEFAULT_MAX_EMBEDDED_CALLS, type ReportData, type ReportDataOptions } from "./report-data.js";
export { renderReportHtml } from "./render-html.js";
