import { describe, expect, it } from "vitest";
import { plainProgress } from "../src/batch/progress.js";

describe("plain progress (not a terminal)", () => {
  it("prints a start line, one line per interval with rate and ETA, and a final line", () => {
    const lines: string[] = [];
    let now = 0;
    const progress = plainProgress((line) => lines.push(line), 5000, () => now);
    progress.start(1000, 200);
    for (let i = 0; i < 400; i++) {
      now += 25; // 40 calls/s
      progress.tick(i % 100 === 0);
    }
    progress.stop();
    expect(lines).toEqual([
      "batch: 1000 jobs, 200 already done",
      "batch: 400/1000 (40.0%) 40.0 calls/s ETA 15s, 2 failed",
      "batch: 600/1000 (60.0%) 40.0 calls/s ETA 10s, 4 failed",
      "batch: 600/1000 (60.0%) 40.0 calls/s ETA 10s, 4 failed",
    ]);
  });
});
