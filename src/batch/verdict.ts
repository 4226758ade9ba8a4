// The share of a batch that passed: what --fail-under compares.
import type { BatchSummary } from "./summary-types.js";

/** Calls that passed over every job of the batch: a failed job (no usable call) counts as not passing. */
export function passRate(summary: BatchSummary): number {
  const jobs = summary.calls + summary.failedJobs;
  return jobs === 0 ? 1 : summary.passed / jobs;
}

/** "0.9", ".9" or "90%" → 0.9; null when it is not a rate from 0 to 1. */
export function parseRate(text: string): number | null {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const value = Number(percent ? trimmed.slice(0, -1) : trimmed);
  if (trimmed === "" || trimmed === "%" || !Number.isFinite(value)) return null;
  const rate = percent ? value / 100 : value;
  return rate >= 0 && rate <= 1 ? rate : null;
}
