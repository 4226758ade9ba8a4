// Writes DIR/report.html (and refreshes summary.json) from a batch directory.
import { batchPaths, writeFileAtomic } from "../batch/batch-files.js";
import type { BatchSummary } from "../batch/summary-types.js";
import { buildReportData, type ReportDataOptions } from "./report-data.js";
import { renderReportHtml } from "./render-html.js";

export interface ReportResult {
  path: string;
  bytes: number;
  embeddedCalls: number;
  totalCalls: number;
  summary: BatchSummary;
}

export async function writeReport(dir: string, options: ReportDataOptions = {}): Promise<ReportResult> {
  const data = await buildReportData(dir, options);
  const html = renderReportHtml(data);
  const paths = batchPaths(dir);
  if (options.summary === undefined) await writeFileAtomic(paths.summary, `${JSON.stringify(data.summary, null, 2)}\n`);
  await writeFileAtomic(paths.report, html);
  return { path: paths.report, bytes: Buffer.byteLength(html), embeddedCalls: data.embedded.calls, totalCalls: data.embedded.total, summary: data.summary };
}
