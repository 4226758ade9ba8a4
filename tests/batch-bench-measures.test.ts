// The batch bench's measuring code on a small count (the bench itself runs 100,000 calls).
import { describe, expect, it } from "vitest";
import { measureBatch } from "../bench/batch.bench.js";

describe("batch bench", () => {
  it("measures throughput and peak RSS of a real batch run", async () => {
    const measure = await measureBatch(50, 2);
    expect(measure.calls).toBe(50);
    expect(measure.workers).toBe(2);
    expect(measure.callsPerSecond).toBeGreaterThan(0);
    expect(measure.peakRssMb).toBeGreaterThan(20);
    expect(measure.reportKb).toBeGreaterThan(200); // Chart.js alone is ~200 KB
    // Each worker thread names itself, so its CPU time is told apart from the main thread's and V8's threads.
    expect(measure.workerCpuSeconds).toHaveLength(2);
    expect(measure.mainRunCpuSeconds).toBeLessThanOrEqual(measure.mainCpuSeconds);
  });
});
